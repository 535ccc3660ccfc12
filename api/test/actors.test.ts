import type { ActorDetailResponse, ActorListResponse } from '@netzwerkatlas/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  locatedAt,
  makeActor,
  makeRelationship,
  realProvenance,
  testDataset,
} from './support/builders.ts'
import { expectProblem, getJson } from './support/http.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

const WEISSWASSER = '14626600'
const GOERLITZ = '14626110'
const DRESDEN = '14612000'
const LEIPZIG = '14713000'

const actors = [
  makeActor({
    id: 'demo-mueller',
    name: 'Demo-Müllerhof Wohnprojekt',
    topics: ['housing', 'seniors'],
    ...locatedAt(14.6347, 51.5003, WEISSWASSER),
  }),
  makeActor({
    id: 'demo-goerlitz',
    name: 'Demo-Ärztenetz Görlitz',
    type: 'network',
    topics: ['health'],
    ...locatedAt(14.9872, 51.1528, GOERLITZ),
  }),
  makeActor({
    id: 'demo-dresden',
    name: 'Demo-Sozialwerk Elbtal',
    type: 'welfare_org',
    topics: ['care', 'seniors'],
    ...locatedAt(13.7373, 51.0504, DRESDEN),
  }),
  makeActor({
    id: 'demo-leipzig',
    name: 'Demo-Zukunftslabor',
    type: 'research_group',
    topics: ['education'],
    ...locatedAt(12.3731, 51.3397, LEIPZIG),
  }),
  makeActor({ id: 'demo-ohne-ort', name: 'Demo-Initiative ohne Ort', topics: ['housing'] }),
  makeActor({
    id: 'demo-adresse',
    name: 'Demo-Adresshof',
    address: { street: null, houseNumber: null, postcode: null, city: 'Bad Muskau' },
  }),
  makeActor({ id: 'demo-archiv', name: 'Demo-Archivverein', status: 'archived' }),
  makeActor({ id: 'demo-pruefung', name: 'Demo-Verein in Prüfung', status: 'pending' }),
  makeActor({
    id: 'echt-quelle',
    name: 'Beispiel aus einer Quelle',
    provenance: realProvenance('test'),
  }),
]

const relationships = [
  makeRelationship({ id: 'demo-rel-1', sourceId: 'demo-mueller', targetId: 'demo-dresden' }),
  makeRelationship({
    id: 'demo-rel-2',
    sourceId: 'demo-dresden',
    targetId: 'demo-goerlitz',
    type: 'funding',
    directed: true,
  }),
  makeRelationship({ id: 'demo-rel-3', sourceId: 'demo-mueller', targetId: 'demo-pruefung' }),
  makeRelationship({ id: 'demo-rel-4', sourceId: 'demo-mueller', targetId: 'demo-archiv' }),
]

let api: TestApi
beforeAll(async () => {
  api = await startTestApi(testDataset(actors, relationships))
})
afterAll(() => api.close())

const names = (body: ActorListResponse) => body.items.map((item) => item.name)

