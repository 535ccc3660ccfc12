import { problemTypes } from '@netzwerkatlas/shared'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppEnv } from '../src/http/app-env.ts'
import { rateLimit } from '../src/http/rate-limit.ts'
import { locatedAt, makeActor, testDataset } from './support/builders.ts'
import { serveOnPort, type ServedApp } from './support/http-server.ts'
import { startTestApiWith, testConfig, type TestApi } from './support/test-api.ts'

const dataset = testDataset([
  makeActor({ id: 'demo-a', name: 'Tafel Dresden', ...locatedAt(13.74, 51.05, '14612000') }),
  makeActor({ id: 'demo-b', name: 'Tafel Leipzig', ...locatedAt(12.37, 51.34, '14713000') }),
])

/** A different bbox each time: a URL no one asked before, so real work. */
let bboxCounter = 0
const freshBbox = () => `/api/network?bbox=12,50,${14 + ++bboxCounter / 1000},52`

async function expectTooManyRequests(response: Response) {
  expect(response.status).toBe(429)
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
  const problem = (await response.json()) as { type: string; status: number }
  expect(problem).toMatchObject({ type: problemTypes.tooManyRequests, status: 429 })
}

describe('rate limits on expensive routes (on by default)', () => {
  let api: TestApi
  let served: ServedApp
  beforeAll(async () => {
    api = await startTestApiWith(
      { env: { RATE_LIMIT_BURST: '3', RATE_LIMIT_PER_SECOND: '0.2' } },
      dataset,
    )
    served = await serveOnPort(api.app.fetch, testConfig.connections)
  })
  afterAll(async () => {
    await served.close()
    await api.close()
  })

  it('are on unless RATE_LIMITS=off', () => {
    expect(testConfig.rateLimits).toMatchObject({ burst: 20, perSecond: 4, concurrency: 4 })
  })

  it('answers a client that sends too many uncached requests with 429, Retry-After and problem+json', async () => {
    const first = freshBbox()
    const answers = [await fetch(served.url + first)]
    for (let i = 0; i < 2; i++) answers.push(await fetch(served.url + freshBbox()))
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200])
    await expectTooManyRequests(await fetch(served.url + freshBbox()))
    await expectTooManyRequests(await fetch(`${served.url}/api/actors?text=Tafel`))
    await expectTooManyRequests(await fetch(`${served.url}/api/relationships`))
    await expectTooManyRequests(
      await fetch(`${served.url}/api/partners?near=13.74,51.05&radiusKm=10`),
    )

    // What is already cached costs nothing and is still served: the same URL, and a 304 for its tag.
    const again = await fetch(served.url + first)
    expect(again.status).toBe(200)
    const etag = again.headers.get('etag')!
    expect((await fetch(served.url + first, { headers: { 'If-None-Match': etag } })).status).toBe(
      304,
    )
    // Cheap routes are not limited at all.
    expect((await fetch(`${served.url}/api/meta`)).status).toBe(200)
    expect((await fetch(`${served.url}/api/actors?type=civil_society`)).status).toBe(200)
  })
})

describe('a partner search already answered costs no token', () => {
  let api: TestApi
  let served: ServedApp
  beforeAll(async () => {
    api = await startTestApiWith(
      { env: { RATE_LIMIT_BURST: '2', RATE_LIMIT_PER_SECOND: '0.01' } },
      dataset,
    )
    served = await serveOnPort(api.app.fetch, testConfig.connections)
  })
  afterAll(async () => {
    await served.close()
    await api.close()
  })

  it('serves the kept partner answer and its 304 after the tokens are spent', async () => {
    // Partner bodies are kept per analysis version as well: the limiter must look for them under it.
    const search = `${served.url}/api/partners?near=13.74,51.05&radiusKm=10`
    const first = await fetch(search)
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag')!
    expect((await fetch(served.url + freshBbox())).status).toBe(200)
    await expectTooManyRequests(await fetch(served.url + freshBbox()))
    await expectTooManyRequests(await fetch(`${search}&limit=5`))
    for (let i = 0; i < 3; i++) expect((await fetch(search)).status).toBe(200)
    expect((await fetch(search, { headers: { 'If-None-Match': etag } })).status).toBe(304)
  })
})

describe('RATE_LIMITS=off (the bench)', () => {
  let api: TestApi
  let served: ServedApp
  beforeAll(async () => {
    api = await startTestApiWith({ env: { RATE_LIMITS: 'off', RATE_LIMIT_BURST: '1' } }, dataset)
    served = await serveOnPort(api.app.fetch, testConfig.connections)
  })
  afterAll(async () => {
    await served.close()
    await api.close()
  })

  it('serves every uncached request', async () => {
    expect(api.config.rateLimits).toBeUndefined()
    for (let i = 0; i < 5; i++) expect((await fetch(served.url + freshBbox())).status).toBe(200)
  })
})

describe('the per-client concurrency cap', () => {
  let served: ServedApp
  const releases: (() => void)[] = []
  beforeAll(async () => {
    // A slow route stands for expensive work that awaits (an export, an analysis in a worker).
    const app = new Hono<AppEnv>()
      .use(
        rateLimit(
          { burst: 100, perSecond: 100, concurrency: 2 },
          { isExpensive: () => true, isCached: () => false },
        ),
      )
      .get('/slow', async (c) => {
        await new Promise<void>((resolve) => releases.push(resolve))
        return c.text('done')
      })
    served = await serveOnPort(app.fetch, testConfig.connections)
  })
  afterAll(() => served.close())

  it('refuses a third request in progress with 429 while two are running, then serves again', async () => {
    const running = [fetch(`${served.url}/slow`), fetch(`${served.url}/slow`)]
    await expect.poll(() => releases.length).toBe(2)
    await expectTooManyRequests(await fetch(`${served.url}/slow`))
    for (const release of releases.splice(0)) release()
    expect((await Promise.all(running)).map((answer) => answer.status)).toEqual([200, 200])
    const later = fetch(`${served.url}/slow`)
    await expect.poll(() => releases.length).toBe(1)
    releases.pop()!()
    expect((await later).status).toBe(200)
  })
})
