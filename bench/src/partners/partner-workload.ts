/**
 * The partner bench's world, in-process: the demo generator's actors at a given size, the API's own index over
 * them, and a seeded list of partner queries (a municipality, 30 km, one or two topics, a need, sometimes an
 * organisation whose partners count). No server: the suite measures the finder, not HTTP.
 */
import type { Actor, OfferNeed, PartnerQuery, Topic } from '@netzwerkatlas/shared'
import { offersNeeds, topics } from '@netzwerkatlas/shared'
import { geographyOf } from '../../../api/src/geography.ts'
import { buildNetworkIndex, type NetworkIndex } from '../../../api/src/index/network-index.ts'
import { decodeRecords, encodeRecords } from '../../../api/src/store/snapshot-codec.ts'
import { generateDemoNetwork } from '../../../data/demo/index.ts'
import { loadGazetteer } from '../../../data/geo/index.ts'

export const BENCH_TODAY = '2026-11-25'
const GEO_DIR = new URL('../../../../shared/data/geo', import.meta.url).pathname

/** A small, seeded generator (mulberry32): the same queries every run. */
function seededRandom(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface PartnerWorkload {
  index: NetworkIndex
  actors: readonly Actor[]
  queries: PartnerQuery[]
  buildMs: number
}

export function partnerWorkload(actorCount: number, queryCount: number): PartnerWorkload {
  const gazetteer = loadGazetteer(GEO_DIR)
  const records = generateDemoNetwork({ actorCount, seed: 20211008, gazetteer, today: BENCH_TODAY })
  const stamp = `${BENCH_TODAY}T00:00:00Z`
  // WARNING: records built by spreading give (nearly) every actor a hidden class of its own, and every property
  // read of the finder then misses V8's caches: 40–100× slower than the server, whose actors come from
  // actorFromRow or the saved snapshot (one shape). Decoding through the saved-snapshot codec gives the
  // server's shape.
  const decoded = decodeRecords(
    encodeRecords({
      actors: records.actors.map((actor) => ({
        ...actor,
        createdAt: stamp,
        updatedAt: stamp,
        version: 1,
      })),
      relationships: records.relationships.map((relationship) => ({
        ...relationship,
        createdAt: stamp,
        updatedAt: stamp,
        version: 1,
      })),
    }),
  )!
  const actors: Actor[] = decoded.actors
  const relationships = decoded.relationships
  const startedAt = performance.now()
  const index = buildNetworkIndex(
    { dataVersion: 1, actors, relationships, datasets: [], databaseId: 'bench' },
    geographyOf(gazetteer),
  )
  const buildMs = performance.now() - startedAt

  const random = seededRandom(actorCount)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  const municipalities = gazetteer.municipalities
  const queries = Array.from({ length: queryCount }, (_, n): PartnerQuery => {
    const topicList: Topic[] = [pick(topics.ids)]
    if (random() < 0.5) topicList.push(pick(topics.ids))
    const need: OfferNeed = pick(offersNeeds.ids)
    return {
      place: `ags:${pick(municipalities).ags}`,
      radiusKm: 30,
      topic: [...new Set(topicList)],
      needs: [need],
      // Every third query comes from an organisation, so shared partners are counted too.
      from: n % 3 === 0 ? pick(index.actorsInNameOrder).id : undefined,
    }
  })
  return { index, actors, queries, buildMs }
}
