/**
 * The partner finder: resolve where to search, take the candidates within the radius that pass the filters,
 * score them and keep the best (rank-partners.ts), and explain only those. Ranking: score descending, then distance ascending,
 * then German name order, so equal scores always come out in the same order.
 */
import {
  DEFAULT_PARTNER_RADIUS_KM,
  type Actor,
  type Place,
  type PartnerQuery,
  type PartnersResponse,
} from '@netzwerkatlas/shared'
import { toActorSummary } from '../actors/actor-summary.ts'
import type { AnalysedNetwork } from '../analysis/analysed-network.ts'
import { actorAsPlace, resolvePlace } from '../places/resolve-place.ts'
import type { PartnerCatalog } from './partner-catalog.ts'
import { noPositionedNetwork, PositionedProximity } from './network-proximity.ts'
import { partnerCandidates, type PartnerFilters } from './partner-candidates.ts'
import { partnerReasons } from './partner-reasons.ts'
import { partnerRelaxations } from './partner-relaxations.ts'
import { PARTNER_WEIGHTS } from './partner-weights.ts'
import { rankPartners } from './rank-partners.ts'
import { PartnerScorer, type SeekerLists } from './score-partner.ts'

export interface FindPartnersOptions {
  /** ISO date freshness is measured against (the route passes today: the domain reads no clock). */
  today: string
  /**
   * The last finished network analysis (it may describe the previous data version): its communities count in
   * the network part of the score. Without one, that part is 0 and `analysisVersion` is null.
   */
  analysed?: AnalysedNetwork & { dataVersion: number }
}

export type FindPartnersResult =
  | { kind: 'ok'; response: PartnersResponse }
  | { kind: 'invalid'; parameter: 'place' | 'from'; detail: string }

const DEFAULT_LIMIT = 20

type Centre =
  | { kind: 'ok'; place: Place; alternatives: Place[] }
  | Extract<FindPartnersResult, { kind: 'invalid' }>

function centreOf(catalog: PartnerCatalog, query: PartnerQuery, from: Actor | undefined): Centre {
  if (query.near) {
    const [lon, lat] = query.near
    const label = `${lat.toFixed(4)}° N, ${lon.toFixed(4)}° E`
    const place: Place = {
      kind: 'point',
      id: `${lon},${lat}`,
      name: label,
      label,
      point: [lon, lat],
      precision: 'point',
      ref: `${lon},${lat}`,
    }
    return { kind: 'ok', place, alternatives: [] }
  }
  if (query.place) {
    const resolution = resolvePlace(catalog.places, query.place, (id) => catalog.actorById(id))
    switch (resolution.kind) {
      case 'resolved':
        return { kind: 'ok', place: resolution.place, alternatives: resolution.alternatives }
      case 'ambiguous':
        return {
          kind: 'invalid',
          parameter: 'place',
          detail: `"${query.place}" names several places: ${resolution.choices.map((p) => p.label).join('; ')}. Choose one.`,
        }
      case 'not_located':
        return {
          kind: 'invalid',
          parameter: 'place',
          detail: `actor "${resolution.actorId}" has no location`,
        }
      case 'unknown':
        return {
          kind: 'invalid',
          parameter: 'place',
          detail:
            resolution.suggestions.length > 0
              ? `unknown place "${query.place}"; did you mean: ${resolution.suggestions.join('; ')}?`
              : `unknown place "${query.place}"`,
        }
    }
  }
  const place = from && actorAsPlace(from)
  if (!place)
    return {
      kind: 'invalid',
      parameter: 'from',
      detail: 'my organisation has no location: name a place',
    }
  return { kind: 'ok', place, alternatives: [] }
}

export function findPartners(
  catalog: PartnerCatalog,
  query: PartnerQuery,
  { today, analysed }: FindPartnersOptions,
): FindPartnersResult {
  const from = query.from ? catalog.actorById(query.from) : undefined
  if (query.from && !from) {
    return { kind: 'invalid', parameter: 'from', detail: `there is no actor "${query.from}"` }
  }
  const centre = centreOf(catalog, query, from)
  if (centre.kind === 'invalid') return centre
  const radiusKm = query.radiusKm ?? DEFAULT_PARTNER_RADIUS_KM
  const filters: PartnerFilters = {
    kind: query.kind,
    type: query.type,
    topic: query.topic,
    district: query.district,
    municipality: query.municipality,
    synthetic: query.synthetic,
    text: query.text,
  }
  const columns = catalog.partnerColumns()
  const actors = catalog.actorsInNameOrder
  // My organisation's ties and community (network-proximity.ts), read from the columns' neighbour rows.
  const network = from
    ? new PositionedProximity(columns.positionOf.get(from.id)!, columns, actors, analysed)
    : noPositionedNetwork
  const seeker: SeekerLists = {
    topics: query.topic ?? from?.topics ?? [],
    offers: query.offers ?? from?.offers ?? [],
    needs: query.needs ?? from?.needs ?? [],
    today,
  }
  const point = centre.place.point
  const candidates = partnerCandidates(catalog, point, radiusKm, filters, from?.id)
  const scorer = new PartnerScorer(radiusKm, seeker, network, columns)
  const page = rankPartners(candidates, scorer, network, query.limit ?? DEFAULT_LIMIT)
  const nameOf = (id: string) => catalog.actorById(id)?.name ?? id
  // Reasons and sentences only for the page shown.
  const results: PartnersResponse['results'] = []
  for (const { index, score } of page) {
    const position = candidates.positions[index]!
    const actor = actors[position]!
    const distanceKm = candidates.distancesKm[index]!
    const rounded = Math.round(distanceKm * 1000) / 1000
    results.push({
      // Assigned, not spread into a literal: V8's slow path for that cost more than the actor's whole score.
      actor: Object.assign(toActorSummary(actor, catalog.placeOf(actor)), {
        contact: actor.contact,
        website: actor.website,
        offers: actor.offers,
        needs: actor.needs,
      }),
      distanceKm: rounded,
      score,
      reasons: partnerReasons(scorer.explainAt(position, actor, distanceKm), {
        actorType: actor.type,
        distanceKm: rounded,
        nameOf,
      }),
    })
  }
  const total = candidates.positions.length
  return {
    kind: 'ok',
    response: {
      place: centre.place,
      alternatives: centre.alternatives,
      radiusKm,
      weights: PARTNER_WEIGHTS,
      total,
      results,
      relaxations:
        total === 0 ? partnerRelaxations(catalog, point, radiusKm, filters, from?.id) : [],
      dataVersion: catalog.dataVersion,
      analysisVersion: analysed?.dataVersion ?? null,
    },
  }
}
