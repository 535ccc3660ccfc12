/**
 * The partner finder: resolve where to search, take the candidates within the radius that pass the filters,
 * score them and keep the best (rank-partners.ts), and explain only those. Ranking: score descending, then distance ascending,
 * then German name order, so equal scores always come out in the same order.
 */
import type { PartnerQuery, PartnersResponse } from '@netzwerkatlas/shared'
import type { PartnerCatalog } from './partner-catalog.ts'
import { noPositionedNetwork, PositionedProximity } from './network-proximity.ts'
import { partnerCandidates } from './partner-candidates.ts'
import { partnerRelaxations } from './partner-relaxations.ts'
import {
  actorNamesOf,
  partnerResult,
  partnersResponse,
  preparePartnerSearch,
  type FindPartnersOptions,
  type FindPartnersResult,
} from './partner-search.ts'
import { rankPartners } from './rank-partners.ts'
import { PartnerScorer } from './score-partner.ts'

export function findPartners(
  catalog: PartnerCatalog,
  query: PartnerQuery,
  { today, analysed }: FindPartnersOptions,
): FindPartnersResult {
  const search = preparePartnerSearch(catalog, query, today)
  if (search.kind === 'invalid') return search
  const { from, radiusKm, filters } = search
  const columns = catalog.partnerColumns()
  const actors = catalog.actorsInNameOrder
  // My organisation's ties and community (network-proximity.ts), read from the columns' neighbour rows.
  const network = from
    ? new PositionedProximity(columns.positionOf.get(from.id)!, columns, actors, analysed)
    : noPositionedNetwork
  const point = search.centre.place.point
  const candidates = partnerCandidates(catalog, point, radiusKm, filters, from?.id)
  const scorer = new PartnerScorer(radiusKm, search.seeker, network, columns)
  const page = rankPartners(candidates, scorer, network, search.limit)
  const nameOf = actorNamesOf(catalog)
  // Reasons and sentences only for the page shown.
  const results: PartnersResponse['results'] = []
  for (const { index, score } of page) {
    const position = candidates.positions[index]!
    const actor = actors[position]!
    const distanceKm = candidates.distancesKm[index]!
    const explanation = scorer.explainAt(position, actor, distanceKm)
    results.push(partnerResult(catalog, actor, distanceKm, score, explanation, nameOf))
  }
  const total = candidates.positions.length
  const relaxations =
    total === 0
      ? partnerRelaxations(
          radiusKm,
          filters,
          (radius, relaxed) =>
            partnerCandidates(catalog, point, radius, relaxed, from?.id).positions.length,
        )
      : []
  return {
    kind: 'ok',
    response: partnersResponse(catalog, search, total, results, relaxations, analysed),
  }
}
