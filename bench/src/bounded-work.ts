/**
 * Does one request stall everyone? Three measurements, each against a baseline from the same run:
 * - uncached bboxes: GET /api/network with 50 distinct random bboxes (4 clients) against one cached bbox;
 * - health under load: health latency alone, then while 4 clients send uncacheable bbox requests;
 * - hostile text: the costliest allowed search text against a normal one, one request at a time.
 */
import http from 'node:http'
import { MAX_SEARCH_TERMS } from '@netzwerkatlas/shared'
import type { ApiTarget } from './compare.ts'
import { runLoad, summariseLatency, summariseRuns, type LatencySummary } from './load.ts'
import { randomBboxes } from './random-bboxes.ts'
import { BROWSER_HEADERS } from './start-up.ts'

/** What the issue's probe used: 4 clients. */
const CLIENTS = 4
const DISTINCT_BBOXES = 50
const HEALTH_INTERVAL_MS = 20
const TEXT_ROUNDS = 20
const round2 = (value: number) => Math.round(value * 100) / 100

interface UncachedBboxes {
  distinctBboxes: number
  uncached: { reqPerSec: number; latency: LatencySummary; non2xx: number }
  cached: { reqPerSec: number; latency: LatencySummary; non2xx: number; bbox: string }
  /** Uncached ÷ cached req/s. */
  reqPerSecRatio: number
}

interface HealthUnderLoad {
  path: string
  alone: LatencySummary
  underLoad: LatencySummary & { samples: number }
  /** The uncacheable requests sent meanwhile. */
  load: { reqPerSec: number; responses: number; non2xx: number }
}

interface TextCost {
  normal: { example: string; latency: LatencySummary }
  hostile: { example: string; latency: LatencySummary }
  /** Median hostile ÷ median normal. */
  medianRatio: number
  /** The issue's probe (100 one-letter words) is now refused: its status and time. */
  overLimit: { status: number; ms: number }
}

export interface BoundedWork {
  uncachedBboxes: UncachedBboxes
  healthUnderLoad: HealthUnderLoad
  textCost: TextCost
}

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 })

/** One GET on a kept-alive connection: status and milliseconds, body discarded. */
function timedGet(url: string): Promise<{ status: number; ms: number }> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: keepAlive, headers: BROWSER_HEADERS }, (response) => {
        response.resume()
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, ms: performance.now() - started }),
        )
      })
      .on('error', reject)
  })
}

const networkPath = (bbox: string) => `/api/network?bbox=${bbox}`

async function measureUncachedBboxes(api: ApiTarget, seconds: number): Promise<UncachedBboxes> {
  const nextBbox = randomBboxes(20_261_201)
  const settings = { connections: CLIENTS, headers: BROWSER_HEADERS, serverPid: api.pid }
  const uncached = summariseRuns([
    await runLoad({
      ...settings,
      url: `${api.baseUrl}/api/network`,
      seconds,
      amount: DISTINCT_BBOXES,
      nextPath: () => networkPath(nextBbox()),
    }),
  ])
  const cachedBbox = nextBbox()
  const cachedUrl = `${api.baseUrl}${networkPath(cachedBbox)}`
  await timedGet(cachedUrl) // the first request fills the cache
  const cached = summariseRuns([await runLoad({ ...settings, url: cachedUrl, seconds })])
  return {
    distinctBboxes: uncached.responses,
    uncached: { reqPerSec: uncached.reqPerSec, latency: uncached.latency, non2xx: uncached.non2xx },
    cached: {
      reqPerSec: cached.reqPerSec,
      latency: cached.latency,
      non2xx: cached.non2xx,
      bbox: cachedBbox,
    },
    // Three significant digits: the cached path is hundreds of times faster, two decimals would print 0.
    reqPerSecRatio: Number((uncached.reqPerSec / cached.reqPerSec).toPrecision(3)),
  }
}

/** Liveness if the server has it (it answers without the database), else the combined health route. */
async function healthPath(api: ApiTarget) {
  const live = await timedGet(`${api.baseUrl}/api/health/live`)
  return live.status === 200 ? '/api/health/live' : '/api/health'
}

