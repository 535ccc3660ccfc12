/**
 * One start of the API, measured: from spawn to the first 200 of GET /api/network (what the web app asks
 * first), with the server's memory right after it listens and right after that first answer.
 */
import {
  SERVER_ENTRY,
  spawnApi,
  type ApiProcess,
  type ApiStartOptions,
  type LogLine,
} from './api-process.ts'
import { httpGet } from './http-get.ts'
import {
  commandLineOf,
  readChildrenMemory,
  readMemory,
  type ChildrenMemory,
  type ProcessMemory,
} from './memory.ts'

/** What browsers send; the API picks the pre-compressed brotli body. */
export const BROWSER_HEADERS = { 'Accept-Encoding': 'br' }

/** A cold start (initdb, generation, import) of 100k actors takes minutes; give it room. */
const FIRST_ANSWER_DEADLINE_MS = 15 * 60_000

interface DatasetLoad {
  dataset: string
  actors: number
  relationships: number
  durationMs: number
}

export interface StartUpSample {
  /** Spawn → the server prints its URL (database up, data loaded, index built). */
  listeningMs: number
  /** Spawn → first HTTP 200 of GET /api/network: the number the target is about. */
  firstNetworkMs: number
  /** The server's own start-up figure (after its imports), if it logged at info level. */
  serverReportedStartupMs: number | null
  /**
   * The server's figure for its index being built (after its imports): the port opens before (ADR 0016), and
   * routes without a saved body wait until then. Null if it did not log it at info level.
   */
  serverReportedReadyMs: number | null
  /** Server-side duration of that first /api/network (it serialises and compresses the body once). */
  firstNetworkServerMs: number | null
  /** Datasets loaded during this start: non-empty means this was a cold start. */
  datasetsLoaded: DatasetLoad[]
  memoryAtListening: ProcessMemory
  memoryAfterFirstNetwork: ProcessMemory
  /** The server's child processes (PostgreSQL), for information; not part of any target. */
  postgresMemory: ChildrenMemory
  commandLine: string
}

const numberOr = (value: unknown, fallback: number | null) =>
  typeof value === 'number' ? value : fallback

function datasetsLoadedFrom(lines: readonly LogLine[]): DatasetLoad[] {
  return lines
    .filter((line) => line.msg === 'dataset loaded')
    .map((line) => ({
      dataset: String(line.dataset),
      actors: numberOr(line.actors, 0)!,
      relationships: numberOr(line.relationships, 0)!,
      durationMs: numberOr(line.durationMs, 0)!,
    }))
}

async function waitForFirstNetwork(baseUrl: string, api: ApiProcess): Promise<number> {
  const deadline = api.spawnedAt + FIRST_ANSWER_DEADLINE_MS
  for (;;) {
    try {
      const response = await httpGet(`${baseUrl}/api/network`, BROWSER_HEADERS)
      if (response.status === 200) return performance.now() - api.spawnedAt
    } catch {
      // Not answering yet: try again.
    }
    if (performance.now() > deadline) throw new Error(`no 200 from ${baseUrl}/api/network in time`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs
  while (!condition() && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** Starts the API and measures it; the caller owns the returned process and must stop it. */
export async function startMeasured(
  options: ApiStartOptions,
): Promise<{ api: ApiProcess; baseUrl: string; sample: StartUpSample }> {
  const api = spawnApi(options)
  try {
    const baseUrl = await api.url
    const listeningMs = performance.now() - api.spawnedAt
    const memoryAtListening = readMemory(api.pid)
    // Memory figures are only meaningful if this pid is the server, not a wrapper around it.
    const commandLine = commandLineOf(api.pid)
    if (!commandLine.includes(SERVER_ENTRY)) {
      throw new Error(`pid ${api.pid} is not the API server: ${commandLine}`)
    }
    const firstNetworkMs = await waitForFirstNetwork(baseUrl, api)
    const memoryAfterFirstNetwork = readMemory(api.pid)
    const isFirstRequest = (line: LogLine) => line.msg === 'request' && line.path === '/api/network'
    // The request's log line may reach us a moment after the response.
    const isReady = (line: LogLine) => line.msg === 'ready'
    if (options.logLevel === 'info') {
      await waitFor(() => api.logLines().some(isFirstRequest), 1_000)
      await waitFor(() => api.logLines().some(isReady), 60_000)
    }
    const lines = api.logLines()
    const firstRequest = lines.find(isFirstRequest)
    const sample: StartUpSample = {
      listeningMs: Math.round(listeningMs),
      firstNetworkMs: Math.round(firstNetworkMs),
      serverReportedStartupMs: numberOr(
        lines.find((line) => line.msg === 'listening')?.startupMs,
        null,
      ),
      serverReportedReadyMs: numberOr(lines.find(isReady)?.startupMs, null),
      firstNetworkServerMs: numberOr(firstRequest?.durationMs, null),
      datasetsLoaded: datasetsLoadedFrom(lines),
      memoryAtListening,
      memoryAfterFirstNetwork,
      postgresMemory: readChildrenMemory(api.pid),
      commandLine,
    }
    return { api, baseUrl, sample }
  } catch (error) {
    await api.stop()
    throw error
  }
}
