/**
 * Repeated public reads answered from kept bodies before the framework (kept-body-answers.ts, ADR 0022): the
 * same bytes and headers the framework sent, a 304 for a matching tag, never an answer the framework would
 * not give (a moderator's filter, another data version, a coding not kept), and the framework still sees
 * everything else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeActor, makeRelationship, testDataset } from './support/builders.ts'
import { serveOnPort, type ServedApp } from './support/http-server.ts'
import { startTestApi, testConfig, type TestApi } from './support/test-api.ts'

let api: TestApi
let served: ServedApp
/** Each request the framework handled, as path and query. */
const seenByFramework: string[] = []

beforeAll(async () => {
  api = await startTestApi(
    testDataset(
      [makeActor({ id: 'demo-a' }), makeActor({ id: 'demo-b' })],
      [makeRelationship({ id: 'rel-ab', sourceId: 'demo-a', targetId: 'demo-b' })],
    ),
  )
  const countingFetch = (request: Request, env: unknown) => {
    const { pathname, search } = new URL(request.url)
    seenByFramework.push(`${request.method} ${pathname}${search}`)
    return api.app.fetch(request, env)
  }
  served = await serveOnPort(countingFetch, testConfig.connections, api.answerKeptBody)
})
afterAll(async () => {
  await served.close()
  await api.close()
})

/** Headers that differ between any two answers: the date, the connection, the request's own id. */
const PER_ANSWER = new Set(['date', 'connection', 'keep-alive', 'x-request-id'])
const comparableHeaders = (response: Response) =>
  Object.fromEntries([...response.headers].filter(([name]) => !PER_ANSWER.has(name)))

async function get(path: string, headers: Record<string, string> = {}) {
  const before = seenByFramework.length
  const response = await fetch(`${served.url}${path}`, { headers })
  const bytes = new Uint8Array(await response.arrayBuffer())
  return { response, bytes, byFramework: seenByFramework.length > before }
}

describe('answers from kept bodies', () => {
  it('answers a repeated network read with the bytes and headers the framework sent', async () => {
    const headers = { 'Accept-Encoding': 'br' }
    const first = await get('/api/network', headers)
    const second = await get('/api/network', headers)

    expect(first.byFramework).toBe(true)
    expect(second.byFramework).toBe(false)
    expect(second.response.status).toBe(200)
    expect(comparableHeaders(second.response)).toEqual(comparableHeaders(first.response))
    expect(second.bytes).toEqual(first.bytes)
    expect(second.response.headers.get('x-request-id')).toMatch(/^[\w-]{36}$/)
    // fetch inflated the brotli: what a browser reads is the network JSON.
    const network = JSON.parse(new TextDecoder().decode(second.bytes)) as { nodes: unknown[] }
    expect(network.nodes).toHaveLength(2)
  })

  it('answers 304 to the current tag and keeps a well-formed request id', async () => {
    const { response } = await get('/api/network', { 'Accept-Encoding': 'br' })
    const etag = response.headers.get('etag')!
    const notModified = await get('/api/network', {
      'Accept-Encoding': 'br',
      'If-None-Match': etag,
      'X-Request-Id': 'client-id-42',
    })
    expect(notModified.byFramework).toBe(false)
    expect(notModified.response.status).toBe(304)
    expect(notModified.response.headers.get('etag')).toBe(etag)
    expect(notModified.response.headers.get('x-request-id')).toBe('client-id-42')

    const hostileId = await get('/api/network', {
      'Accept-Encoding': 'br',
      'X-Request-Id': 'evil id; with spaces',
    })
    expect(hostileId.response.headers.get('x-request-id')).not.toContain('evil')
  })

  it('makes each coding once through the framework, then answers it from memory', async () => {
    const gzipFirst = await get('/api/actors?limit=1', { 'Accept-Encoding': 'gzip' })
    const gzipAgain = await get('/api/actors?limit=1', { 'Accept-Encoding': 'gzip' })
    expect([gzipFirst.byFramework, gzipAgain.byFramework]).toEqual([true, false])
    expect(gzipAgain.response.headers.get('content-encoding')).toBe('gzip')
    expect(gzipAgain.bytes).toEqual(gzipFirst.bytes)
  })

  it('leaves to the framework what depends on more than the URL and the kept bytes', async () => {
    const headers = { 'Accept-Encoding': 'br' }
    await get('/api/network', headers)

    // A moderator's filter: anonymous is refused every time, whatever is kept.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const pending = await get('/api/network?status=pending', headers)
      expect(pending.byFramework).toBe(true)
      expect(pending.response.status).toBe(403)
    }
    // No coding accepted: the framework sends identity.
    const plain = await get('/api/network', { 'Accept-Encoding': 'identity' })
    expect(plain.byFramework).toBe(true)
    expect(plain.response.headers.get('content-encoding')).toBeNull()
    // Another method, another route, an unusual target.
    const head = await fetch(`${served.url}/api/network`, { method: 'HEAD', headers })
    expect(head.status).toBe(200)
    expect(seenByFramework.at(-1)).toBe('HEAD /api/network')
    expect((await get('/api/meta', headers)).byFramework).toBe(true)
    expect((await get('/api/network/', headers)).byFramework).toBe(true)
  })

  it('never answers with the body of an earlier data version', async () => {
    const headers = { 'Accept-Encoding': 'br' }
    const before = await get('/api/network', headers)
    const second = testDataset([makeActor({ id: 'demo-c' })])
    const imported = await api.store.importDataset(
      { ...second, dataset: { ...second.dataset, id: 'test-second' } },
      'test:second',
    )
    expect(imported).toBe('imported')
    await api.rebuildIndex()

    const after = await get('/api/network', headers)
    expect(after.byFramework).toBe(true)
    expect(after.response.headers.get('etag')).not.toBe(before.response.headers.get('etag'))
    const network = JSON.parse(new TextDecoder().decode(after.bytes)) as { nodes: unknown[] }
    expect(network.nodes).toHaveLength(3)
    expect((await get('/api/network', headers)).byFramework).toBe(false)
  })
})