describe('GET /api/actors', () => {
  it('lists published actors in German alphabetical order, umlauts with their base letter', async () => {
    const { body } = await getJson<ActorListResponse>(api, '/api/actors')
    expect(names(body)).toEqual(
      [
        'Demo-Adresshof',
        'Demo-Ärztenetz Görlitz',
        'Demo-Initiative ohne Ort',
        'Demo-Müllerhof Wohnprojekt',
        'Demo-Sozialwerk Elbtal',
        'Demo-Zukunftslabor',
        'Beispiel aus einer Quelle',
      ].sort((a, b) => a.localeCompare(b, 'de')),
    )
    expect(body.total).toBe(7)
  })

  it('pages with a cursor through every actor exactly once', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const query: string = cursor ? `&cursor=${cursor}` : ''
      const { body }: { body: ActorListResponse } = await getJson(
        api,
        `/api/actors?limit=2${query}`,
      )
      expect(body.items.length).toBeLessThanOrEqual(2)
      seen.push(...body.items.map((item) => item.id))
      cursor = body.nextCursor
    } while (cursor)
    expect(seen).toHaveLength(7)
    expect(new Set(seen).size).toBe(7)
  })

  it.each([
    ['type=welfare_org,network', ['demo-dresden', 'demo-goerlitz']],
    ['topic=housing', ['demo-mueller', 'demo-ohne-ort']],
    ['type=welfare_org&topic=seniors', ['demo-dresden']],
    ['district=14626', ['demo-goerlitz', 'demo-mueller']],
    ['municipality=14626600', ['demo-mueller']],
    ['bbox=12,51.2,12.8,51.5', ['demo-leipzig']],
    ['near=14.6347,51.5003&radiusKm=30', ['demo-mueller']],
    ['near=14.6347,51.5003&radiusKm=50', ['demo-goerlitz', 'demo-mueller']],
    ['text=mueller', ['demo-mueller']],
    ['text=Aerztenetz', ['demo-goerlitz']],
    ['text=weisswasser', ['demo-mueller']],
    ['synthetic=false', ['echt-quelle']],
    ['status=published&district=14626', ['demo-goerlitz', 'demo-mueller']],
    ['bbox=14,51,15.2,51.6&near=14.6347,51.5003&radiusKm=50', ['demo-goerlitz', 'demo-mueller']],
    ['bbox=14.5,51.4,15.2,51.6&near=14.9872,51.1528&radiusKm=50', ['demo-mueller']],
  ])('filters by %s', async (query, expectedIds) => {
    const { response, body } = await getJson<ActorListResponse>(api, `/api/actors?${query}`)
    expect(response.status).toBe(200)
    expect(body.items.map((item) => item.id).sort()).toEqual(expectedIds)
  })

  it('never lists records that await moderation or are archived', async () => {
    const { body } = await getJson<ActorListResponse>(api, '/api/actors?text=Prüfung')
    expect(body.items).toEqual([])
    const archive = await getJson<ActorListResponse>(api, '/api/actors?text=Archivverein')
    expect(archive.body.items).toEqual([])
  })

  it.each(['/api/actors', '/api/relationships', '/api/network'])(
    '%s answers 403 naming status when archived or pending records are asked for',
    async (path) => {
      for (const status of ['archived', 'pending', 'published,archived']) {
        const problem = await expectProblem(await api.app.request(`${path}?status=${status}`), 403)
        expect(problem.detail).toBe('Archived and pending records are visible to moderators only.')
        expect(problem.errors?.map((error) => error.parameter)).toEqual(['status'])
      }
    },
  )

  it('names the municipality as the place of an actor located to it without an address city', async () => {
    const { body } = await getJson<ActorListResponse>(api, '/api/actors?municipality=14626600')
    expect(body.items.map((item) => [item.id, item.city])).toEqual([
      ['demo-mueller', 'Weißwasser/O.L.'],
    ])
  })

  it("gives the address's city as the place when there is one", async () => {
    const { body } = await getJson<ActorListResponse>(api, '/api/actors?text=Adresshof')
    expect(body.items.map((item) => item.city)).toEqual(['Bad Muskau'])
  })

  it('gives no place to an actor with neither an address city nor a municipality', async () => {
    const { body } = await getJson<ActorListResponse>(api, '/api/actors?text=ohne%20Ort')
    expect(body.items.map((item) => item.city)).toEqual([null])
  })
})

describe('GET /api/actors/{id}', () => {
  it('returns the actor with its published relationships and neighbours', async () => {
    const { body } = await getJson<ActorDetailResponse>(api, '/api/actors/demo-dresden')
    expect(body.actor.name).toBe('Demo-Sozialwerk Elbtal')
    expect(body.relationships.map((r) => r.id).sort()).toEqual(['demo-rel-1', 'demo-rel-2'])
    expect(body.neighbours.map((n) => n.id)).toEqual(['demo-goerlitz', 'demo-mueller'])
  })

  it('hides ties to actors awaiting moderation or archived', async () => {
    const { body } = await getJson<ActorDetailResponse>(api, '/api/actors/demo-mueller')
    expect(body.neighbours.map((n) => n.id)).toEqual(['demo-dresden'])
    expect(body.relationships.map((r) => r.id)).toEqual(['demo-rel-1'])
  })

  it("names the municipality as the actor's place and its neighbours' places", async () => {
    const { body } = await getJson<ActorDetailResponse>(api, '/api/actors/demo-mueller')
    expect(body.place).toBe('Weißwasser/O.L.')
    const dresden = await getJson<ActorDetailResponse>(api, '/api/actors/demo-dresden')
    expect(dresden.body.neighbours.map((n) => [n.id, n.city])).toEqual([
      ['demo-goerlitz', 'Görlitz'],
      ['demo-mueller', 'Weißwasser/O.L.'],
    ])
  })

  it('keeps an actor without a place: no location, still listed and linked', async () => {
    const { body } = await getJson<ActorDetailResponse>(api, '/api/actors/demo-ohne-ort')
    expect(body.actor.location).toBeNull()
  })

  it.each(['demo-pruefung', 'demo-archiv'])(
    'does not show %s, an actor awaiting moderation or archived',
    async (id) => {
      await expectProblem(await api.app.request(`/api/actors/${id}`), 404)
    },
  )
})
