import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeActor, testDataset } from './support/builders.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

let small: TestApi
let large: TestApi
beforeAll(async () => {
  small = await startTestApi(testDataset([makeActor({ id: 'demo-a' })]))
  large = await startTestApi(
    testDataset(['demo-a', 'demo-b', 'demo-c'].map((id) => makeActor({ id }))),
  )
})
afterAll(async () => {
  await small.close()
  await large.close()
})

describe('ETag identity', () => {
  it('gives two databases at the same data version different tags', async () => {
    expect((await small.store.readSnapshot()).dataVersion).toBe(
      (await large.store.readSnapshot()).dataVersion,
    )
    const smallTag = (await small.app.request('/api/network')).headers.get('etag')
    const largeTag = (await large.app.request('/api/network')).headers.get('etag')
    expect(smallTag).toBeTruthy()
    expect(smallTag).not.toBe(largeTag)
  })

  it.each(['/api/network', '/api/actors', '/api/meta'])(
    '%s answers a tag from the other database with the full body, not 304',
    async (path) => {
      const smallTag = (await small.app.request(path)).headers.get('etag')!
      const answer = await large.app.request(path, { headers: { 'If-None-Match': smallTag } })
      expect(answer.status).toBe(200)
      expect(await answer.json()).toMatchObject(path === '/api/actors' ? { total: 3 } : {})
      const own = (await large.app.request(path)).headers.get('etag')!
      expect((await large.app.request(path, { headers: { 'If-None-Match': own } })).status).toBe(
        304,
      )
    },
  )

  it('keeps the same database id on every read, so tags survive a restart', async () => {
    const first = await large.store.readSnapshot()
    const second = await large.store.readSnapshot()
    expect(first.databaseId).toMatch(/^[0-9a-f]{16}$/)
    expect(second.databaseId).toBe(first.databaseId)
  })
})