/** Health polled every HEALTH_INTERVAL_MS until `until` resolves; returns the response times. */
async function pollHealth(url: string, until: Promise<unknown>) {
  let isDone = false
  void until.finally(() => (isDone = true))
  const timesMs: number[] = []
  while (!isDone) {
    timesMs.push((await timedGet(url)).ms)
    await new Promise((resolve) => setTimeout(resolve, HEALTH_INTERVAL_MS))
  }
  return timesMs
}

async function measureHealthUnderLoad(api: ApiTarget, seconds: number): Promise<HealthUnderLoad> {
  const path = await healthPath(api)
  const url = `${api.baseUrl}${path}`
  const alone = await pollHealth(url, new Promise((resolve) => setTimeout(resolve, 2_000)))
  const nextBbox = randomBboxes(4)
  const load = runLoad({
    url: `${api.baseUrl}/api/network`,
    seconds,
    connections: CLIENTS,
    headers: BROWSER_HEADERS,
    serverPid: api.pid,
    nextPath: () => networkPath(nextBbox()),
  })
  const underLoad = await pollHealth(url, load)
  const loadRun = await load
  return {
    path,
    alone: summariseLatency(alone),
    underLoad: { ...summariseLatency(underLoad), samples: underLoad.length },
    load: {
      reqPerSec: round2(loadRun.reqPerSec),
      responses: loadRun.responses,
      non2xx: loadRun.non2xx,
    },
  }
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'
/** As in api/test/text-search-limits.test.ts: the most terms allowed, of 1, 2, 3 and 17 letters, rotated. */
const hostileText = (round: number) =>
  Array.from({ length: MAX_SEARCH_TERMS }, (_, i) => {
    const letter = (at: number) => LETTERS[(round + i * 7 + at) % LETTERS.length]!
    return Array.from({ length: [1, 2, 3, 17][i % 4]! }, (_, at) => letter(at)).join('')
  }).join(' ')
const NORMAL_TEXTS = ['Verein', 'Leipzig', 'Dresden', 'Wohnen', 'Netzwerk', 'Kultur Chemnitz']
const normalText = (round: number) =>
  `${NORMAL_TEXTS[round % NORMAL_TEXTS.length]!}${round >= NORMAL_TEXTS.length ? ` ${round}` : ''}`

async function textLatencies(api: ApiTarget, textOf: (round: number) => string) {
  const timesMs: number[] = []
  for (let round = 0; round < TEXT_ROUNDS; round += 1) {
    const url = `${api.baseUrl}/api/actors?limit=1&text=${encodeURIComponent(textOf(round))}`
    const { status, ms } = await timedGet(url)
    if (status !== 200) throw new Error(`${url} answered ${status}`)
    timesMs.push(ms)
  }
  return summariseLatency(timesMs)
}

async function measureTextCost(api: ApiTarget): Promise<TextCost> {
  await textLatencies(api, (round) => `${normalText(round)} warm`) // JIT warm-up, discarded
  const normal = await textLatencies(api, normalText)
  const hostile = await textLatencies(api, hostileText)
  const probe = Array.from({ length: 100 }, (_, i) => LETTERS[i % LETTERS.length]).join(' ')
  const overLimit = await timedGet(
    `${api.baseUrl}/api/actors?limit=1&text=${encodeURIComponent(probe)}`,
  )
  return {
    normal: { example: normalText(0), latency: normal },
    hostile: { example: hostileText(0), latency: hostile },
    medianRatio: round2(hostile.p50Ms / normal.p50Ms),
    overLimit: { status: overLimit.status, ms: round2(overLimit.ms) },
  }
}

export async function measureBoundedWork(api: ApiTarget, seconds: number): Promise<BoundedWork> {
  try {
    return {
      uncachedBboxes: await measureUncachedBboxes(api, seconds),
      healthUnderLoad: await measureHealthUnderLoad(api, seconds),
      textCost: await measureTextCost(api),
    }
  } finally {
    keepAlive.destroy() // no idle socket may hold the server's shutdown open
  }
}
