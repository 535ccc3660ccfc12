/**
 * The baseline: the same search without the spatial index, the columns or the bound. Every actor is checked
 * against every filter and the radius, scored from its own lists (scoreOf), and all of them sorted; the page is
 * explained from the actor's lists too (explainScore). What is not about finding and ranking is the finder's
 * own code (partner-search.ts: my organisation, the place, the seeker, the results' summaries and sentences,
 * the response), so both sides build the same response and differ only in how they find and rank.
 */
import { haversineKm, type Actor, type LonLat, type PartnerQuery } from '@netzwerkatlas/shared'
import { matchesActorFilters } from '../../../api/src/domain/actors/actor-filters.ts'
import type { PartnerCatalog } from '../../../api/src/domain/partners/partner-catalog.ts'
import {
  isWithinRadius,
  type PartnerFilters,
} from '../../../api/src/domain/partners/partner-candidates.ts'
import { partnerRelaxations } from '../../../api/src/domain/partners/partner-relaxations.ts'
import {
  actorNamesOf,
  partnerResult,
  searchPartners,
  type FindPartnersOptions,
  type FindPartnersResult,
  type FoundPage,
  type PreparedSearch,
} from '../../../api/src/domain/partners/partner-search.ts'
import {
  networkProximityOf,
  noNetwork,
} from '../../../api/src/domain/partners/network-proximity.ts'
import {
  explainScore,
  scoreOf,
  type Seeker,
} from '../../../api/src/domain/partners/score-partner.ts'

interface Scanned {
  actor: Actor
  position: number
  distanceKm: number
}

/** Every located actor but mine that passes the filters and lies within the radius, in name order. */
function scanWithin(
  catalog: PartnerCatalog,
  centre: LonLat,
  radiusKm: number,
  filters: PartnerFilters,
  excludeId: string | undefined,
): Scanned[] {
  const within: Scanned[] = []
  const actors = catalog.actorsInNameOrder
  for (let position = 0; position < actors.length; position++) {
    const actor = actors[position]!
    if (!actor.location || actor.id === excludeId || !matchesActorFilters(actor, filters)) continue
    const distanceKm = haversineKm(centre, [actor.location.lon, actor.location.lat])
    if (isWithinRadius(distanceKm, radiusKm)) within.push({ actor, position, distanceKm })
  }
  return within
}

function pageFromScan(
  catalog: PartnerCatalog,
  { from, radiusKm, filters, centre, seeker: lists, limit }: PreparedSearch,
  analysed: FindPartnersOptions['analysed'],
): FoundPage {
  const point = centre.place.point
  const seeker: Seeker = {
    ...lists,
    network: from
      ? networkProximityOf(from.id, (id) => catalog.relationshipsOf(id), analysed)
      : noNetwork,
  }
  const scored = scanWithin(catalog, point, radiusKm, filters, from?.id).map(
    ({ actor, position, distanceKm }) => ({
      actor,
      position,
      distanceKm,
      score: scoreOf(actor, distanceKm, radiusKm, seeker),
    }),
  )
  scored.sort((a, b) => b.score - a.score || a.distanceKm - b.distanceKm || a.position - b.position)
  const nameOf = actorNamesOf(catalog)
  const results = scored
    .slice(0, limit)
    .map(({ actor, distanceKm, score }) =>
      partnerResult(
        catalog,
        actor,
        distanceKm,
        score,
        explainScore(actor, distanceKm, radiusKm, seeker),
        nameOf,
      ),
    )
  const relaxations =
    scored.length === 0
      ? partnerRelaxations(
          radiusKm,
          filters,
          (radius, relaxed) => scanWithin(catalog, point, radius, relaxed, from?.id).length,
        )
      : []
  return { total: scored.length, results, relaxations }
}

export function scanPartners(
  catalog: PartnerCatalog,
  query: PartnerQuery,
  options: FindPartnersOptions,
): FindPartnersResult {
  return searchPartners(catalog, query, options, (search, analysed) =>
    pageFromScan(catalog, search, analysed),
  )
}
