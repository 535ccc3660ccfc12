/**
 * Command-line options of `npm run bench`. Each option may also come from the environment
 * (BENCH_SCALES, BENCH_FRESH), which is handier in CI.
 */
import { DEFAULT_SCALE_IDS, isScaleId, SCALE_IDS, type ScaleId } from './scales.ts'
import { SUITES } from './suites/index.ts'

export interface BenchOptions {
  scales: ScaleId[]
  /** Delete the scales' data directories first, so every scale starts cold. */
  isFresh: boolean
  /** Warm start-ups per scale (median and max are reported). */
  warmStarts: number
  connections: number
  /** `core` (the scales above) and the feature suites of suites/index.ts, by id. */
  suites: string[]
}

export const USAGE = `Usage: npm run bench -- [--scales=realistic,10k,100k] [--fresh] [--warm-starts=3] [--connections=16] [--suites=core,…]`

function valueOf(argv: readonly string[], name: string): string | undefined {
  const prefix = `--${name}=`
  return argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length)
}

function positiveInteger(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number ≥ 1`)
  return value
}

function parseSuites(list: string | undefined): string[] {
  const ids = ['core', ...SUITES.map((suite) => suite.id)]
  if (list === undefined) return ids
  const requested = list.split(',').filter(Boolean)
  const invalid = requested.filter((id) => !ids.includes(id))
  if (invalid.length > 0 || requested.length === 0) {
    throw new Error(`--suites takes a comma list of ${ids.join(', ')}; got "${list}"`)
  }
  return ids.filter((id) => requested.includes(id))
}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  // pnpm passes a literal `--` through when called as `pnpm bench -- --scales=…`.
  const args = argv.filter((arg) => arg !== '--')
  const known = ['--scales=', '--fresh', '--warm-starts=', '--connections=', '--suites=']
  const unknown = args.filter((arg) => !known.some((option) => arg.startsWith(option)))
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(' ')}\n${USAGE}`)

  const scaleList = valueOf(args, 'scales') ?? env.BENCH_SCALES ?? DEFAULT_SCALE_IDS.join(',')
  const requested = scaleList.split(',').filter(Boolean)
  const invalid = requested.filter((id) => !isScaleId(id))
  if (invalid.length > 0 || requested.length === 0) {
    throw new Error(`--scales takes a comma list of ${SCALE_IDS.join(', ')}; got "${scaleList}"`)
  }
  return {
    // Keep the canonical order, so results read small to large whatever the argument order.
    scales: SCALE_IDS.filter((id) => requested.includes(id)),
    isFresh: args.includes('--fresh') || env.BENCH_FRESH === '1',
    warmStarts: positiveInteger(valueOf(args, 'warm-starts'), 3, 'warm-starts'),
    connections: positiveInteger(valueOf(args, 'connections'), 16, 'connections'),
    suites: parseSuites(valueOf(args, 'suites') ?? env.BENCH_SUITES),
  }
}
