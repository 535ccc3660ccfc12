/**
 * The score of one candidate: the sum of its parts, each between 0 and its weight (partner-weights.ts), rounded
 * to hundredths so that equal parts give equal scores (ties are then broken by distance, then name order).
 * `scoreOf` counts without building lists, for every candidate; `scoreParts` adds the lists the reasons name,
 * for the results shown. Both give the same score.
 */
import type { Actor, OfferNeed, Topic } from '@netzwerkatlas/shared'
import type { NetworkProximity, SharedCommunity } from './network-proximity.ts'
import {
  FRESHNESS_DAYS,
  PARTNER_WEIGHTS as W,
  SAME_COMMUNITY_POINTS,
  SHARED_PARTNER_POINTS,
  SHARED_PARTNERS_COUNTED,
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
  /** sharedPartners + sameCommunity: what the network part adds. */
  network: number
  sharedPartners: number
  sameCommunity: number
  freshness: number
}

export interface ExplainedParts extends ScoreParts {
  sharedTopics: Topic[]
  theyOffer: OfferNeed[]
  theyNeed: OfferNeed[]
  typeFitsNeeds: OfferNeed[]
  partnersShared: readonly string[]
  community: SharedCommunity | null
  alreadyPartnered: boolean
  lastVerified: string | null
}

const points = (weight: number, share: number) => Math.round(weight * share * 100) / 100

const DAY_MS = 86_400_000

function ageInDays(lastVerified: string, today: string): number {
  return Math.max(0, Math.round((Date.parse(today) - Date.parse(lastVerified)) / DAY_MS))
}

function countIn<T>(wanted: readonly T[], present: readonly T[]): number {
  let count = 0
  for (const item of wanted) if (present.includes(item)) count++
  return count
}

function typeFits(seeker: Seeker, actor: Actor): boolean {
  return seeker.needs.some((need) => TYPICAL_PROVIDERS[need].includes(actor.type))
}

function partsOf(
  actor: Actor,
  distanceKm: number,
  radiusKm: number,
  seeker: Seeker,
  counts: {
    topics: number
    matched: number
    typeFits: boolean
    sharedPartners: number
    sameCommunity: boolean
  },
): ScoreParts {
  const asked = seeker.needs.length + seeker.offers.length
  // "Already your partner" earns no network points: the finder is for new partners.
  const alreadyPartnered = seeker.network.isPartner(actor.id)
  const lastVerified = actor.provenance.lastVerified
  const sharedPartners = alreadyPartnered
    ? 0
    : SHARED_PARTNER_POINTS * Math.min(counts.sharedPartners, SHARED_PARTNERS_COUNTED)
  const sameCommunity = !alreadyPartnered && counts.sameCommunity ? SAME_COMMUNITY_POINTS : 0
  const ageDays = lastVerified ? ageInDays(lastVerified, seeker.today) : null
  return {
    distance: points(W.distance, Math.max(0, 1 - distanceKm / radiusKm)),
    topic: seeker.topics.length ? points(W.topic, counts.topics / seeker.topics.length) : 0,
    complement: asked ? points(W.complement, counts.matched / asked) : 0,
    type: counts.typeFits ? W.type : 0,
    network: sharedPartners + sameCommunity,
    sharedPartners,
    sameCommunity,
    freshness:
      ageDays === null ? 0 : points(W.freshness, Math.max(0, 1 - ageDays / FRESHNESS_DAYS)),
  }
}

function totalScore(parts: ScoreParts): number {
  const sum =
    parts.distance + parts.topic + parts.complement + parts.type + parts.network + parts.freshness
  return Math.round(sum * 100) / 100
}

/** The score alone, without the lists: what every candidate costs. */
export function scoreOf(actor: Actor, distanceKm: number, radiusKm: number, seeker: Seeker) {
  return totalScore(
    partsOf(actor, distanceKm, radiusKm, seeker, {
      topics: countIn(seeker.topics, actor.topics),
      matched: countIn(seeker.needs, actor.offers) + countIn(seeker.offers, actor.needs),
      typeFits: typeFits(seeker, actor),
      sharedPartners: seeker.network.sharedPartnerCount(actor.id),
      sameCommunity: seeker.network.sharedCommunityOf(actor.id) !== null,
    }),
  )
}

/** The parts with what they matched, for the reasons of a shown result. */
export function explainScore(
  actor: Actor,
  distanceKm: number,
  radiusKm: number,
  seeker: Seeker,
): ExplainedParts {
  const sharedTopics = seeker.topics.filter((topic) => actor.topics.includes(topic))
  const theyOffer = seeker.needs.filter((need) => actor.offers.includes(need))
  const theyNeed = seeker.offers.filter((offer) => actor.needs.includes(offer))
  const typeFitsNeeds = seeker.needs.filter((need) => TYPICAL_PROVIDERS[need].includes(actor.type))
  const partnersShared = seeker.network.sharedPartnersOf(actor.id)
  const community = seeker.network.sharedCommunityOf(actor.id)
  const parts = partsOf(actor, distanceKm, radiusKm, seeker, {
    topics: sharedTopics.length,
    matched: theyOffer.length + theyNeed.length,
    typeFits: typeFitsNeeds.length > 0,
    sharedPartners: partnersShared.length,
    sameCommunity: community !== null,
  })
  return {
    ...parts,
    sharedTopics,
    theyOffer,
    theyNeed,
    typeFitsNeeds,
    partnersShared,
    community,
    alreadyPartnered: seeker.network.isPartner(actor.id),
    lastVerified: actor.provenance.lastVerified,
  }
}
