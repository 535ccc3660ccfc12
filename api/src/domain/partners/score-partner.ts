/**
 * The score of one candidate: the sum of its parts, each between 0 and its weight (partner-weights.ts), rounded
 * to hundredths so that equal parts give equal scores (ties are then broken by distance, then name order).
 * `scoreOf` is the score of one actor on its own (the linear scan and the tests use it); `partnerScorer` is the
 * same arithmetic with the seeker's lists turned into bit masks once per query, reading every candidate of a
 * search from the typed-array columns (partner-columns.ts);
 * `explainScore` adds the lists the reasons name, for the results shown. All three give the same score.
 */
import { actorTypes, type Actor, type OfferNeed, type Topic } from '@netzwerkatlas/shared'
import { actorTypeCode, offerNeedBit, topicBit, type PartnerColumns } from './partner-columns.ts'
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

/**
 * The parts, one function each, so that partsOf (scoreOf, the reasons) and the column scorer (a search's
 * candidates) do the very same arithmetic: equal inputs, equal scores to the last bit.
 */
const distancePoints = (distanceKm: number, radiusKm: number) =>
  points(W.distance, Math.max(0, 1 - distanceKm / radiusKm))
const topicPoints = (matched: number, asked: number) =>
  asked ? points(W.topic, matched / asked) : 0
const complementPoints = (matched: number, asked: number) =>
  asked ? points(W.complement, matched / asked) : 0
const freshnessPoints = (ageDays: number | null) =>
  ageDays === null ? 0 : points(W.freshness, Math.max(0, 1 - ageDays / FRESHNESS_DAYS))
// "Already your partner" earns no network points: the finder is for new partners.
const sharedPartnerPoints = (alreadyPartnered: boolean, sharedPartners: number) =>
  alreadyPartnered ? 0 : SHARED_PARTNER_POINTS * Math.min(sharedPartners, SHARED_PARTNERS_COUNTED)
const sameCommunityPoints = (alreadyPartnered: boolean, sameCommunity: boolean) =>
  !alreadyPartnered && sameCommunity ? SAME_COMMUNITY_POINTS : 0

function sumOfParts(
  distance: number,
  topic: number,
  complement: number,
  type: number,
  network: number,
  freshness: number,
): number {
  return Math.round((distance + topic + complement + type + network + freshness) * 100) / 100
}

function partsOf(
  distanceKm: number,
  radiusKm: number,
  seeker: Seeker,
  counts: MatchCounts,
): ScoreParts {
  const { alreadyPartnered } = counts
  const sharedPartners = sharedPartnerPoints(alreadyPartnered, counts.sharedPartners)
  const sameCommunity = sameCommunityPoints(alreadyPartnered, counts.sameCommunity)
  return {
    distance: distancePoints(distanceKm, radiusKm),
    topic: topicPoints(counts.topics, seeker.topics.length),
    complement: complementPoints(counts.matched, seeker.needs.length + seeker.offers.length),
    type: counts.typeFits ? W.type : 0,
    network: sharedPartners + sameCommunity,
    sharedPartners,
    sameCommunity,
    freshness: freshnessPoints(counts.ageDays),
  }
}

function totalScore(parts: ScoreParts): number {
  return sumOfParts(
    parts.distance,
    parts.topic,
    parts.complement,
    parts.type,
    parts.network,
    parts.freshness,
  )
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
   * The score scoreOf gives the actor at this name-order position, but with the number of shared partners
   * given: counting those walks the candidate's ties, so a search first scores everyone with 0 (the least that
   * part can add) and counts them only for candidates that can still reach the page (rank-partners.ts).
   */
  scoreAt(position: number, distanceKm: number, sharedPartners: number): number
}

/** How many of the wanted bits (a list: a duplicate counts twice, as in countIn) are set in the mask. */
function bitsSet(wanted: Int32Array, mask: number): number {
  let count = 0
  for (let i = 0; i < wanted.length; i++) count += (mask >>> wanted[i]!) & 1
  return count
}

