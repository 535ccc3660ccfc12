/**
 * The finder's fast path (topic-and-box prefilter, scores without shared partners as a bound, a bounded page)
 * must return exactly what the straightforward way gives: every actor checked against every filter, scored
 * with scoreOf, all of them sorted by score, distance and name order. Compared on demo data for searches with
 * and without my organisation (whose shared partners are what the bound leaves out), wide and narrow radii,
 * small and large pages, and seeded random searches.
 */
import { generateDemoNetwork } from '@netzwerkatlas/data/demo'
import {
  actorTypes,
  haversineKm,
  offersNeeds,
  topics,
  type PartnerQuery,
} from '@netzwerkatlas/shared'
import { describe, expect, it } from 'vitest'
import { matchesActorFilters } from '../src/domain/actors/actor-filters.ts'
// Louvain's seeded generator: the same random searches every run.
import { seededRandom } from '../src/domain/analysis/louvain.ts'
import { findPartners } from '../src/domain/partners/find-partners.ts'
import { networkProximityOf, noNetwork } from '../src/domain/partners/network-proximity.ts'
import { isWithinRadius } from '../src/domain/partners/partner-candidates.ts'
import { partnerReasons } from '../src/domain/partners/partner-reasons.ts'
import { explainScore, scoreOf, type Seeker } from '../src/domain/partners/score-partner.ts'
import { resolvePlace } from '../src/domain/places/resolve-place.ts'
import { geographyOf } from '../src/geography.ts'
import { buildNetworkIndex, type NetworkIndex } from '../src/index/network-index.ts'
import { gazetteer } from './support/test-api.ts'

const TODAY = '2026-11-25'
const records = generateDemoNetwork({ actorCount: 4_000, seed: 11, gazetteer, today: TODAY })
const stamp = `${TODAY}T00:00:00Z`
const withStamps = <T>(record: T) => ({ ...record, createdAt: stamp, updatedAt: stamp, version: 1 })
const index: NetworkIndex = buildNetworkIndex(
  {
    dataVersion: 1,
    actors: records.actors.map(withStamps),
    relationships: records.relationships.map(withStamps),
    datasets: [],
    databaseId: 'fast-path-test',
  },
  geographyOf(gazetteer),
)

/** The straightforward search: no index, no bound, everyone scored and sorted. */
function straightforward(query: PartnerQuery) {
  return straightforwardWith(query).ranked
}

function straightforwardWith(query: PartnerQuery) {
  const resolution = resolvePlace(index.places, query.place!, (id) => index.actorById(id))
  if (resolution.kind !== 'resolved') throw new Error(`${query.place} not resolved`)
  const centre = resolution.place.point
  const radiusKm = query.radiusKm ?? 30
  const from = query.from ? index.actorById(query.from) : undefined
  const seeker: Seeker = {
    topics: query.topic ?? from?.topics ?? [],
    offers: query.offers ?? from?.offers ?? [],
    needs: query.needs ?? from?.needs ?? [],
    network: from ? networkProximityOf(from.id, (id) => index.relationshipsOf(id)) : noNetwork,
    today: TODAY,
  }
  const ranked = index.actorsInNameOrder
    .map((actor, position) => ({ actor, position }))
    .filter(
      ({ actor }) => actor.location && actor.id !== from?.id && matchesActorFilters(actor, query),
    )
    .map(({ actor, position }) => {
      const distanceKm = haversineKm(centre, [actor.location!.lon, actor.location!.lat])
      return { actor, position, distanceKm, score: scoreOf(actor, distanceKm, radiusKm, seeker) }
    })
    .filter(({ distanceKm }) => isWithinRadius(distanceKm, radiusKm))
    .sort((a, b) => b.score - a.score || a.distanceKm - b.distanceKm || a.position - b.position)
  return { ranked, seeker, radiusKm }
}

const sorted = [...index.actorsInNameOrder]
/** Actors with many ties: their searches have many shared partners to count. */
const hubs = sorted
  .filter((actor) => actor.location)
  .sort((a, b) => index.relationshipsOf(b.id).length - index.relationshipsOf(a.id).length)
  .slice(0, 6)

