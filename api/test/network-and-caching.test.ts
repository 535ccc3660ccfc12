import { gunzipSync, brotliDecompressSync } from 'node:zlib'
import {
  NetworkResponseSchema,
  type NetworkResponse,
  type RelationshipListResponse,
} from '@netzwerkatlas/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locatedAt, makeActor, makeRelationship, testDataset } from './support/builders.ts'
import { getJson } from './support/http.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

const actors = [
  makeActor({ id: 'demo-a', topics: ['housing'], ...locatedAt(13.74, 51.05, '14612000') }),
  makeActor({ id: 'demo-b', topics: ['housing'], ...locatedAt(12.37, 51.34, '14713000') }),
  makeActor({ id: 'demo-c', topics: ['care'] }),
  makeActor({ id: 'demo-d', topics: ['care'], status: 'pending' }),
  makeActor({
    id: 'demo-e',
    name: 'Demo-»Zitat« "Haus" \\ Über\nZeilen',
    topics: ['education'],
    foundedYear: 2012,
    ...locatedAt(14.98, 51.15, '14626110'),
  }),
  makeActor({ id: 'demo-f', topics: ['care'], status: 'archived' }),
]
const relationships = [
  makeRelationship({ id: 'demo-rel-ab', sourceId: 'demo-a', targetId: 'demo-b' }),
  makeRelationship({
    id: 'demo-rel-ac',
    sourceId: 'demo-a',
    targetId: 'demo-c',
    type: 'funding',
    directed: true,
    since: '2015-03-01',
    until: '2019-06-30',
  }),
  makeRelationship({ id: 'demo-rel-cd', sourceId: 'demo-c', targetId: 'demo-d' }),
  makeRelationship({ id: 'demo-rel-cf', sourceId: 'demo-c', targetId: 'demo-f' }),
  makeRelationship({
    id: 'demo-rel-be',
    sourceId: 'demo-b',
    targetId: 'demo-e',
    status: 'archived',
  }),
]

let api: TestApi
beforeAll(async () => {
  api = await startTestApi(testDataset(actors, relationships))
})
afterAll(() => api.close())

describe('GET /api/network', () => {
  it('returns every published actor and the published ties between them, none to hidden records', async () => {
    const { body } = await getJson<NetworkResponse>(api, '/api/network')
    expect(body.nodes.map((n) => n.id).sort()).toEqual(['demo-a', 'demo-b', 'demo-c', 'demo-e'])
    expect(body.edges.map((e) => e.id).sort()).toEqual(['demo-rel-ab', 'demo-rel-ac'])
    expect(body.edges.find((e) => e.id === 'demo-rel-ac')).toMatchObject({
      source: 'demo-a',
      target: 'demo-c',
      type: 'funding',
      directed: true,
      since: '2015-03-01',
      until: '2019-06-30',
    })
    expect(body.nodes.find((n) => n.id === 'demo-c')).toMatchObject({ lon: null, lat: null })
  })

  it('keeps only edges whose both ends pass the filters', async () => {
    const { body } = await getJson<NetworkResponse>(api, '/api/network?topic=housing')
    expect(body.nodes.map((n) => n.id).sort()).toEqual(['demo-a', 'demo-b'])
    expect(body.edges.map((e) => e.id)).toEqual(['demo-rel-ab'])
  })

  it.each([
    ['12,51,13,51.5', ['demo-b'], []],
    ['12,50.9,14,51.5', ['demo-a', 'demo-b'], ['demo-rel-ab']],
    ['13.7,51,15,51.2', ['demo-a', 'demo-e'], []],
    ['5,45,6,46', [], []],
  ])(
    'keeps the located actors inside bbox=%s and the ties between them',
    async (bbox, nodes, edges) => {
      const { body } = await getJson<NetworkResponse>(api, `/api/network?bbox=${bbox}`)
      expect(body.nodes.map((n) => n.id).sort()).toEqual(nodes)
      expect(body.edges.map((e) => e.id)).toEqual(edges)
    },
  )

  it('writes names with quotes, backslashes and line breaks as JSON the schema accepts', async () => {
    const response = await api.app.request('/api/network?topic=education')
    const body = NetworkResponseSchema.strict().parse(await response.json())
    expect(body.nodes).toEqual([
      {
        id: 'demo-e',
        name: 'Demo-»Zitat« "Haus" \\ Über\nZeilen',
        kind: 'organisation',
        type: 'civil_society',
        lon: 14.98,
        lat: 51.15,
        district: '14626',
        synthetic: true,
        activeFrom: 2012,
        activeTo: null,
      },
    ])
  })

  it('filters edges by relationship type', async () => {
    const { body } = await getJson<NetworkResponse>(api, '/api/network?relationshipType=funding')
    expect(body.edges.map((e) => e.id)).toEqual(['demo-rel-ac'])
  })
})

