/**
 * Issue 6 item 15 (ADR 0016): the port opens before the index is built. Meanwhile public reads the previous
 * run saved are answered byte for byte as a cold build answers them; everything else waits for the index and
 * then answers correctly; readiness says "not ready" until the index is there; a damaged file is not served.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pino from 'pino'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../src/app.ts'
import { geographyOf } from '../src/geography.ts'
import { createIndexHolder, type IndexHolder } from '../src/index/index-holder.ts'
import { buildNetworkIndex, buildNetworkIndexBetweenRequests } from '../src/index/network-index.ts'
import { networkJson } from '../src/domain/network/network-json.ts'
import { savedBodiesIn } from '../src/http/saved-bodies.ts'
import { locatedAt, makeActor, makeRelationship, testDataset } from './support/builders.ts'
import { gazetteer, startTestApi, testConfig, type TestApi } from './support/test-api.ts'

const actors = [
  makeActor({ id: 'demo-a', topics: ['housing'], ...locatedAt(13.74, 51.05, '14612000') }),
  makeActor({ id: 'demo-b', topics: ['housing'], ...locatedAt(12.37, 51.34, '14713000') }),
  makeActor({ id: 'demo-c', topics: ['care'] }),
  makeActor({ id: 'demo-d', topics: ['care'], status: 'archived' }),
]
const relationships = [
  makeRelationship({ id: 'demo-rel-ab', sourceId: 'demo-a', targetId: 'demo-b' }),
  makeRelationship({ id: 'demo-rel-cd', sourceId: 'demo-c', targetId: 'demo-d' }),
]

/**
 * The reads served early: what the map, the graph and the list ask first, with and without filters. Eight:
 * the folder keeps the newest eight bodies (saved-bodies.ts).
 */
const SAVED_READS = [
  '/api/network',
  '/api/network?topic=housing',
  '/api/network?district=14713',
  '/api/network?type=welfare_org,social_enterprise',
  '/api/relationships',
  '/api/map/actors',
  '/api/actors',
  '/api/actors?limit=2&sort=name',
]
const BROWSER = { 'Accept-Encoding': 'br' }
const BODY_HEADERS = ['etag', 'content-type', 'content-encoding', 'cache-control', 'vary']

let api: TestApi
let folder: string
beforeAll(async () => {
  api = await startTestApi(testDataset(actors, relationships))
})
afterAll(() => api.close())
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }))

/** An app of this database as server.ts makes it, saving every compressed body (small ones too). */
async function appOf(indexHolder: IndexHolder) {
  return createApp({
    config: testConfig,
    indexHolder,
    startingVersion: await api.store.identity(),
    isDatabaseReachable: () => api.store.isReachable(),
    logger: pino({ level: 'silent' }),
    savedBodies: savedBodiesIn(folder, 'format-1', { minBytes: 0 }),
  })
}

async function answerOf(response: Response) {
  const headers = BODY_HEADERS.map((name) => [name, response.headers.get(name)])
  return { status: response.status, headers, bytes: Buffer.from(await response.arrayBuffer()) }
}

/** The previous run: a built index answers each URL once, which saves its compressed body. */
async function coldAnswers(urls: readonly string[], headers = BROWSER) {
  const cold = await appOf(createIndexHolder(api.indexHolder.current()))
  const answers = new Map<string, Awaited<ReturnType<typeof answerOf>>>()
  for (const url of urls) answers.set(url, await answerOf(await cold.request(url, { headers })))
  return answers
}

/** A request's answer, and whether it came yet (it must not, while it waits for the index). */
function track(answer: Response | Promise<Response>) {
  const response = Promise.resolve(answer)
  const state = { isAnswered: false, response }
  void response.then(() => (state.isAnswered = true))
  return state
}

