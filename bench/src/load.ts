/**
 * One autocannon run with exact latency percentiles. autocannon's own histogram keeps whole milliseconds and
 * reports no p95, so we record every response time (float ms) from its `response` event instead.
 */
import autocannon from 'autocannon'
import { disableBodyAccumulation } from './autocannon-body-patch.ts'
import { cpuSecondsOf, machineBusyCpuSeconds, ownCpuSeconds } from './cpu.ts'

disableBodyAccumulation()

export const LOAD_CLIENT =
  'autocannon 9.0.0 in the bench process, response-body accumulation off (autocannon-body-patch.ts)'

const round2 = (value: number) => Math.round(value * 100) / 100

export interface LoadSettings {
  url: string
  seconds: number
  connections: number
  headers: Record<string, string>
  /** The server's pid, to report how much CPU it used. */
  serverPid: number
  /** Stop after this many responses instead of after `seconds`. */
  amount?: number
  /** A new path (and query) for each request, e.g. a bbox no cache has seen; default: the URL's. */
  nextPath?: () => string
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
  /** CPU used during the run, in cores (1 = one core busy all the time). */
  serverCpuCores: number
  clientCpuCores: number
  /** Everything else on the machine (other processes, steal): high values mean a noisy run. */
  otherCpuCores: number
  /** Response times in ms, one per response (2xx or not). */
  latenciesMs: number[]
}

const sumOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0)

export function runLoad(settings: LoadSettings): Promise<LoadRun> {
  const { url, seconds, connections, headers, serverPid, amount, nextPath } = settings
  const latenciesMs: number[] = []
  const startedAt = performance.now()
  const serverCpuBefore = cpuSecondsOf(serverPid)
  const clientCpuBefore = ownCpuSeconds()
  const machineCpuBefore = machineBusyCpuSeconds()
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        duration: seconds,
        amount,
        connections,
        pipelining: 1,
        headers,
        ...(nextPath && {
          requests: [{ setupRequest: (request) => ({ ...request, path: nextPath() }) }],
        }),
      },
      (error: unknown, result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error }))
          return
        }
        const elapsedSeconds = (performance.now() - startedAt) / 1000
        const coresOf = (seconds: number) => round2(seconds / elapsedSeconds)
        const serverCpuCores = coresOf(cpuSecondsOf(serverPid) - serverCpuBefore)
        const clientCpuCores = coresOf(ownCpuSeconds() - clientCpuBefore)
        const machineCpuCores = coresOf(machineBusyCpuSeconds() - machineCpuBefore)
        resolve({
          url,
          seconds,
          // A run of a fixed amount lasts under a second: autocannon's one-second samples say nothing, and
          // its wall time ends on its next one-second tick. Its clients send back to back, so their busy
          // time is the sum of the response times over the connections.
          reqPerSec:
            amount === undefined
              ? result.requests.average
              : round2(latenciesMs.length / (sumOf(latenciesMs) / 1000 / connections)),
          responses: latenciesMs.length,
          bytesPerSec: result.throughput.average,
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          serverCpuCores,
          clientCpuCores,
          otherCpuCores: round2(Math.max(0, machineCpuCores - serverCpuCores - clientCpuCores)),
          latenciesMs,
        })
      },
    )
    instance.on('response', (_client, _status, _bytes, responseTimeMs) => {
      latenciesMs.push(responseTimeMs)
    })
  })
}

export interface LatencySummary {
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
  /** Mean CPU of server and load client over the rounds, in cores. */
  serverCpuCores: number
  clientCpuCores: number
  otherCpuCores: number
  perRound: { reqPerSec: number; p95Ms: number; otherCpuCores: number }[]
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!
}

export function summariseLatency(values: readonly number[]): LatencySummary {
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
    serverCpuCores: round2(mean((run) => run.serverCpuCores)),
    clientCpuCores: round2(mean((run) => run.clientCpuCores)),
    otherCpuCores: round2(mean((run) => run.otherCpuCores)),
    perRound: runs.map((run) => ({
      reqPerSec: round2(run.reqPerSec),
      p95Ms: summariseLatency(run.latenciesMs).p95Ms,
      otherCpuCores: run.otherCpuCores,
    })),
  }
}
