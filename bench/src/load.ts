/**
 * One autocannon run with exact latency percentiles. autocannon's own histogram keeps whole milliseconds and
 * reports no p95, so we record every response time (float ms) from its `response` event instead.
 */
import autocannon from 'autocannon'

export interface LoadSettings {
  url: string
  seconds: number
  connections: number
  headers: Record<string, string>
}

export interface LoadRun {
  url: string
  seconds: number
  /** Responses per second, autocannon's mean over its one-second samples. */
  reqPerSec: number
  responses: number
  bytesPerSec: number
  errors: number
  timeouts: number
  non2xx: number
  /** Response times in ms, one per response (2xx or not). */
  latenciesMs: number[]
}

export function runLoad({ url, seconds, connections, headers }: LoadSettings): Promise<LoadRun> {
  const latenciesMs: number[] = []
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, duration: seconds, connections, pipelining: 1, headers },
      (error: unknown, result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error }))
          return
        }
        resolve({
          url,
          seconds,
          reqPerSec: result.requests.average,
          responses: latenciesMs.length,
          bytesPerSec: result.throughput.average,
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          latenciesMs,
        })
      },
    )
    instance.on('response', (_client, _status, _bytes, responseTimeMs) => {
      latenciesMs.push(responseTimeMs)
    })
  })
}

interface LatencySummary {
  meanMs: number
  p50Ms: number
  p95Ms: number
  p99Ms: number
  maxMs: number
}

export interface LoadSummary {
  url: string
  rounds: number
  secondsPerRound: number
  /** Mean of the rounds' req/s. */
  reqPerSec: number
  responses: number
  bytesPerSec: number
  errors: number
  timeouts: number
  non2xx: number
  latency: LatencySummary
  perRound: { reqPerSec: number; p95Ms: number }[]
}

const round2 = (value: number) => Math.round(value * 100) / 100

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!
}

function summariseLatency(values: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(values).sort()
  const sum = sorted.reduce((total, value) => total + value, 0)
  return {
    meanMs: round2(sum / sorted.length),
    p50Ms: round2(percentile(sorted, 50)),
    p95Ms: round2(percentile(sorted, 95)),
    p99Ms: round2(percentile(sorted, 99)),
    maxMs: round2(sorted[sorted.length - 1] ?? Number.NaN),
  }
}

/** Pools the rounds: req/s and bytes/s as means, latency percentiles over all responses. */
export function summariseRuns(runs: readonly LoadRun[]): LoadSummary {
  const first = runs[0]
  if (!first) throw new Error('no runs to summarise')
  const mean = (pick: (run: LoadRun) => number) =>
    runs.reduce((total, run) => total + pick(run), 0) / runs.length
  const sum = (pick: (run: LoadRun) => number) => runs.reduce((total, run) => total + pick(run), 0)
  return {
    url: first.url,
    rounds: runs.length,
    secondsPerRound: first.seconds,
    reqPerSec: round2(mean((run) => run.reqPerSec)),
    responses: sum((run) => run.responses),
    bytesPerSec: Math.round(mean((run) => run.bytesPerSec)),
    errors: sum((run) => run.errors),
    timeouts: sum((run) => run.timeouts),
    non2xx: sum((run) => run.non2xx),
    latency: summariseLatency(runs.flatMap((run) => run.latenciesMs)),
    perRound: runs.map((run) => ({
      reqPerSec: round2(run.reqPerSec),
      p95Ms: summariseLatency(run.latenciesMs).p95Ms,
    })),
  }
}
