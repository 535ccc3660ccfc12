import {
  NetworkCommunitiesResponseSchema,
  NetworkDistrictsResponseSchema,
  NetworkTimelineResponseSchema,
  NetworkEgoResponseSchema,
  NetworkLayoutResponseSchema,
  NetworkMetricsResponseSchema,
  NetworkPathResponseSchema,
  type NetworkCommunitiesResponse,
  type NetworkDistrictsResponse,
  type NetworkTimelineResponse,
  type NetworkEgoResponse,
  type NetworkLayoutResponse,
  type NetworkMetricsResponse,
  type NetworkPathResponse,
} from '@netzwerkatlas/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { relationshipRepository } from '../src/store/relationship-repository.ts'
import { locatedAt, makeActor, makeRelationship, testDataset } from './support/builders.ts'
import { expectProblem, getJson } from './support/http.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'
import { runPeer, type PeerFigures } from './peer/run-peer.ts'

const LEIPZIG = '14713000'
const DRESDEN = '14612000'
const leipzig = ['l1', 'l2', 'l3', 'l4']
const dresden = ['d1', 'd2', 'd3', 'd4']
const actors = [
  ...leipzig.map((id) =>
    makeActor({ id: `demo-${id}`, topics: ['education'], ...locatedAt(12.37, 51.34, LEIPZIG) }),
  ),
  ...dresden.map((id) =>
    makeActor({
      id: `demo-${id}`,
      topics: ['care'],
      foundedYear: id === 'd4' ? 2018 : null,
      ...locatedAt(13.74, 51.05, DRESDEN),
    }),
  ),
  makeActor({ id: 'demo-x1', topics: ['housing'] }),
  makeActor({ id: 'demo-x2', topics: ['housing'] }),
  makeActor({ id: 'demo-hidden', status: 'pending' }),
]
const tie = (a: string, b: string, extra: Partial<Parameters<typeof makeRelationship>[0]> = {}) =>
  makeRelationship({
    id: `demo-rel-${a}-${b}`,
    sourceId: `demo-${a}`,
    targetId: `demo-${b}`,
    ...extra,
  })
const relationships = [
  tie('l1', 'l2'),
  tie('l1', 'l3'),
  tie('l2', 'l3'),
  tie('l3', 'l4'),
  tie('l2', 'l4', { type: 'funding', directed: true, since: '2016-01-01', weight: 3 }),
  tie('d1', 'd2'),
  tie('d1', 'd3'),
  tie('d2', 'd3'),
  tie('d3', 'd4'),
  tie('d2', 'd4'),
  // The one tie between the two cities: a bridge, both ends cut vertices.
  tie('l4', 'd1', { type: 'joint_project', since: '2019-05-01', until: '2021-12-31' }),
  tie('x1', 'x2'),
  tie('l1', 'hidden'),
  tie('d4', 'hidden'),
]

let api: TestApi
beforeAll(async () => {
  api = await startTestApi(testDataset(actors, relationships))
})
afterAll(() => api.close())

const metricsOf = async (path = '/api/network/metrics') => {
  const { response, body } = await getJson<NetworkMetricsResponse>(api, path)
  expect(response.status).toBe(200)
  return NetworkMetricsResponseSchema.parse(body)
}

