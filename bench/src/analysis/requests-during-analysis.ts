/**
 * p99 of GET /api/actors while the server analyses its network, against the same server idle: the bundled API
 * starts its first analysis right after the index is built, so the window from "listening" to "network analysed"
 * is the one under analysis; the same load afterwards is the idle baseline. Both with info logging on.
 */
import { spawnApi } from '../api-process.ts'
import { track } from '../child-processes.ts'
import { runLoad, summariseLatency, type LatencySummary } from '../load.ts'
import { readMemory } from '../memory.ts'

export interface RequestsDuringAnalysis {
  analysisSeconds: number
  during: LatencySummary & { responses: number }
  idle: LatencySummary & { responses: number }
  serverPeakRssMbDuring: number
  serverRssMbIdle: number
}

const CONNECTIONS = 4

export async function requestsDuringAnalysis(
  dataDir: string,
  env: Record<string, string>,
): Promise<RequestsDuringAnalysis> {
  const api = spawnApi({ dataDir, env, logLevel: 'info' })
  const untrack = track(async () => void (await api.stop()))
  try {
    const baseUrl = await api.url
    const listeningAt = performance.now()
    const analysed = () => api.logLines().find((line) => line.msg === 'network analysed')
    const latencies: number[] = []
    let peakRss = 0
    while (!analysed()) {
      const run = await runLoad({
        url: `${baseUrl}/api/actors`,
        seconds: 1,
        connections: CONNECTIONS,
        headers: {},
        serverPid: api.pid,
      })
      latencies.push(...run.latenciesMs)
      peakRss = Math.max(peakRss, readMemory(api.pid).rssMb)
    }
    const analysisSeconds = (performance.now() - listeningAt) / 1000
    const idleRun = await runLoad({
      url: `${baseUrl}/api/actors`,
      seconds: Math.max(3, Math.ceil(analysisSeconds)),
      connections: CONNECTIONS,
      headers: {},
      serverPid: api.pid,
    })
    return {
      analysisSeconds,
      during: { ...summariseLatency(latencies), responses: latencies.length },
      idle: { ...summariseLatency(idleRun.latenciesMs), responses: idleRun.latenciesMs.length },
      serverPeakRssMbDuring: peakRss,
      serverRssMbIdle: readMemory(api.pid).rssMb,
    }
  } finally {
    untrack()
    await api.stop()
  }
}
