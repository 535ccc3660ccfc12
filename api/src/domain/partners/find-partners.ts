/**
 * The partner finder: resolve where to search, take the candidates within the radius that pass the filters,
 * score them and keep the best (rank-partners.ts), and explain only those. Ranking: score descending, then distance ascending,
 * then German name order, so equal scores always come out in the same order.
 */
import type { PartnerQuery } from '@netzwerkatlas/shared'
import type { PartnerCatalog } from './partner-catalog.ts'
import { noPositionedNetwork, PositionedProximity } from './network-proximity.ts'
import { partnerCandidates } from './partner-candidates.ts'
import { partnerRelaxations } from './partner-relaxations.ts'
import {
  actorNamesOf,
  partnerResult,
  searchPartners,
  type FindPartnersOptions,
  type FindPartnersResult,
  type FoundPage,
  type PartnerResult,
  type PreparedSearch,
} from './partner-search.ts'
import { rankPartners } from './rank-partners.ts'
import { PartnerScorer } from './score-partner.ts'

function pageFromIndex(
  catalog: PartnerCatalog,
  { from, radiusKm, filters, centre, seeker, limit }: PreparedSearch,
  analysed: FindPartnersOptions['analysed'],
): FoundPage {
  const columns = catalog.partnerColumns()
  const actors = catalog.actorsInNameOrder
  // My organisation's ties and community (network-proximity.ts), read from the columns' neighbour rows.
  const network = from
    ? new PositionedProximity(columns.positionOf.get(from.id)!, columns, actors, analysed)
    : noPositionedNetwork
  const point = centre.place.point
  const candidates = partnerCandidates(catalog, point, radiusKm, filters, from?.id)
  const scorer = new PartnerScorer(radiusKm, seeker, network, columns)
  const page = rankPartners(candidates, scorer, network, limit)
  const nameOf = actorNamesOf(catalog)
  // Reasons and sentences only for the page shown.
  const results: PartnerResult[] = []
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
  return { total, results, relaxations }
}

export function findPartners(
  catalog: PartnerCatalog,
  query: PartnerQuery,
  options: FindPartnersOptions,
): FindPartnersResult {
  return searchPartners(catalog, query, options, (search, analysed) =>
    pageFromIndex(catalog, search, analysed),
  )
}