describe('GET /api/network/metrics', () => {
  it('serves the metrics networkx and igraph compute on the public network as served', async () => {
    const metrics = await metricsOf()
    const ids = metrics.actors.map((a) => a.id).sort()
    expect(ids).not.toContain('demo-hidden')
    const { body: network } = await getJson<{ edges: { source: string; target: string }[] }>(
      api,
      '/api/network',
    )
    const node = new Map(ids.map((id, i) => [id, i]))
    const peer = runPeer<PeerFigures>('network_figures.py', {
      nodes: ids.length,
      edges: network.edges.map((e) => [node.get(e.source), node.get(e.target)]),
    })
    const byId = new Map(metrics.actors.map((a) => [a.id, a]))
    ids.forEach((id, i) => {
      const actor = byId.get(id)!
      expect(actor.degree).toBe(peer.degree[i])
      expect(actor.betweenness).toBeCloseTo(peer.betweenness[i]!, 9)
      expect(actor.betweenness).toBeCloseTo(peer.igraphBetweenness[i]!, 9)
      expect(actor.closeness).toBeCloseTo(peer.closeness[i]!, 9)
      expect(actor.pageRank).toBeCloseTo(peer.pageRank[i]!, 9)
      expect(actor.isArticulationPoint).toBe(peer.articulationPoints.includes(i))
    })
    expect(metrics.network.density).toBeCloseTo(peer.density, 12)
    expect(metrics.network.averageClustering).toBeCloseTo(peer.averageClustering, 12)
    expect(metrics.network.components).toBe(peer.components.length)
    expect(metrics.network.bridges).toBe(peer.bridges.length)
    expect(Math.abs(metrics.network.modularity - peer.louvainModularity)).toBeLessThan(0.02)
    expect(metrics.betweenness).toMatchObject({ method: 'exact', normalisation: 'pairs' })
  })

  it('counts directed ties in and out, and sums weights', async () => {
    const metrics = await metricsOf()
    const l2 = metrics.actors.find((a) => a.id === 'demo-l2')!
    expect(l2).toMatchObject({ degree: 3, outDegree: 1, inDegree: 0, weightedDegree: 5 })
    expect(metrics.actors.find((a) => a.id === 'demo-l4')).toMatchObject({ inDegree: 1 })
  })

  it('describes each actor in German and English words', async () => {
    const metrics = await metricsOf()
    const l4 = metrics.actors.find((a) => a.id === 'demo-l4')!
    expect(l4.summary.de).toContain('verbindet 2 Cluster')
    expect(l4.summary.de).toMatch(/Rang [12] von 10 nach Vermittlerrolle/)
    expect(l4.summary.de).toContain('einzige Verbindung aus Leipzig nach Dresden')
    expect(l4.summary.en).toContain('the only tie from Leipzig to Dresden')
    expect(l4.brokerage).toBeGreaterThan(0)
    expect(metrics.actors.find((a) => a.id === 'demo-x1')!.summary.en).toBe('1 partner')
  })

  it('lists only the actors the filters keep, with their whole-network figures', async () => {
    const all = await metricsOf()
    const filtered = await metricsOf('/api/network/metrics?district=14612')
    expect(filtered.actors.map((a) => a.id).sort()).toEqual(dresden.map((id) => `demo-${id}`))
    const d1 = (m: NetworkMetricsResponse) => m.actors.find((a) => a.id === 'demo-d1')!
    expect(d1(filtered).betweenness).toBe(d1(all).betweenness)
  })

  it('answers a second request with 304 for the ETag it sent, and a wrong filter with 400 naming it', async () => {
    const first = await api.app.request('/api/network/metrics', {
      headers: { 'Accept-Encoding': 'br' },
    })
    expect(first.headers.get('content-encoding')).toBe('br')
    const etag = first.headers.get('etag')!
    const again = await api.app.request('/api/network/metrics', {
      headers: { 'If-None-Match': etag },
    })
    expect(again.status).toBe(304)
    const problem = await expectProblem(
      await api.app.request('/api/network/metrics?type=nope'),
      400,
    )
    expect(problem.errors?.[0]?.parameter).toBe('type')
  })
})

