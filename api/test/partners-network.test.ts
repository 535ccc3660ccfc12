/**
 * The partner score uses the network analysis: a candidate in my organisation's Louvain community earns the
 * community points with a reason naming it ("gleiche Community: …"), shared partners earn theirs, and an actor
 * already my partner earns none. Actors due north of Weißwasser at chosen distances, so each score is worked out
 * by hand from the documented weights (README, "Partner finder"); the numbers are written beside each actor.
 */
import {
  PartnersResponseSchema,
  type NetworkCommunitiesResponse,
  type NewActor,
} from '@netzwerkatlas/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locatedAt, makeActor, makeRelationship, testDataset } from './support/builders.ts'
import { getJson } from './support/http.ts'
import { gazetteer, startTestApi, type TestApi } from './support/test-api.ts'

const WEISSWASSER = gazetteer.municipalityByAgs.get('14626600')!
const EARTH_RADIUS_KM = 6371.0088

function actorAt(id: string, km: number, facts: Partial<NewActor> = {}): NewActor {
  const [lon, lat] = WEISSWASSER.center
  return makeActor({
    id: `demo-${id}`,
    name: `Demo-${id}`,
    topics: ['migration'],
    ...locatedAt(lon, lat + (km / EARTH_RADIUS_KM) * (180 / Math.PI), WEISSWASSER.ags),
    ...facts,
  })
}

// Every candidate has the wanted topic (25 points); distance 30·(1 − km/25) with the 25 km radius.
const actors = [
  actorAt('ich', 0),
  // Community A (ich, a1–a3 all tied to each other; c and d hang on to it).
  actorAt('a1', 12.5), // already my partner: 15 + 25, no network points: 40
  actorAt('a2', 24), // already my partner: 1.2 + 25: 26.2
  actorAt('a3', 24), // already my partner: 26.2, tied with a2 (name order)
  actorAt('c', 20), // 6 + 25 + 3 shared partners (a1, a2, a3) 6 + same community 4: 41
  actorAt('d', 10), // 18 + 25 + 1 shared partner (a1) 2 + same community 4: 49
  // Community B (b1–b4 all tied to each other, e with two of them), one bridge a3–b1.
  actorAt('b1', 15), // 12 + 25 + 1 shared partner (a3) 2, other community: 39
  actorAt('b2', 22), // 3.6 + 25: 28.6
  actorAt('b3', 22), // 28.6
  actorAt('b4', 22), // 28.6
  actorAt('e', 5), // 24 + 25, no shared partner, other community: 49 — tied with d, nearer: first
  actorAt('g', 2.5), // no ties at all: 27 + 25: 52
]
const clique = (ids: string[]) =>
  ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as const))
const ties = [
  ...clique(['ich', 'a1', 'a2', 'a3']),
  ['c', 'a1'],
  ['c', 'a2'],
  ['c', 'a3'],
  ['d', 'a1'],
  ...clique(['b1', 'b2', 'b3', 'b4']),
  ['e', 'b2'],
  ['e', 'b3'],
  ['a3', 'b1'],
].map(([a, b]) =>
  makeRelationship({ id: `demo-rel-${a}-${b}`, sourceId: `demo-${a}`, targetId: `demo-${b}` }),
)

let api: TestApi
beforeAll(async () => {
  api = await startTestApi(testDataset(actors, ties))
  // The partner finder never waits for the analysis: let the first one finish, as a running server has.
  await getJson(api, '/api/network/communities')
})
afterAll(() => api.close())

async function partners(query: string) {
  const response = await api.app.request(`/api/partners?${query}`)
  expect(response.status).toBe(200)
  return PartnersResponseSchema.parse(await response.json())
}

describe('partner score with the network analysis', () => {
  it('finds the two communities the ranking below is derived from', async () => {
    const { body } = await getJson<NetworkCommunitiesResponse>(api, '/api/network/communities')
    const groups = body.communities
      .map((community) => community.members.map((id) => id.replace('demo-', '')).sort())
      .sort((x, y) => y.length - x.length)
    expect(groups.slice(0, 2)).toEqual([
      ['a1', 'a2', 'a3', 'c', 'd', 'ich'],
      ['b1', 'b2', 'b3', 'b4', 'e'],
    ])
  })

  it('ranks in the order worked out by hand: shared partners, same community, already partnered', async () => {
    const body = await partners('from=demo-ich&radiusKm=25&topic=migration')
    expect(body.results.map((r) => [r.actor.id.replace('demo-', ''), r.score])).toEqual([
      ['g', 52],
      ['e', 49],
      ['d', 49],
      ['c', 41],
      ['a1', 40],
      ['b1', 39],
      ['b2', 28.6],
      ['b3', 28.6],
      ['b4', 28.6],
      ['a2', 26.2],
      ['a3', 26.2],
    ])
    expect(body.analysisVersion).toBe(body.dataVersion)
  })

  it('names the shared community in German and English, with the points it adds', async () => {
    const body = await partners('from=demo-ich&radiusKm=25&topic=migration')
    const { body: communities } = await getJson<NetworkCommunitiesResponse>(
      api,
      '/api/network/communities',
    )
    const mine = communities.communities.find((c) => c.members.includes('demo-ich'))!
    expect(mine.name.de).toBe('Görlitz · Migration und Integration')
    const reasonsOf = (id: string) => body.results.find((r) => r.actor.id === `demo-${id}`)!.reasons
    expect(reasonsOf('c').map((r) => [r.kind, r.weight])).toEqual([
      ['distance', 6],
      ['topic', 25],
      ['shared_partners', 6],
      ['same_community', 4],
    ])
    expect(reasonsOf('c').find((r) => r.kind === 'same_community')).toEqual({
      kind: 'same_community',
      weight: 4,
      de: 'gleiche Community: Görlitz · Migration und Integration',
      en: 'same community: Görlitz · Migration and integration',
      community: { id: mine.id, name: mine.name },
    })
    // Already my partner: said so, as before, and no network points even though in my community.
    expect(reasonsOf('a1').map((r) => [r.kind, r.weight])).toEqual([
      ['distance', 15],
      ['topic', 25],
      ['already_partnered', 0],
    ])
    expect(reasonsOf('b1').map((r) => r.kind)).not.toContain('same_community')
    for (const result of body.results) {
      const sum = result.reasons.reduce((total, reason) => total + reason.weight, 0)
      expect(sum).toBeCloseTo(result.score, 1)
    }
  })

  it('gives no community points without my organisation', async () => {
    const body = await partners('place=Weißwasser&radiusKm=25&topic=migration')
    expect(body.results.flatMap((r) => r.reasons).map((r) => r.kind)).not.toContain(
      'same_community',
    )
  })
})