const places = ['ags:14713000', 'ags:14612000', 'ags:14626600', 'ags:14522080', 'ags:14511000']
const queries: PartnerQuery[] = [
  ...places.map((place) => ({
    place,
    radiusKm: 30,
    topic: ['housing', 'seniors'],
    needs: ['premises'],
  })),
  ...places.map((place) => ({ place, radiusKm: 80, needs: ['volunteers'], offers: ['premises'] })),
  ...places.map((place) => ({ place, radiusKm: 15, limit: 100 })),
  ...hubs.map((hub, n) => ({ place: places[n % places.length]!, radiusKm: 60, from: hub.id })),
  ...hubs.map((hub) => ({ place: `actor:${hub.id}`, radiusKm: 40, from: hub.id, limit: 3 })),
  ...hubs.map((hub, n) => ({
    place: places[n % places.length]!,
    radiusKm: 120,
    from: hub.id,
    topic: hub.topics.slice(0, 1),
    type: ['welfare_org', 'civil_society', 'network'],
    limit: 50,
  })),
] as PartnerQuery[]

/**
 * Random searches over everything the score reads from the columns: topics (a repeated one counts twice),
 * offers and needs in both directions, types, my organisation, wide and narrow radii, pages of 1 to 60.
 */
const random = seededRandom(2026_12_03)
const some = <T>(list: readonly T[], most: number) =>
  Array.from(
    { length: Math.floor(random() * (most + 1)) },
    () => list[Math.floor(random() * list.length)]!,
  )
const located = sorted.filter((actor) => actor.location)
const randomQueries = Array.from({ length: 24 }, (): PartnerQuery => {
  const topic = some(topics.ids, 3)
  const offers = some(offersNeeds.ids, 2)
  const needs = some(offersNeeds.ids, 2)
  const type = some(actorTypes.ids, 2)
  return {
    place: places[Math.floor(random() * places.length)]!,
    radiusKm: Math.round(5 + random() * 145),
    topic: topic.length ? topic : undefined,
    offers: offers.length ? offers : undefined,
    needs: needs.length ? needs : undefined,
    type: type.length && random() < 0.3 ? type : undefined,
    from: random() < 0.5 ? located[Math.floor(random() * located.length)]!.id : undefined,
    limit: 1 + Math.floor(random() * 60),
  }
})

describe('the fast path ranks exactly as the straightforward scoring', () => {
  it.each([...queries, ...randomQueries].map((query) => [JSON.stringify(query), query] as const))(
    '%s',
    (_, query) => {
      const expected = straightforward(query)
      const found = findPartners(index, query, { today: TODAY })
      if (found.kind !== 'ok') throw new Error(found.detail)
      const { results, total } = found.response
      expect(total).toBe(expected.length)
      expect(results.map((result) => [result.actor.id, result.score, result.distanceKm])).toEqual(
        expected
          .slice(0, query.limit ?? 20)
          .map((e) => [e.actor.id, e.score, Math.round(e.distanceKm * 1000) / 1000]),
      )
    },
  )

  // The finder explains its page from the columns (PartnerScorer.explainAt); the reference explains each result
  // from the actor's own lists and the id-based proximity (explainScore), and the sentences must be the same.
  it.each([...queries, ...randomQueries].map((query) => [JSON.stringify(query), query] as const))(
    'reasons as explained from the actor itself: %s',
    (_, query) => {
      const { ranked, seeker, radiusKm } = straightforwardWith(query)
      const found = findPartners(index, query, { today: TODAY })
      if (found.kind !== 'ok') throw new Error(found.detail)
      const nameOf = (id: string) => index.actorById(id)?.name ?? id
      expect(found.response.results.map((result) => result.reasons)).toEqual(
        ranked.slice(0, query.limit ?? 20).map(({ actor, distanceKm }) =>
          partnerReasons(explainScore(actor, distanceKm, radiusKm, seeker), {
            actorType: actor.type,
            distanceKm: Math.round(distanceKm * 1000) / 1000,
            nameOf,
          }),
        ),
      )
    },
  )

  it('the searches from my organisation do count shared partners', () => {
    const withShared = queries
      .filter((query) => query.from)
      .flatMap((query) => {
        const found = findPartners(index, query, { today: TODAY })
        return found.kind === 'ok' ? found.response.results : []
      })
      .filter((result) => result.reasons.some((reason) => reason.kind === 'shared_partners'))
    expect(withShared.length).toBeGreaterThan(0)
  })
})