describe('GET /api/network/communities', () => {
  it('names each community by its dominant district and topic and links it to its neighbours', async () => {
    const { body } = await getJson<NetworkCommunitiesResponse>(api, '/api/network/communities')
    const parsed = NetworkCommunitiesResponseSchema.parse(body)
    const names = parsed.communities.map((c) => c.name.de)
    expect(names).toContain('Leipzig · Bildung')
    expect(names).toContain('Dresden · Pflege')
    const leipzigCommunity = parsed.communities.find((c) => c.name.de === 'Leipzig · Bildung')!
    expect(leipzigCommunity.name.en).toBe('Leipzig · Education')
    expect(leipzigCommunity).toMatchObject({ size: 4, internalTies: 5, internalDensity: 5 / 6 })
    const dresdenId = parsed.communities.find((c) => c.name.de === 'Dresden · Pflege')!.id
    expect(leipzigCommunity.strongestLinks).toEqual([{ community: dresdenId, ties: 1 }])
  })
})

describe('GET /api/network/ego/{id}', () => {
  it('returns the partners and the ties among them, and at depth 2 their partners too', async () => {
    const { body } = await getJson<NetworkEgoResponse>(api, '/api/network/ego/demo-l4')
    const one = NetworkEgoResponseSchema.parse(body)
    expect(one.nodes.map((n) => [n.id, n.distance])).toEqual([
      ['demo-l4', 0],
      ['demo-d1', 1],
      ['demo-l2', 1],
      ['demo-l3', 1],
    ])
    expect(one.ties.map((t) => t.id)).toContain('demo-rel-l2-l3')
    expect(one.ties).toHaveLength(4)
    const { body: two } = await getJson<NetworkEgoResponse>(api, '/api/network/ego/demo-l4?depth=2')
    expect(two.nodes).toHaveLength(7)
  })

  it('answers an unknown or hidden actor with 404 and a depth of 3 with 400', async () => {
    await expectProblem(await api.app.request('/api/network/ego/demo-hidden'), 404)
    const problem = await expectProblem(
      await api.app.request('/api/network/ego/demo-l4?depth=3'),
      400,
    )
    expect(problem.errors?.[0]?.parameter).toBe('depth')
  })
})

describe('GET /api/network/path', () => {
  it('returns a shortest path with the typed, dated relationships on each step', async () => {
    const { body } = await getJson<NetworkPathResponse>(
      api,
      '/api/network/path?from=demo-l1&to=demo-d4',
    )
    const path = NetworkPathResponseSchema.parse(body)
    expect(path).toMatchObject({ connected: true, length: 5 })
    expect(path.path[0]).toBe('demo-l1')
    expect(path.path.at(-1)).toBe('demo-d4')
    expect(path.steps.flat().find((t) => t.id === 'demo-rel-l4-d1')).toMatchObject({
      type: 'joint_project',
      since: '2019-05-01',
      until: '2021-12-31',
    })
    // l1→(l2|l3)→l4→d1→(d2|d3)→d4: 2 × 2 shortest paths; never through the hidden actor.
    expect(path.shortestPaths).toBe(4)
    expect(path.path).not.toContain('demo-hidden')
  })

  it('says clearly when there is no path, with the size of each side', async () => {
    const { body } = await getJson<NetworkPathResponse>(
      api,
      '/api/network/path?from=demo-l1&to=demo-x2',
    )
    expect(body).toMatchObject({
      connected: false,
      length: null,
      path: [],
      componentSizes: { from: 8, to: 2 },
    })
  })

  it('names the parameter of an unknown actor', async () => {
    const problem = await expectProblem(
      await api.app.request('/api/network/path?from=demo-l1&to=demo-nobody'),
      404,
    )
    expect(problem.errors?.[0]?.parameter).toBe('to')
    const missing = await expectProblem(
      await api.app.request('/api/network/path?from=demo-l1'),
      400,
    )
    expect(missing.errors?.[0]?.parameter).toBe('to')
  })
})

describe('GET /api/network/layout', () => {
  it('gives every actor a position, cold-started on the first version', async () => {
    const { body } = await getJson<NetworkLayoutResponse>(api, '/api/network/layout')
    const layout = NetworkLayoutResponseSchema.parse(body)
    expect(layout.ids).toHaveLength(10)
    expect(layout.x).toHaveLength(10)
    expect(layout.warmStarted).toBe(false)
    expect(layout.movement).toBeNull()
    const at = (id: string) => layout.ids.indexOf(id)
    const distance = (a: string, b: string) =>
      Math.hypot(layout.x[at(a)]! - layout.x[at(b)]!, layout.y[at(a)]! - layout.y[at(b)]!)
    // Partners end up closer than actors of the other city.
    expect(distance('demo-l1', 'demo-l2')).toBeLessThan(distance('demo-l1', 'demo-d4'))
  })
})

