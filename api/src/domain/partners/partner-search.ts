/**
 * What every partner search does before and after finding its candidates, whichever way it finds them: check
 * my organisation and the place, fix the radius, filters and the seeker's lists (`preparePartnerSearch`), and
 * turn the ranked page into the response (`partnerResult`, `searchPartners`). The finder (find-partners.ts)
 * and the bench's linear scan share it, so the two differ only in how they find and rank candidates.
 */
import {
  DEFAULT_PARTNER_RADIUS_KM,
  type Actor,
  type Place,
  type PartnerQuery,
  type PartnerRelaxation,
  type PartnersResponse,
} from '@netzwerkatlas/shared'
import { toActorSummary } from '../actors/actor-summary.ts'
import type { AnalysedNetwork } from '../analysis/analysed-network.ts'
import { actorAsPlace, resolvePlace } from '../places/resolve-place.ts'
import type { PartnerCatalog } from './partner-catalog.ts'
import type { PartnerFilters } from './partner-candidates.ts'
import { partnerReasons } from './partner-reasons.ts'
import { PARTNER_WEIGHTS } from './partner-weights.ts'
import type { ExplainedParts, SeekerLists } from './score-partner.ts'

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

type Invalid = Extract<FindPartnersResult, { kind: 'invalid' }>

const DEFAULT_PARTNER_LIMIT = 20

interface Centre {
  place: Place
  alternatives: Place[]
}

/** A valid search, ready for its candidates. */
export interface PreparedSearch {
  kind: 'ok'
  from: Actor | undefined
  centre: Centre
  radiusKm: number
  filters: PartnerFilters
  seeker: SeekerLists
  limit: number
}

function pointCentre([lon, lat]: readonly [number, number]): Centre {
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
  return { place, alternatives: [] }
}

function placeCentre(catalog: PartnerCatalog, name: string): Centre | Invalid {
  const resolution = resolvePlace(catalog.places, name, (id) => catalog.actorById(id))
  const invalid = (detail: string): Invalid => ({ kind: 'invalid', parameter: 'place', detail })
  switch (resolution.kind) {
    case 'resolved':
      return { place: resolution.place, alternatives: resolution.alternatives }
    case 'ambiguous':
      return invalid(
        `"${name}" names several places: ${resolution.choices.map((p) => p.label).join('; ')}. Choose one.`,
      )
    case 'not_located':
      return invalid(`actor "${resolution.actorId}" has no location`)
    case 'unknown':
      return invalid(
        resolution.suggestions.length > 0
          ? `unknown place "${name}"; did you mean: ${resolution.suggestions.join('; ')}?`
          : `unknown place "${name}"`,
      )
  }
}

function centreOf(
  catalog: PartnerCatalog,
  query: PartnerQuery,
  from: Actor | undefined,
): Centre | Invalid {
  if (query.near) return pointCentre(query.near)
  if (query.place) return placeCentre(catalog, query.place)
  const place = from && actorAsPlace(from)
  if (!place)
    return {
      kind: 'invalid',
      parameter: 'from',
      detail: 'my organisation has no location: name a place',
    }
  return { place, alternatives: [] }
}

function preparePartnerSearch(
  catalog: PartnerCatalog,
  query: PartnerQuery,
  today: string,
): PreparedSearch | Invalid {
  const from = query.from ? catalog.actorById(query.from) : undefined
  if (query.from && !from) {
    return { kind: 'invalid', parameter: 'from', detail: `there is no actor "${query.from}"` }
  }
  const centre = centreOf(catalog, query, from)
  if ('kind' in centre) return centre
  return {
    kind: 'ok',
    from,
    centre,
    radiusKm: query.radiusKm ?? DEFAULT_PARTNER_RADIUS_KM,
    filters: {
      kind: query.kind,
      type: query.type,
      topic: query.topic,
      district: query.district,
      municipality: query.municipality,
      synthetic: query.synthetic,
      text: query.text,
    },
    // What I bring: explicit in the query, else taken from my organisation.
    seeker: {
      topics: query.topic ?? from?.topics ?? [],
      offers: query.offers ?? from?.offers ?? [],
      needs: query.needs ?? from?.needs ?? [],
      today,
    },
    limit: query.limit ?? DEFAULT_PARTNER_LIMIT,
  }
}

export type PartnerResult = PartnersResponse['results'][number]

/** The names a page's reasons give my shared partners by; made once per search, not per result. */
export const actorNamesOf =
  (catalog: PartnerCatalog) =>
  (actorId: string): string =>
    catalog.actorById(actorId)?.name ?? actorId

/** One shown result: the actor's summary with its contact, offers and needs, and the reasons in words. */
export function partnerResult(
  catalog: PartnerCatalog,
  actor: Actor,
  distanceKm: number,
  score: number,
  explanation: ExplainedParts,
  nameOf: (actorId: string) => string,
): PartnerResult {
  const rounded = Math.round(distanceKm * 1000) / 1000
  // WARNING: set one by one, neither spread into a literal nor Object.assign'ed: V8 copies both on a slow path
  // (a spread ~1-2.5 µs, Object.assign ~0.25 µs per result, more than explaining it), a property set ~0.01 µs.
  const partnerActor = toActorSummary(actor, catalog.placeOf(actor)) as PartnerResult['actor']
  partnerActor.contact = actor.contact
  partnerActor.website = actor.website
  partnerActor.offers = actor.offers
  partnerActor.needs = actor.needs
  return {
    actor: partnerActor,
    distanceKm: rounded,
    score,
    reasons: partnerReasons(explanation, {
      actorType: actor.type,
      distanceKm: rounded,
      nameOf,
    }),
  }
}

/** What a search's way of finding gives: how many are inside, the page shown, and what to relax if none. */
export interface FoundPage {
  total: number
  results: PartnerResult[]
  relaxations: PartnerRelaxation[]
}

/**
 * A partner search with `findPage` as the way to find, rank and explain its page (the finder's index, the
 * bench's scan); the checks before and the response after are the same for both.
 */
export function searchPartners(
  catalog: PartnerCatalog,
  query: PartnerQuery,
  { today, analysed }: FindPartnersOptions,
  findPage: (search: PreparedSearch, analysed: FindPartnersOptions['analysed']) => FoundPage,
): FindPartnersResult {
  const search = preparePartnerSearch(catalog, query, today)
  if (search.kind === 'invalid') return search
  const { total, results, relaxations } = findPage(search, analysed)
  return {
    kind: 'ok',
    response: {
      place: search.centre.place,
      alternatives: search.centre.alternatives,
      radiusKm: search.radiusKm,
      weights: PARTNER_WEIGHTS,
      total,
      results,
      relaxations,
      dataVersion: catalog.dataVersion,
      analysisVersion: analysed?.dataVersion ?? null,
    },
  }
}