/**
 * scoreOf's arithmetic over the columns (partner-columns.ts): what depends only on the query is worked out
 * once, and a candidate is read from typed arrays by its position, never from its object. The one exception is
 * the community of a search from my organisation with an analysis, which is looked up by id.
 */
export function partnerScorer(
  radiusKm: number,
  seeker: Seeker,
  columns: PartnerColumns,
  actorsInNameOrder: readonly Actor[],
): PartnerScorer {
  const { network } = seeker
  const wantedTopics = Int32Array.from(seeker.topics, topicBit)
  const wantedOffers = Int32Array.from(seeker.needs, offerNeedBit)
  const wantedNeeds = Int32Array.from(seeker.offers, offerNeedBit)
  const asked = seeker.needs.length + seeker.offers.length
  const typeFitsByCode = new Uint8Array(actorTypes.ids.length)
  for (const need of seeker.needs) {
    for (const type of TYPICAL_PROVIDERS[need]) typeFitsByCode[actorTypeCode(type)] = 1
  }
  const partnerPositions = new Set<number>()
  for (const id of network.partnerIds) {
    const position = columns.positionOf.get(id)
    if (position !== undefined) partnerPositions.add(position)
  }
  const todayMs = Date.parse(seeker.today)
  const { topicBits, offerBits, needBits, typeCode, verifiedMs } = columns
  return {
    scoreAt(position, distanceKm, sharedPartners) {
      const alreadyPartnered = partnerPositions.size > 0 && partnerPositions.has(position)
      const sameCommunity =
        network.hasCommunity && network.sharedCommunityOf(actorsInNameOrder[position]!.id) !== null
      const verified = verifiedMs[position]!
      const networkPoints =
        sharedPartnerPoints(alreadyPartnered, sharedPartners) +
        sameCommunityPoints(alreadyPartnered, sameCommunity)
      return sumOfParts(
        distancePoints(distanceKm, radiusKm),
        topicPoints(bitsSet(wantedTopics, topicBits[position]!), wantedTopics.length),
        complementPoints(
          bitsSet(wantedOffers, offerBits[position]!) + bitsSet(wantedNeeds, needBits[position]!),
          asked,
        ),
        typeFitsByCode[typeCode[position]!] ? W.type : 0,
        networkPoints,
        // ageInDays with today parsed once; NaN: never verified.
        freshnessPoints(
          Number.isNaN(verified) ? null : Math.max(0, Math.round((todayMs - verified) / DAY_MS)),
        ),
      )
    },
  }
}

/**
 * The wanted items that are in `present`, in the wanted order (a repeat kept, as in countIn); a loop, with no
 * closure made per shown result.
 */
function alsoIn<T>(wanted: readonly T[], present: readonly T[]): T[] {
  const found: T[] = []
  for (const item of wanted) if (present.includes(item)) found.push(item)
  return found
}

function needsTypicallyProvidedBy(needs: readonly OfferNeed[], type: Actor['type']): OfferNeed[] {
  const found: OfferNeed[] = []
  for (const need of needs) if (TYPICAL_PROVIDERS[need].includes(type)) found.push(need)
  return found
}

/** The parts with what they matched, for the reasons of a shown result. */
export function explainScore(
  actor: Actor,
  distanceKm: number,
  radiusKm: number,
  seeker: Seeker,
): ExplainedParts {
  const sharedTopics = alsoIn(seeker.topics, actor.topics)
  const theyOffer = alsoIn(seeker.needs, actor.offers)
  const theyNeed = alsoIn(seeker.offers, actor.needs)
  const typeFitsNeeds = needsTypicallyProvidedBy(seeker.needs, actor.type)
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
  // The parts listed, not spread: V8 copies a spread with extra properties slowly (~1 µs, more than the rest).
  return {
    distance: parts.distance,
    topic: parts.topic,
    complement: parts.complement,
    type: parts.type,
    network: parts.network,
    sharedPartners: parts.sharedPartners,
    sameCommunity: parts.sameCommunity,
    freshness: parts.freshness,
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
