/**
 * The score of one candidate: the sum of its parts, each between 0 and its weight (partner-weights.ts), rounded
 * to hundredths so that equal parts give equal scores (ties are then broken by distance, then name order).
 * `scoreOf` is the score of one actor on its own (the linear scan and the tests use it); `PartnerScorer` is the
 * same arithmetic with the seeker's lists turned into bit masks once per query, reading every candidate of a
 * search from the typed-array columns (partner-columns.ts), whose `explainAt` adds the lists the reasons name
 * for the results shown; `explainScore` is the same from the actor's own lists (the tests' reference). All give
 * the same score.
 */
import { actorTypes, type Actor, type OfferNeed, type Topic } from '@netzwerkatlas/shared'
import { actorTypeCode, offerNeedBit, topicBit, type PartnerColumns } from './partner-columns.ts'
import type { NetworkProximity, PositionedProximity, SharedCommunity } from './network-proximity.ts'
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
  seeker: SeekerLists,
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

/** How many of the wanted bits (a list: a duplicate counts twice, as in countIn) are set in the mask. */
function bitsSet(wanted: Int32Array, mask: number): number {
  let count = 0
  for (let i = 0; i < wanted.length; i++) count += (mask >>> wanted[i]!) & 1
  return count
}

/**
 * `points` of a part for 0, 1, … `asked` matched items: a search looks its candidates' parts up here. Loops,
 * not `TypedArray.from` with a mapping function: its generic path cost more per search than the lookups save.
 */
function pointsByMatched(part: (matched: number, asked: number) => number, asked: number) {
  const byMatched = new Float64Array(asked + 1)
  for (let matched = 0; matched <= asked; matched++) byMatched[matched] = part(matched, asked)
  return byMatched
}

function bitsOf<Id>(items: readonly Id[], bitOf: (item: Id) => number): Int32Array {
  const bits = new Int32Array(items.length)
  for (let i = 0; i < items.length; i++) bits[i] = bitOf(items[i]!)
  return bits
}

/**
 * The freshness points of every actor on one day, by position: they depend on nothing of the query, so they
 * are worked out once per index and day (ageInDays with both dates parsed once) instead of per candidate.
 */
const freshnessByColumns = new WeakMap<PartnerColumns, { today: string; points: Float64Array }>()

function freshnessPointsOn(columns: PartnerColumns, today: string): Float64Array {
  const known = freshnessByColumns.get(columns)
  if (known?.today === today) return known.points
  const todayMs = Date.parse(today)
  const points = Float64Array.from(columns.verifiedMs, (verified) =>
    // NaN: never verified.
    freshnessPoints(
      Number.isNaN(verified) ? null : Math.max(0, Math.round((todayMs - verified) / DAY_MS)),
    ),
  )
  freshnessByColumns.set(columns, { today, points })
  return points
}

/** The seeker's lists and day: what a search brings besides my organisation's ties. */
export type SeekerLists = Omit<Seeker, 'network'>

/**
 * scoreOf's arithmetic over the columns (partner-columns.ts) for one search: what depends only on the query
 * is worked out once (the seeker's lists as bit numbers, each part's points by matched count, type fit by
 * type code), and a candidate is read from typed arrays by its position, never from its object. The one
 * exception is the community of a search from my organisation with an analysis, which is looked up by id.
 * A class, not closures: its methods are made once, not per search.
 */
export class PartnerScorer {
  private readonly wantedTopics: Int32Array
  private readonly wantedOffers: Int32Array
  private readonly wantedNeeds: Int32Array
  private readonly topicPointsByMatched: Float64Array
  private readonly complementPointsByMatched: Float64Array
  private readonly typePointsByCode: Float64Array
  private readonly freshness: Float64Array
  private readonly todayMs: number

  constructor(
    private readonly radiusKm: number,
    private readonly seeker: SeekerLists,
    private readonly network: PositionedProximity,
    private readonly columns: PartnerColumns,
  ) {
    this.wantedTopics = bitsOf(seeker.topics, topicBit)
    this.wantedOffers = bitsOf(seeker.needs, offerNeedBit)
    this.wantedNeeds = bitsOf(seeker.offers, offerNeedBit)
    this.topicPointsByMatched = pointsByMatched(topicPoints, seeker.topics.length)
    this.complementPointsByMatched = pointsByMatched(
      complementPoints,
      seeker.needs.length + seeker.offers.length,
    )
    this.typePointsByCode = new Float64Array(actorTypes.ids.length)
    for (const need of seeker.needs) {
      for (const type of TYPICAL_PROVIDERS[need])
        this.typePointsByCode[actorTypeCode(type)] = W.type
    }
    this.freshness = freshnessPointsOn(columns, seeker.today)
    this.todayMs = Date.parse(seeker.today)
  }

