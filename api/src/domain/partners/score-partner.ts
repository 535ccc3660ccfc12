/**
 * The score of one candidate: the sum of its parts, each between 0 and its weight (partner-weights.ts), rounded
 * to hundredths so that equal parts give equal scores (ties are then broken by distance, then name order).
 */
import type { Actor, OfferNeed, Topic } from '@netzwerkatlas/shared'
import type { NetworkProximity } from './network-proximity.ts'
import {
  FRESHNESS_DAYS,
  PARTNER_WEIGHTS as W,
  SHARED_PARTNERS_FOR_FULL_POINTS,
  TYPICAL_PROVIDERS,
} from './partner-weights.ts'

/** What I bring to the search: explicit in the query, else taken from my organisation. */
export interface Seeker {
  topics: readonly Topic[]
  offers: readonly OfferNeed[]
  needs: readonly OfferNeed[]
  network: NetworkProximity
  /** ISO date the freshness is measured against. */
  today: string
}

export interface ScoreParts {
  distance: number
  topic: number
  complement: number
  type: number
  network: number
  freshness: number
  sharedTopics: Topic[]
  theyOffer: OfferNeed[]
  theyNeed: OfferNeed[]
  typeFitsNeeds: OfferNeed[]
  sharedPartners: readonly string[]
  alreadyPartnered: boolean
  lastVerified: string | null
  ageDays: number | null
}

const points = (weight: number, share: number) => Math.round(weight * share * 100) / 100

const DAY_MS = 86_400_000

export function ageInDays(lastVerified: string, today: string): number {
  return Math.max(0, Math.round((Date.parse(today) - Date.parse(lastVerified)) / DAY_MS))
}

export function scorePartner(
  actor: Actor,
  distanceKm: number,
  radiusKm: number,
  seeker: Seeker,
): ScoreParts {
  const sharedTopics = seeker.topics.filter((topic) => actor.topics.includes(topic))
  const theyOffer = seeker.needs.filter((need) => actor.offers.includes(need))
  const theyNeed = seeker.offers.filter((offer) => actor.needs.includes(offer))
  const asked = seeker.needs.length + seeker.offers.length
  const typeFitsNeeds = seeker.needs.filter((need) => TYPICAL_PROVIDERS[need].includes(actor.type))
  const alreadyPartnered = seeker.network.isPartner(actor.id)
  const sharedPartners = seeker.network.sharedPartnersOf(actor.id)
  const lastVerified = actor.provenance.lastVerified
  const ageDays = lastVerified ? ageInDays(lastVerified, seeker.today) : null
  const networkShare = alreadyPartnered
    ? 0
    : Math.min(sharedPartners.length, SHARED_PARTNERS_FOR_FULL_POINTS) /
      SHARED_PARTNERS_FOR_FULL_POINTS
  return {
    distance: points(W.distance, Math.max(0, 1 - distanceKm / radiusKm)),
    topic: seeker.topics.length ? points(W.topic, sharedTopics.length / seeker.topics.length) : 0,
    complement: asked ? points(W.complement, (theyOffer.length + theyNeed.length) / asked) : 0,
    type: typeFitsNeeds.length > 0 ? W.type : 0,
    network: points(W.network, networkShare),
    freshness:
      ageDays === null ? 0 : points(W.freshness, Math.max(0, 1 - ageDays / FRESHNESS_DAYS)),
    sharedTopics,
    theyOffer,
    theyNeed,
    typeFitsNeeds,
    sharedPartners,
    alreadyPartnered,
    lastVerified,
    ageDays,
  }
}

export function totalScore(parts: ScoreParts): number {
  const sum =
    parts.distance + parts.topic + parts.complement + parts.type + parts.network + parts.freshness
  return Math.round(sum * 100) / 100
}
