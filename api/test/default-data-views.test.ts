/**
 * The default data as the first start loads it (press release, Leipzig Data, 1,500 demo actors): every route
 * shows the same public view, so their counts agree, and what it leaves out is counted in /api/meta.
 */
import type {
  ActorDetailResponse,
  ActorListResponse,
  MetaResponse,
  NetworkResponse,
  RelationshipListResponse,
} from '@netzwerkatlas/shared'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadMissingDatasets } from '../src/datasets/load-datasets.ts'
import { expectProblem, getJson } from './support/http.ts'
import { gazetteer, startTestApi, testConfig, type TestApi } from './support/test-api.ts'

let api: TestApi
let meta: MetaResponse
let network: NetworkResponse
beforeAll(async () => {
  api = await startTestApi()
  await loadMissingDatasets(api.store, { gazetteer, config: testConfig }, pino({ level: 'silent' }))
  await api.rebuildIndex()
  meta = (await getJson<MetaResponse>(api, '/api/meta')).body
  network = (await getJson<NetworkResponse>(api, '/api/network')).body
})
afterAll(() => api.close())

const sum = (numbers: readonly number[]) => numbers.reduce((total, n) => total + n, 0)

describe('the public view of the default data', () => {
  it('counts the 7 archived actors (1 Leipzig, 6 demo) and their ties as not shown', () => {
    expect(meta.counts.archived.actors).toBe(7)
    // 27 ties are archived themselves, 27 published ones point to an archived actor.
    expect(meta.counts.archived.relationships).toBe(54)
    expect(meta.counts.pending).toEqual({ actors: 0, relationships: 0 })
    expect(meta.taxonomies.statuses.map((s) => [s.id, s.count])).toEqual([
      ['published', meta.counts.actors.total],
      ['pending', 0],
      ['archived', 7],
    ])
  })

  it('gives the same numbers of actors and relationships on every route', async () => {
    const actors = await getJson<ActorListResponse>(api, '/api/actors?limit=1')
    const relationships = await getJson<RelationshipListResponse>(api, '/api/relationships?limit=1')
    expect(meta.counts.actors.total).toBe(2821)
    expect(meta.counts.relationships.total).toBe(3740)
    expect(actors.body.total).toBe(meta.counts.actors.total)
    expect(network.nodes).toHaveLength(meta.counts.actors.total)
    expect(relationships.body.total).toBe(meta.counts.relationships.total)
    expect(network.edges).toHaveLength(meta.counts.relationships.total)
    expect(sum(meta.datasets.map((d) => d.actors))).toBe(meta.counts.actors.total)
    expect(sum(meta.datasets.map((d) => d.relationships))).toBe(meta.counts.relationships.total)
    expect(sum(meta.taxonomies.actorTypes.map((t) => t.count))).toBe(meta.counts.actors.total)
    expect(sum(meta.taxonomies.relationshipTypes.map((t) => t.count))).toBe(
      meta.counts.relationships.total,
    )
  })

  it("lists every relationship twice across the actors' details, each time to a shown actor", async () => {
    const shown = new Set(network.nodes.map((node) => node.id))
    let relationshipsInDetails = 0
    for (const node of network.nodes) {
      const { body } = await getJson<ActorDetailResponse>(api, `/api/actors/${node.id}`)
      relationshipsInDetails += body.relationships.length
      for (const neighbour of body.neighbours) expect(shown.has(neighbour.id)).toBe(true)
    }
    expect(relationshipsInDetails).toBe(2 * meta.counts.relationships.total)
  })

  it('does not open an archived actor, nor show it as a connection', async () => {
    await expectProblem(await api.app.request('/api/actors/demo-001193'), 404)
    const { body } = await getJson<RelationshipListResponse>(
      api,
      '/api/relationships?actor=demo-001193',
    )
    expect(body.total).toBe(0)
    expect(network.edges.some((e) => [e.source, e.target].includes('demo-001193'))).toBe(false)
  })
})

describe('places in the default data', () => {
  it.each([
    ['telux-weisswasser', 'Weißwasser/O.L.'],
    ['sozial-innovativ-weisswasser-2021-11-09', 'Weißwasser/O.L.'],
    ['sozial-innovativ-dresden-2021-10-07', 'Dresden'],
    ['sozial-innovativ-leipzig-2021-10-21', 'Leipzig'],
    ['impact-hub-leipzig', 'Leipzig'],
  ])('names the municipality %s is located to as its place: %s', async (id, place) => {
    const detail = await getJson<ActorDetailResponse>(api, `/api/actors/${id}`)
    expect(detail.body.actor.address).toBeNull()
    expect(detail.body.place).toBe(place)
    const { actor } = detail.body
    const list = await getJson<ActorListResponse>(
      api,
      `/api/actors?municipality=${actor.municipalityAgs}&text=${encodeURIComponent(actor.name)}`,
    )
    expect(list.body.items.find((item) => item.id === id)?.city).toBe(place)
  })

  it('finds both Weißwasser actors by "Weisswasser" and names their town, not the district', async () => {
    const { body } = await getJson<ActorListResponse>(api, '/api/actors?text=Weisswasser')
    const telux = ['telux-weisswasser', 'sozial-innovativ-weisswasser-2021-11-09']
    const found = body.items.filter((item) => telux.includes(item.id))
    expect(found.map((item) => item.city)).toEqual(['Weißwasser/O.L.', 'Weißwasser/O.L.'])
  })
})
