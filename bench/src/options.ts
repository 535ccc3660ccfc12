/**
 * Command-line options of `npm run bench`. Each option may also come from the environment
 * (BENCH_SCALES, BENCH_FRESH), which is handier in CI.
 */
import { isScaleId, SCALE_IDS, type ScaleId } from './scales.ts'

export interface BenchOptions {
  scales: ScaleId[]
  /** Delete the scales' data directories first, so every scale starts cold. */
  isFresh: boolean
  /** Warm start-ups per scale (median and max are reported). */
  warmStarts: number
  connections: number
}

export const USAGE = `Usage: npm run bench -- [--scales=realistic,10k,100k] [--fresh] [--warm-starts=3] [--connections=16]`

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

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  // pnpm passes a literal `--` through when called as `pnpm bench -- --scales=…`.
  const args = argv.filter((arg) => arg !== '--')
  const known = ['--scales=', '--fresh', '--warm-starts=', '--connections=']
  const unknown = args.filter((arg) => !known.some((option) => arg.startsWith(option)))
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(' ')}\n${USAGE}`)

  const scaleList = valueOf(args, 'scales') ?? env.BENCH_SCALES ?? SCALE_IDS.join(',')
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
  }
}