describe('GET /api/relationships', () => {
  it('lists the ties of one actor', async () => {
    const { body } = await getJson<RelationshipListResponse>(api, '/api/relationships?actor=demo-c')
    expect(body.items.map((r) => r.id)).toEqual(['demo-rel-ac'])
  })

  it('applies actor filters to both ends, like the network', async () => {
    const { body } = await getJson<RelationshipListResponse>(
      api,
      '/api/relationships?topic=housing',
    )
    expect(body.items.map((r) => r.id)).toEqual(['demo-rel-ab'])
  })

  it('pages through all published ties', async () => {
    const first = await getJson<RelationshipListResponse>(api, '/api/relationships?limit=1')
    expect(first.body.total).toBe(2)
    const second = await getJson<RelationshipListResponse>(
      api,
      `/api/relationships?limit=1&cursor=${first.body.nextCursor}`,
    )
    expect([...first.body.items, ...second.body.items].map((r) => r.id)).toEqual([
      'demo-rel-ab',
      'demo-rel-ac',
    ])
    expect(second.body.nextCursor).toBeNull()
  })
})

describe('versioned, compressed responses', () => {
  it.each([
    '/api/network',
    '/api/network?topic=care',
    '/api/actors',
    '/api/meta',
    '/api/actors/demo-a',
  ])('%s carries the data version as ETag and answers 304 to it', async (path) => {
    const first = await api.app.request(path)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^W\/"[0-9a-f]+-\d+\.\d+"$/)
    expect(first.headers.get('cache-control')).toBe('no-cache')
    const again = await api.app.request(path, { headers: { 'If-None-Match': etag! } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    const stale = await api.app.request(path, { headers: { 'If-None-Match': 'W/"0.1"' } })
    expect(stale.status).toBe(200)
  })

  it('serves the network pre-compressed as brotli or gzip, whichever the client accepts', async () => {
    const plain = await (await api.app.request('/api/network')).text()
    const brotli = await api.app.request('/api/network', {
      headers: { 'Accept-Encoding': 'gzip, br' },
    })
    expect(brotli.headers.get('content-encoding')).toBe('br')
    expect(brotliDecompressSync(Buffer.from(await brotli.arrayBuffer())).toString()).toBe(plain)
    const gzip = await api.app.request('/api/network', {
      headers: { 'Accept-Encoding': 'gzip, br;q=0' },
    })
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(plain)
  })

  it('compresses every versioned JSON body the same way, for each encoding the client accepts', async () => {
    for (const path of [
      '/api/meta',
      '/api/actors?topic=housing',
      '/api/relationships?actor=demo-c',
    ]) {
      const plain = await (await api.app.request(path)).json()
      const gzip = await api.app.request(path, { headers: { 'Accept-Encoding': 'gzip' } })
      expect(gzip.headers.get('content-encoding')).toBe('gzip')
      expect(JSON.parse(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString())).toEqual(
        plain,
      )
      const brotli = await api.app.request(path, { headers: { 'Accept-Encoding': 'br' } })
      expect(
        JSON.parse(brotliDecompressSync(Buffer.from(await brotli.arrayBuffer())).toString()),
      ).toEqual(plain)
    }
  })
})