describe('GET /api/network/districts', () => {
  it('counts ties inside and across each district, its isolation, neighbours and the actors spanning it', async () => {
    const { body } = await getJson<NetworkDistrictsResponse>(api, '/api/network/districts')
    const parsed = NetworkDistrictsResponseSchema.parse(body)
    expect(parsed.districts).toHaveLength(13)
    expect(parsed.unplacedActors).toBe(2)
    const leipzigCity = parsed.districts.find((d) => d.ags === '14713')!
    expect(leipzigCity).toMatchObject({
      name: 'Leipzig',
      actors: 4,
      internalTies: 5,
      crossDistrictTies: 1,
      density: 5 / 6,
      isolation: 5 / 6,
      strongestNeighbours: [{ ags: '14612', name: 'Dresden', ties: 1 }],
      brokers: [{ id: 'demo-l4', districtsReached: 1, crossDistrictPartners: 1 }],
    })
    expect(parsed.districts.find((d) => d.ags === '14522')).toMatchObject({
      actors: 0,
      isolation: 1,
      brokers: [],
    })
  })
})

describe('GET /api/network/timeline', () => {
  it('counts per year the actors and ties active by founding year and since/until', async () => {
    const { body } = await getJson<NetworkTimelineResponse>(api, '/api/network/timeline')
    const parsed = NetworkTimelineResponseSchema.parse(body)
    expect(parsed.years[0]!.year).toBe(2010)
    expect(parsed.years.at(-1)!.year).toBe(new Date().getUTCFullYear())
    const year = (y: number) => parsed.years.find((entry) => entry.year === y)!
    expect(year(2015)).toMatchObject({
      actorsActive: 9,
      relationshipsActive: 8,
      newTies: 0,
      components: 3,
    })
    expect(year(2016)).toMatchObject({ relationshipsActive: 9, newTies: 1 })
    expect(year(2018)).toMatchObject({ actorsActive: 10, relationshipsActive: 11 })
    expect(year(2019)).toMatchObject({ relationshipsActive: 12, newTies: 1, components: 2 })
    expect(year(2022)).toMatchObject({ relationshipsActive: 11, components: 3 })
    expect(year(2019).density).toBeCloseTo(12 / 45, 12)
  })
})

describe('a data change', () => {
  it('serves the old analysis, saying a newer one is computing, until the new one is complete', async () => {
    const before = await metricsOf()
    await api.store.write('test', (context) =>
      relationshipRepository.insertMany(context, [tie('x2', 'l1')]),
    )
    await api.rebuildIndex()
    const during = await metricsOf()
    expect(during.dataVersion).toBe(before.dataVersion)
    expect(during.computing).toBe(true)
    expect(during.computingVersion).toBeGreaterThan(before.dataVersion)
    let after = during
    for (let i = 0; i < 100 && after.computing; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      after = await metricsOf()
    }
    expect(after.computing).toBe(false)
    expect(after.dataVersion).toBe(during.computingVersion)
    expect(after.network.components).toBe(before.network.components - 1)
  })

  it('starts the next layout from the previous positions and says how far actors moved', async () => {
    const { body } = await getJson<NetworkLayoutResponse>(api, '/api/network/layout')
    const layout = NetworkLayoutResponseSchema.parse(body)
    expect(layout.warmStarted).toBe(true)
    expect(layout.ids).toHaveLength(10)
    expect(layout.movement!.keptNodes).toBe(10)
    expect(layout.movement!.median).toBeGreaterThanOrEqual(0)
  })
})
