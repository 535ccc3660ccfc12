/**
 * The score of one candidate: the sum of its parts, each between 0 and its weight (partner-weights.ts), rounded
 * to hundredths so that equal parts give equal scores (ties are then broken by distance, then name order).
 * `scoreOf` is the score of one actor on its own (the linear scan and the tests use it); `partnerScorer` is the
 * same arithmetic with the seeker's lists turned into lookups once per query, for every candidate of a search;
 * `explainScore` adds the lists the reasons name, for the results shown. All three give the same score.
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

/** What a candidate matched, counted: all the score needs to know about it besides its distance. */
interface MatchCounts {
  topics: number
  matched: number
  typeFits: boolean
  alreadyPartnered: boolean
  sharedPartners: number
  sameCommunity: boolean
  /** Days since it was last verified; null if never. */
  ageDays: number | null
}

function partsOf(
  distanceKm: number,
  radiusKm: number,
  seeker: Seeker,
  counts: MatchCounts,
): ScoreParts {
  const asked = seeker.needs.length + seeker.offers.length
  // "Already your partner" earns no network points: the finder is for new partners.
  const { alreadyPartnered, ageDays } = counts
  const sharedPartners = alreadyPartnered
    ? 0
    : SHARED_PARTNER_POINTS * Math.min(counts.sharedPartners, SHARED_PARTNERS_COUNTED)
  const sameCommunity = !alreadyPartnered && counts.sameCommunity ? SAME_COMMUNITY_POINTS : 0
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

const ageOf = (actor: Actor, today: string) => {
  const lastVerified = actor.provenance.lastVerified
  return lastVerified ? ageInDays(lastVerified, today) : null
}

/** The score of one actor, straight from the seeker's lists. */
export function scoreOf(actor: Actor, distanceKm: number, radiusKm: number, seeker: Seeker) {
  return totalScore(
    partsOf(distanceKm, radiusKm, seeker, {
      topics: countIn(seeker.topics, actor.topics),
      matched: countIn(seeker.needs, actor.offers) + countIn(seeker.offers, actor.needs),
      typeFits: typeFits(seeker, actor),
      alreadyPartnered: seeker.network.isPartner(actor.id),
      sharedPartners: seeker.network.sharedPartnerCount(actor.id),
      sameCommunity: seeker.network.sharedCommunityOf(actor.id) !== null,
      ageDays: ageOf(actor, seeker.today),
    }),
  )
}

export interface PartnerScorer {
  /**
   * The score as scoreOf gives it, but with the number of shared partners given: counting those walks the
   * candidate's ties, so a search first scores everyone with 0 and with SHARED_PARTNERS_COUNTED (the least and
   * the most that part can add) and counts them only for candidates that can still reach the page.
   */
  scoreWith(actor: Actor, distanceKm: number, sharedPartners: number): number
}

/** scoreOf's arithmetic, with what depends only on the query worked out once. */
export function partnerScorer(radiusKm: number, seeker: Seeker): PartnerScorer {
  const typesFitting = new Set(seeker.needs.flatMap((need) => TYPICAL_PROVIDERS[need]))
  const todayMs = Date.parse(seeker.today)
  const { network } = seeker
  return {
    scoreWith(actor, distanceKm, sharedPartners) {
      const lastVerified = actor.provenance.lastVerified
      return totalScore(
        partsOf(distanceKm, radiusKm, seeker, {
          topics: countIn(seeker.topics, actor.topics),
          matched: countIn(seeker.needs, actor.offers) + countIn(seeker.offers, actor.needs),
          typeFits: typesFitting.has(actor.type),
          alreadyPartnered: network.isPartner(actor.id),
          sharedPartners,
          sameCommunity: network.sharedCommunityOf(actor.id) !== null,
          // ageInDays with today parsed once.
          ageDays: lastVerified
            ? Math.max(0, Math.round((todayMs - Date.parse(lastVerified)) / DAY_MS))
            : null,
        }),
      )
    },
  }
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
  const alreadyPartnered = seeker.network.isPartner(actor.id)
  const parts = partsOf(distanceKm, radiusKm, seeker, {
    topics: sharedTopics.length,
    matched: theyOffer.length + theyNeed.length,
    typeFits: typeFitsNeeds.length > 0,
    alreadyPartnered,
    sharedPartners: partnersShared.length,
    sameCommunity: community !== null,
    ageDays: ageOf(actor, seeker.today),
  })
  return {
    ...parts,
    sharedTopics,
    theyOffer,
    theyNeed,
    typeFitsNeeds,
    partnersShared,
    community,
    alreadyPartnered,
    lastVerified: actor.provenance.lastVerified,
  }
}
