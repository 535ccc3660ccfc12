/**
 * Ranking fixtures: actors placed due north of Weißwasser at chosen distances, so every part of each score can be
 * worked out by hand from the documented weights (README, "Partner finder"). The expected numbers are written
 * out beside each actor.
 */
import { PartnersResponseSchema, type LonLat, type NewActor } from '@netzwerkatlas/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locatedAt, makeActor, makeRelationship, testDataset } from './support/builders.ts'
import { gazetteer, startTestApi, type TestApi } from './support/test-api.ts'

const WEISSWASSER = gazetteer.municipalityByAgs.get('14626600')!
const EARTH_RADIUS_KM = 6371.0088

/** A point `km` due north: along a meridian the haversine distance is exactly R·Δφ. */
function northOf([lon, lat]: LonLat, km: number) {
  return locatedAt(lon, lat + (km / EARTH_RADIUS_KM) * (180 / Math.PI), WEISSWASSER.ags)
}

const isoDaysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)

function actorAt(id: string, km: number, facts: Partial<NewActor>): NewActor {
  return makeActor({ id, name: `Demo-${id}`, ...northOf(WEISSWASSER.center, km), ...facts })
}

const verified = (days: number) => ({
  provenance: { ...makeActor({ id: 'x' }).provenance, lastVerified: isoDaysAgo(days) },
})

// Query: 30 km, topics housing + seniors, needs premises, offers volunteers (two things asked).
const fixtures = [
  // distance 30·(1−3/30)=27, topic 25·1/2=12.5, complement 25·2/2=25 (offers premises, needs volunteers),
  // type 5 (welfare_org typically provides premises): 69.5
  actorAt('b', 3, {
    type: 'welfare_org',
    topics: ['housing'],
    offers: ['premises'],
    needs: ['volunteers'],
  }),
  // distance 24, topic 25, complement 12.5: 61.5
  actorAt('a', 6, { topics: ['housing', 'seniors'], offers: ['premises'] }),
  // distance 15, topic 25, type 5 (sociocultural_centre), freshness 5 (verified today): 50
  actorAt('c', 15, {
    type: 'sociocultural_centre',
    topics: ['seniors', 'housing'],
    ...verified(0),
  }),
  // distance 18, topic 12.5, complement 12.5: 43 — and "e" the same: a tie broken by name ("d" before "e").
  actorAt('e', 12, { topics: ['housing'], offers: ['premises'] }),
  actorAt('d', 12, { topics: ['housing'], offers: ['premises'] }),
  // distance 3, topic 25, complement 12.5, freshness 5·(1−547/1095)=2.50: 43 — tied with d and e, but farther.
  actorAt('f', 27, { topics: ['seniors', 'housing'], offers: ['premises'], ...verified(547) }),
  // exactly on the radius: inside, distance 0, topic 12.5: 12.5
  actorAt('h', 30, { topics: ['housing'] }),
  // 2 m beyond the radius and far beyond: outside.
  actorAt('i', 30.002, { topics: ['housing'] }),
  actorAt('g', 31, { topics: ['housing', 'seniors'], offers: ['premises'] }),
  // no wanted topic: filtered out.
  actorAt('j', 1, { topics: ['culture'], offers: ['premises'] }),
]

// My organisation with two partners (p1, p2) who both work with k, and a direct partner q.
const network = [
  actorAt('ich', 0, {}),
  actorAt('p1', 20, { name: 'Demo-Partner Eins', topics: ['migration'] }),
  actorAt('p2', 20, { name: 'Demo-Partner Zwei', topics: ['migration'] }),
  actorAt('k', 10, { topics: ['migration'] }),
  actorAt('l', 5, { topics: ['migration'] }),
  actorAt('q', 2, { topics: ['migration'] }),
]
const ties = [
  ['ich', 'p1'],
  ['ich', 'p2'],
  ['p1', 'k'],
  ['p2', 'k'],
  ['ich', 'q'],
].map(([sourceId, targetId], n) =>
  makeRelationship({
    id: `demo-tie-${n}`,
    sourceId: `demo-${sourceId}`,
    targetId: `demo-${targetId}`,
  }),
)

let api: TestApi
beforeAll(async () => {
  const prefixed = (actors: NewActor[]) => actors.map((a) => ({ ...a, id: `demo-${a.id}` }))
  api = await startTestApi(testDataset([...prefixed(fixtures), ...prefixed(network)], ties))
  // The partner finder never waits for the analysis (its communities count): let the first one finish.
  await api.app.request('/api/network/communities')
})
afterAll(async () => api.close())

async function partners(query: string) {
  const response = await api.app.request(`/api/partners?${query}`)
  expect(response.status).toBe(200)
  return PartnersResponseSchema.parse(await response.json())
}