  /**
   * The score scoreOf gives the actor at this name-order position, but with the number of shared partners
   * given: counting those walks the candidate's ties, so a search first scores everyone with 0 (the least that
   * part can add) and counts them only for candidates that can still reach the page (rank-partners.ts).
   */
  scoreAt(position: number, distanceKm: number, sharedPartners: number): number {
    const { network, columns } = this
    let networkPoints = 0
    if (network.hasPartners || network.hasCommunity) {
      const alreadyPartnered = network.hasPartners && network.isPartnerAt(position)
      const sameCommunity = network.hasCommunity && network.sharedCommunityAt(position) !== null
      networkPoints =
        sharedPartnerPoints(alreadyPartnered, sharedPartners) +
        sameCommunityPoints(alreadyPartnered, sameCommunity)
    }
    return sumOfParts(
      distancePoints(distanceKm, this.radiusKm),
      this.topicPointsByMatched[bitsSet(this.wantedTopics, columns.topicBits[position]!)]!,
      this.complementPointsByMatched[
        bitsSet(this.wantedOffers, columns.offerBits[position]!) +
          bitsSet(this.wantedNeeds, columns.needBits[position]!)
      ]!,
      this.typePointsByCode[columns.typeCode[position]!]!,
      networkPoints,
      this.freshness[position]!,
    )
  }

  /**
   * explainScore for the actor at this position, from the columns: which of the wanted topics, offers and
   * needs it has (by bit, in the wanted order, a repeat kept), its age from the parsed date, my ties by
   * position. The same parts and lists (api/test/partners-fast-path.test.ts compares the reasons).
   */
  explainAt(position: number, actor: Actor, distanceKm: number): ExplainedParts {
    const { seeker, network, columns } = this
    const sharedTopics = wantedIn(seeker.topics, this.wantedTopics, columns.topicBits[position]!)
    const theyOffer = wantedIn(seeker.needs, this.wantedOffers, columns.offerBits[position]!)
    const theyNeed = wantedIn(seeker.offers, this.wantedNeeds, columns.needBits[position]!)
    const typeFitsNeeds = needsTypicallyProvidedBy(seeker.needs, actor.type)
    const partnersShared = network.sharedPartnersAt(position)
    const community = network.sharedCommunityAt(position)
    const alreadyPartnered = network.isPartnerAt(position)
    const verified = columns.verifiedMs[position]!
    return explained(
      partsOf(distanceKm, this.radiusKm, seeker, {
        topics: sharedTopics.length,
        matched: theyOffer.length + theyNeed.length,
        typeFits: typeFitsNeeds.length > 0,
        alreadyPartnered,
        sharedPartners: partnersShared.length,
        sameCommunity: community !== null,
        ageDays: Number.isNaN(verified)
          ? null
          : Math.max(0, Math.round((this.todayMs - verified) / DAY_MS)),
      }),
      {
        sharedTopics,
        theyOffer,
        theyNeed,
        typeFitsNeeds,
        partnersShared,
        community,
        alreadyPartnered,
        lastVerified: actor.provenance.lastVerified,
      },
    )
  }
}

/** The wanted items whose bit is set in the mask, in the wanted order (a repeat kept, as in alsoIn). */
function wantedIn<T>(wanted: readonly T[], bits: Int32Array, mask: number): T[] {
  const found: T[] = []
  for (let i = 0; i < bits.length; i++) if ((mask >>> bits[i]!) & 1) found.push(wanted[i]!)
  return found
}

type MatchedLists = Omit<ExplainedParts, keyof ScoreParts>

/** The parts listed, not spread: V8 copies a spread with extra properties slowly (~1 µs, more than the rest). */
function explained(parts: ScoreParts, lists: MatchedLists): ExplainedParts {
  return {
    distance: parts.distance,
    topic: parts.topic,
    complement: parts.complement,
    type: parts.type,
    network: parts.network,
    sharedPartners: parts.sharedPartners,
    sameCommunity: parts.sameCommunity,
    freshness: parts.freshness,
    sharedTopics: lists.sharedTopics,
    theyOffer: lists.theyOffer,
    theyNeed: lists.theyNeed,
    typeFitsNeeds: lists.typeFitsNeeds,
    partnersShared: lists.partnersShared,
    community: lists.community,
    alreadyPartnered: lists.alreadyPartnered,
    lastVerified: lists.lastVerified,
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
  return explained(parts, {
    sharedTopics,
    theyOffer,
    theyNeed,
    typeFitsNeeds,
    partnersShared,
    community,
    alreadyPartnered,
    lastVerified: actor.provenance.lastVerified,
  })
}