describe('start-up before the index is built', () => {
  it('answers the saved public reads byte for byte as a cold build does', async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'nwa-start-up-'))
    const cold = await coldAnswers(SAVED_READS)
    expect([...cold.values()].map((answer) => answer.status)).toEqual(SAVED_READS.map(() => 200))
    const starting = createIndexHolder()
    const warm = await appOf(starting)
    // Should one wait after all, the index comes later, and the test says which one did.
    const fallback = setTimeout(() => starting.replace(api.indexHolder.current()), 5_000)
    for (const url of SAVED_READS) {
      const answer = await answerOf(await warm.request(url, { headers: BROWSER }))
      expect({ url, isBeforeIndex: starting.peek() === undefined, ...answer }).toEqual({
        url,
        isBeforeIndex: true,
        ...cold.get(url),
      })
    }
    clearTimeout(fallback)
    // And a client that has the body already is told so, as later.
    const etag = cold.get('/api/network')!.headers.find(([name]) => name === 'etag')![1]!
    const revalidated = await warm.request('/api/network', {
      headers: { ...BROWSER, 'If-None-Match': etag },
    })
    expect(revalidated.status).toBe(304)
  })

  it('keeps every other route waiting until the index is built, then answers it correctly', async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'nwa-start-up-'))
    const waiting = [
      '/api/meta', // not saved: too small in production, and not a saved read
      '/api/network?topic=care', // never answered before: nothing saved for it
      '/api/network?bbox=12,50.9,14,51.5', // one map section of countless: never saved
      '/api/actors/demo-a',
      '/api/network?status=archived', // the route's own check decides (403)
    ]
    const expected = await coldAnswers(waiting)
    // The previous run answered the whole network and the map section.
    for (const file of fs.readdirSync(folder)) fs.rmSync(path.join(folder, file))
    await coldAnswers(['/api/network', '/api/network?bbox=12,50.9,14,51.5'])
    const starting = createIndexHolder()
    const warm = await appOf(starting)
    const pending = waiting.map((url) => track(warm.request(url, { headers: BROWSER })))
    // Without Accept-Encoding the plain body is not saved: it waits too.
    const plain = track(warm.request('/api/network'))
    const write = track(warm.request('/api/actors', { method: 'POST', body: '{}' }))
    // The saved reads come back meanwhile; the waiting ones do not.
    expect((await warm.request('/api/network', { headers: BROWSER })).status).toBe(200)
    expect(pending.map((request) => request.isAnswered)).toEqual(waiting.map(() => false))
    expect([plain.isAnswered, write.isAnswered]).toEqual([false, false])

    starting.replace(api.indexHolder.current())
    for (const [position, url] of waiting.entries()) {
      const answer = await answerOf(await pending[position]!.response)
      expect({ url, ...answer }).toEqual({ url, ...expected.get(url) })
    }
    expect((await plain.response).status).toBe(200)
    expect((await write.response).status).not.toBe(500)
  })

  it('says not ready until the index is built, while liveness and index-free routes answer at once', async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'nwa-start-up-'))
    const starting = createIndexHolder()
    const warm = await appOf(starting)
    const { dataVersion } = await api.store.identity()
    for (const url of ['/api/health/ready', '/api/health']) {
      const notReady = await warm.request(url)
      expect([notReady.status, await notReady.json()]).toEqual([
        503,
        { status: 'unavailable', database: 'ok', index: 'building', dataVersion },
      ])
    }
    expect((await warm.request('/api/health/live')).status).toBe(200)
    // What reads no index answers too: the map's settings, the API document.
    expect((await warm.request('/api/map/settings')).status).toBe(200)
    expect((await warm.request('/api/openapi.json')).status).toBe(200)
    starting.replace(api.indexHolder.current())
    const ready = await warm.request('/api/health/ready')
    expect([ready.status, await ready.json()]).toEqual([
      200,
      { status: 'ok', database: 'ok', index: 'ready', dataVersion },
    ])
  })

  it('does not serve a damaged or foreign saved body: the request waits and gets the built answer', async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'nwa-start-up-'))
    const cold = await coldAnswers(['/api/network'])
    const [file] = fs.readdirSync(folder)
    const bytes = fs.readFileSync(path.join(folder, file!))
    bytes[bytes.length - 3]! ^= 0xff
    fs.writeFileSync(path.join(folder, file!), bytes)

    const starting = createIndexHolder()
    const warm = await appOf(starting)
    const damaged = track(warm.request('/api/network', { headers: BROWSER }))
    await warm.request('/api/health/live')
    expect(damaged.isAnswered).toBe(false)
    starting.replace(api.indexHolder.current())
    expect(await answerOf(await damaged.response)).toEqual(cold.get('/api/network'))
  })
})

describe('the index built between requests at start-up', () => {
  it('is the index built at once, and lets other work run before it is done', async () => {
    const snapshot = await api.store.readSnapshot()
    const geography = geographyOf(gazetteer)
    let isOtherWorkDone = false
    const stepwise = buildNetworkIndexBetweenRequests(snapshot, geography)
    setImmediate(() => (isOtherWorkDone = true))
    const [inSteps, atOnce] = [await stepwise, buildNetworkIndex(snapshot, geography)]
    expect(isOtherWorkDone).toBe(true)
    for (const filters of [{}, { topic: ['housing' as const] }]) {
      expect(networkJson(inSteps, filters)).toBe(networkJson(atOnce, filters))
    }
    expect(inSteps.meta()).toEqual(atOnce.meta())
    expect(inSteps.actorsInNameOrder.map((actor) => actor.id)).toEqual(
      atOnce.actorsInNameOrder.map((actor) => actor.id),
    )
  })
})