describe('partner ranking by the documented weights', () => {
  it('ranks the fixtures in the order worked out by hand, ties by distance, then name', async () => {
    const body = await partners(
      'place=Weißwasser&radiusKm=30&topic=housing,seniors&needs=premises&offers=volunteers&synthetic=true',
    )
    const ranked = body.results
      .filter((r) => !network.some((n) => `demo-${n.id}` === r.actor.id))
      .map((r) => [r.actor.id.replace('demo-', ''), r.score])
    expect(ranked).toEqual([
      ['b', 69.5],
      ['a', 61.5],
      ['c', 50],
      ['d', 43],
      ['e', 43],
      ['f', 43],
      ['h', 12.5],
    ])
  })

  it('keeps an actor exactly on the radius and drops one 2 m beyond it', async () => {
    const body = await partners('place=Weißwasser&radiusKm=30&topic=housing')
    const ids = body.results.map((r) => r.actor.id)
    expect(ids).toContain('demo-h')
    expect(ids).not.toContain('demo-i')
    expect(body.results.find((r) => r.actor.id === 'demo-h')?.distanceKm).toBe(30)
    expect(body.results.every((r) => r.distanceKm <= 30)).toBe(true)
  })

  it('explains every part of a score in German and English, and the parts add up to it', async () => {
    const body = await partners(
      'place=Weißwasser&radiusKm=30&topic=housing,seniors&needs=premises&offers=volunteers',
    )
    const b = body.results.find((r) => r.actor.id === 'demo-b')!
    expect(b.reasons.map((r) => [r.kind, r.weight])).toEqual([
      ['distance', 27],
      ['topic', 12.5],
      ['they_need', 12.5],
      ['they_offer', 12.5],
      ['type', 5],
    ])
    expect(b.reasons.map((r) => r.de)).toEqual([
      '3,0 km entfernt',
      'Thema Wohnen',
      'sucht Ehrenamtliche — Sie bieten Ehrenamtliche',
      'bietet Räume — Sie suchen Räume',
      'Wohlfahrtsverband: bietet oft Räume',
    ])
    expect(b.reasons[3]?.en).toBe('offers premises — you are looking for premises')
    for (const result of body.results) {
      const sum = result.reasons.reduce((total, reason) => total + reason.weight, 0)
      expect(sum).toBeCloseTo(result.score, 1)
    }
    expect(body.weights).toEqual({
      distance: 30,
      topic: 25,
      complement: 25,
      type: 5,
      network: 10,
      freshness: 5,
    })
  })

  it('counts shared partners of my organisation and marks who is already my partner', async () => {
    const body = await partners('from=demo-ich&radiusKm=25&topic=migration')
    // Each has the topic: 25. q: distance 30·(1−2/25)=27.6, already a partner: 52.6; l: 24: 49; k: 30·0.6=18 +
    // 2 shared partners 2·2=4 (Louvain does not put it in my community, see partners-network.test.ts for that
    // part): 47; p1 and p2: 30·0.2=6 each: 31, tied: name order.
    expect(body.place).toMatchObject({ kind: 'actor', id: 'demo-ich', precision: 'address' })
    expect(body.results.map((r) => [r.actor.id, r.score])).toEqual([
      ['demo-q', 52.6],
      ['demo-l', 49],
      ['demo-k', 47],
      ['demo-p1', 31],
      ['demo-p2', 31],
    ])
    const k = body.results[2]!
    expect(k.reasons.map((r) => r.kind)).not.toContain('same_community')
    expect(k.reasons.find((r) => r.kind === 'shared_partners')).toMatchObject({
      weight: 4,
      de: '2 gemeinsame Partner: Demo-Partner Eins, Demo-Partner Zwei',
      en: '2 shared partners: Demo-Partner Eins, Demo-Partner Zwei',
      partners: [
        { id: 'demo-p1', name: 'Demo-Partner Eins' },
        { id: 'demo-p2', name: 'Demo-Partner Zwei' },
      ],
    })
    expect(body.results[0]!.reasons.map((r) => r.kind)).toContain('already_partnered')
  })

  it('says what to relax when nothing is within the radius', async () => {
    const body = await partners('place=Weißwasser&radiusKm=0.5&topic=culture')
    expect(body.results).toEqual([])
    expect(body.relaxations).toEqual([
      { parameter: 'radiusKm', radiusKm: 50, count: 1, de: 'mit 50 km: 1', en: 'with 50 km: 1' },
      // My organisation "ich" sits at the centre and works on no topic.
      {
        parameter: 'topic',
        count: 1,
        de: 'ohne Themenfilter: 1',
        en: 'without the topic filter: 1',
      },
    ])
    const withoutTopic = await partners('place=Weißwasser&radiusKm=0.5&topic=youth')
    expect(withoutTopic.relaxations.map((r) => r.de)).toEqual(['ohne Themenfilter: 1'])
  })
})
