/**
 * The data sizes we measure. Each scale gets its own data directory, so a second run finds it warm and only
 * the first run pays for initdb, generation and import.
 */
export type ScaleId = 'realistic' | '10k' | '50k' | '100k'

export interface LoadPlan {
  warmUpSeconds: number
  rounds: number
  roundSeconds: number
}

export interface Scale {
  id: ScaleId
  description: string
  /** Environment for the API process; DATA_DIR, PORT and LOG_LEVEL are added per start. */
  env: Record<string, string>
  /** How the load test runs at this size; null: memory and start-up only. */
  load: LoadPlan | null
  /** Measured only when asked for by name (`--scales=50k`), not in a run without `--scales`. */
  onRequestOnly?: true
}

const FULL_LOAD: LoadPlan = { warmUpSeconds: 3, rounds: 2, roundSeconds: 10 }

export const SCALES: readonly Scale[] = [
  {
    id: 'realistic',
    description: 'default start: press release + Leipzig Data + 1,500 demo actors',
    env: { DATASETS: 'press-release,leipzig-data,demo', DEMO_ACTORS: '1500' },
    load: FULL_LOAD,
  },
  {
    id: '10k',
    description: '10,000 demo actors',
    env: { DATASETS: 'demo', DEMO_ACTORS: '10000' },
    load: FULL_LOAD,
  },
  {
    id: '50k',
    description:
      '50,000 demo actors (the graph suite: issue 9 asks for a useful grouped view at 50k)',
    env: { DATASETS: 'demo', DEMO_ACTORS: '50000' },
    load: { warmUpSeconds: 2, rounds: 1, roundSeconds: 5 },
    onRequestOnly: true,
  },
  {
    id: '100k',
    description: '100,000 demo actors (memory and start-up; a short load test for information)',
    env: { DATASETS: 'demo', DEMO_ACTORS: '100000' },
    // The body is megabytes here: a short run says enough and keeps the whole bench within minutes.
    load: { warmUpSeconds: 2, rounds: 1, roundSeconds: 5 },
  },
]

export const SCALE_IDS = SCALES.map((scale) => scale.id)
/** The scales of a run without `--scales`. */
export const DEFAULT_SCALE_IDS = SCALES.filter((scale) => !scale.onRequestOnly).map((s) => s.id)

export function isScaleId(text: string): text is ScaleId {
  return (SCALE_IDS as readonly string[]).includes(text)
}
