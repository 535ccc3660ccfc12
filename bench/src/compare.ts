/**
 * GET /api/network on the API against the baseline serving the same bytes, in one run and alternately
 * (API, baseline, then baseline, API, …) so that drift on the machine hits both sides alike.
 */
import { startBaseline } from './baseline-process.ts'
import { httpGet } from './http-get.ts'
import { runLoad, summariseRuns, type LoadRun, type LoadSummary } from './load.ts'
import type { LoadPlan } from './scales.ts'
import { BROWSER_HEADERS } from './start-up.ts'

const NETWORK_PATH = '/api/network'

/** Headers the baseline copies: those that describe the body. Security headers are the API's own cost. */
const COPIED_HEADERS = ['content-type', 'content-encoding', 'etag', 'vary', 'cache-control']

export interface Comparison {
  path: string
  requestHeaders: Record<string, string>
  bodyBytes: number
  baselineHeaders: Record<string, string>
  api: LoadSummary
  baseline: LoadSummary
  /** API ÷ baseline: req/s should be ≥ 0.8; p95 ≤ 1.25 is the same 0.8× in speed. */
  ratios: { reqPerSec: number; p95: number }
}

const ratio = (a: number, b: number) => Math.round((a / b) * 1000) / 1000

/** The API under test: its base URL and the pid of its process. */
export interface ApiTarget {
  baseUrl: string
  pid: number
}

export async function compareWithBaseline(
  { baseUrl: apiBaseUrl, pid: apiPid }: ApiTarget,
  plan: LoadPlan,
  connections: number,
): Promise<Comparison> {
  const reference = await httpGet(`${apiBaseUrl}${NETWORK_PATH}`, BROWSER_HEADERS)
  if (reference.status !== 200) throw new Error(`${NETWORK_PATH} answered ${reference.status}`)
  const baselineHeaders: Record<string, string> = {}
  for (const name of COPIED_HEADERS) {
    const value = reference.headers[name]
    if (typeof value === 'string') baselineHeaders[name] = value
  }

  const baseline = await startBaseline({ body: reference.body, headers: baselineHeaders })
  try {
    const check = await httpGet(`${baseline.url}${NETWORK_PATH}`, BROWSER_HEADERS)
    if (!check.body.equals(reference.body)) throw new Error('the baseline serves different bytes')

    const target = (side: ApiTarget, seconds: number) => ({
      url: `${side.baseUrl}${NETWORK_PATH}`,
      seconds,
      connections,
      headers: BROWSER_HEADERS,
      serverPid: side.pid,
    })
    const api = { baseUrl: apiBaseUrl, pid: apiPid }
    const base = { baseUrl: baseline.url, pid: baseline.pid }
    // Warm-up: JIT and socket buffers on both sides; discarded.
    await runLoad(target(api, plan.warmUpSeconds))
    await runLoad(target(base, plan.warmUpSeconds))

    const apiRuns: LoadRun[] = []
    const baselineRuns: LoadRun[] = []
    for (let round = 0; round < plan.rounds; round += 1) {
      const apiFirst = round % 2 === 0
      const runApi = async () => apiRuns.push(await runLoad(target(api, plan.roundSeconds)))
      const runBaseline = async () =>
        baselineRuns.push(await runLoad(target(base, plan.roundSeconds)))
      await (apiFirst ? runApi() : runBaseline())
      await (apiFirst ? runBaseline() : runApi())
    }
    const apiSummary = summariseRuns(apiRuns)
    const baselineSummary = summariseRuns(baselineRuns)
    return {
      path: NETWORK_PATH,
      requestHeaders: BROWSER_HEADERS,
      bodyBytes: reference.body.length,
      baselineHeaders,
      api: apiSummary,
      baseline: baselineSummary,
      ratios: {
        reqPerSec: ratio(apiSummary.reqPerSec, baselineSummary.reqPerSec),
        p95: ratio(apiSummary.latency.p95Ms, baselineSummary.latency.p95Ms),
      },
    }
  } finally {
    await baseline.stop()
  }
}

/** A route without baseline, for information: short warm-up, then one measured run. */
export async function measureRoute(
  api: ApiTarget,
  pathAndQuery: string,
  seconds: number,
  connections: number,
): Promise<LoadSummary & { bodyBytes: number }> {
  const url = `${api.baseUrl}${pathAndQuery}`
  const probe = await httpGet(url, BROWSER_HEADERS)
  if (probe.status !== 200) throw new Error(`${pathAndQuery} answered ${probe.status}`)
  const settings = { url, connections, headers: BROWSER_HEADERS, serverPid: api.pid }
  await runLoad({ ...settings, seconds: 1 })
  return {
    ...summariseRuns([await runLoad({ ...settings, seconds })]),
    bodyBytes: probe.body.length,
  }
}
