/** Why a candidate ranks where it does, as structured data and as German and English sentences. */
import {
  actorTypes,
  MAX_PARTNER_RADIUS_KM,
  offersNeeds,
  topics,
  type OfferNeed,
  type PartnerReason,
  type Topic,
} from '@netzwerkatlas/shared'
import type { ExplainedParts } from './score-partner.ts'

/** "3,4 km entfernt" for "3.4". */
const awayText = (km: string) => ({
  de: `${km.replace('.', ',')} km entfernt`,
  en: `${km} km away`,
})

// Every distance a search within the largest radius can word, made once: a page words 20 per search, and
// toFixed, replace and four template strings cost more per result than its score.
const AWAY_IN_TENTHS = Array.from({ length: 101 }, (_, tenths) =>
  awayText((tenths / 10).toFixed(1)),
)
const AWAY_WHOLE = Array.from({ length: MAX_PARTNER_RADIUS_KM + 1 }, (_, km) =>
  awayText(String(km)),
)

/**
 * The tenths `distanceKm.toFixed(1)` rounds to. toFixed rounds the exact decimal value of the double, so where
 * `distanceKm * 10` (itself rounded) lies within a hair of a half, toFixed decides.
 */
function tenthsOf(distanceKm: number): number {
  const tenths = distanceKm * 10
  if (Math.abs(tenths - Math.floor(tenths) - 0.5) < 1e-6)
    return Math.round(Number(distanceKm.toFixed(1)) * 10)
  return Math.round(tenths)
}

/**
 * "3,4 km entfernt" below 10 km, "12 km entfernt" above: what a person reads, not the metre (toFixed(1), or
 * whole kilometres), from the tables above. Not toLocaleString: it builds a number format per call.
 */
export function distanceWords(distanceKm: number): { de: string; en: string } {
  if (distanceKm < 10)
    return AWAY_IN_TENTHS[tenthsOf(distanceKm)] ?? awayText(distanceKm.toFixed(1))
  const km = Math.round(distanceKm)
  return AWAY_WHOLE[km] ?? awayText(String(km))
}

type Names<Id extends string> = Readonly<Record<Id, string>>

const namesIn = <Id extends string>(
  vocabulary: { ids: readonly Id[]; labels: Readonly<Record<Id, { de: string; en: string }>> },
  name: (label: { de: string; en: string }) => string,
) => Object.fromEntries(vocabulary.ids.map((id) => [id, name(vocabulary.labels[id])])) as Names<Id>

// The names the sentences use, looked up once here: the reasons of a page are built on every search, and
// mapping, lower-casing and joining label lists twice per sentence cost more than scoring all candidates.
const TOPIC_NAMES = {
  de: namesIn(topics, (label) => label.de),
  en: namesIn(topics, (label) => label.en),
}
const OFFER_NAMES = {
  de: namesIn(offersNeeds, (label) => label.de),
  en: namesIn(offersNeeds, (label) => label.en.toLowerCase()),
}

/** "a, b, c" in both languages. */
function joinedNames<Id extends string>(
  ids: readonly Id[],
  names: { de: Names<Id>; en: Names<Id> },
): { de: string; en: string } {
  let de = names.de[ids[0]!]
  let en = names.en[ids[0]!]
  for (let i = 1; i < ids.length; i++) {
    de += `, ${names.de[ids[i]!]}`
    en += `, ${names.en[ids[i]!]}`
  }
  return { de, en }
}

type Words = { de: string; en: string }

const topicWords = (ids: readonly Topic[]): Words => {
  const many = ids.length > 1
  const names = joinedNames(ids, TOPIC_NAMES)
  return {
    de: `${many ? 'Themen' : 'Thema'} ${names.de}`,
    en: `${many ? 'Topics' : 'Topic'} ${names.en}`,
  }
}
const theyNeedWords = (ids: readonly OfferNeed[]): Words => {
  const names = joinedNames(ids, OFFER_NAMES)
  return {
    de: `sucht ${names.de} — Sie bieten ${names.de}`,
    en: `needs ${names.en} — you offer ${names.en}`,
  }
}
const theyOfferWords = (ids: readonly OfferNeed[]): Words => {
  const names = joinedNames(ids, OFFER_NAMES)
  return {
    de: `bietet ${names.de} — Sie suchen ${names.de}`,
    en: `offers ${names.en} — you are looking for ${names.en}`,
  }
}

/**
 * Each item's words alone, made once: nearly every reason names a single topic or offer, and a page words
 * ~60 of them per search. A list of several is worded when asked.
 */
const wordedAlone = <Id extends string>(ids: readonly Id[], word: (ids: readonly Id[]) => Words) =>
  new Map(ids.map((id) => [id, word([id])] as const))
const TOPIC_WORDS = wordedAlone(topics.ids, topicWords)
const THEY_NEED_WORDS = wordedAlone(offersNeeds.ids, theyNeedWords)
const THEY_OFFER_WORDS = wordedAlone(offersNeeds.ids, theyOfferWords)

function wordsOf<Id extends string>(
  ids: readonly Id[],
  alone: ReadonlyMap<Id, Words>,
  word: (ids: readonly Id[]) => Words,
): Words {
  return (ids.length === 1 && alone.get(ids[0]!)) || word(ids)
}

/** 2026-11-25 → 25.11.2026 (lastVerified is an ISO date). */
const germanDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`

/** The complement's points are shared between the two directions by how many items each matched. */
function complementShare(parts: ExplainedParts, count: number): number {
  const matched = parts.theyOffer.length + parts.theyNeed.length
  return Math.round((parts.complement * count * 100) / matched) / 100
}

interface ReasonContext {
  actorType: keyof typeof actorTypes.labels
  distanceKm: number
  nameOf: (actorId: string) => string
}

export function partnerReasons(parts: ExplainedParts, context: ReasonContext): PartnerReason[] {
  const { distanceKm } = context
  const away = distanceWords(distanceKm)
  const reasons: PartnerReason[] = [
    {
      kind: 'distance',
      weight: parts.distance,
      de: away.de,
      en: away.en,
      distanceKm,
    },
  ]
  if (parts.sharedTopics.length > 0) {
    const words = wordsOf(parts.sharedTopics, TOPIC_WORDS, topicWords)
    reasons.push({
      kind: 'topic',
      weight: parts.topic,
      de: words.de,
      en: words.en,
      topics: parts.sharedTopics,
    })
  }
  if (parts.theyNeed.length > 0) {
    const words = wordsOf(parts.theyNeed, THEY_NEED_WORDS, theyNeedWords)
    reasons.push({
      kind: 'they_need',
      weight: complementShare(parts, parts.theyNeed.length),
      de: words.de,
      en: words.en,
      offersNeeds: parts.theyNeed,
    })
  }
  if (parts.theyOffer.length > 0) {
    const words = wordsOf(parts.theyOffer, THEY_OFFER_WORDS, theyOfferWords)
    reasons.push({
      kind: 'they_offer',
      weight: complementShare(parts, parts.theyOffer.length),
      de: words.de,
      en: words.en,
      offersNeeds: parts.theyOffer,
    })
  }
  if (parts.type > 0) {
    const type = actorTypes.labels[context.actorType]
    const names = joinedNames(parts.typeFitsNeeds, OFFER_NAMES)
    reasons.push({
      kind: 'type',
      weight: parts.type,
      de: `${type.de}: bietet oft ${names.de}`,
      en: `${type.en}: often provides ${names.en}`,
      offersNeeds: parts.typeFitsNeeds,
    })
  }
  if (parts.alreadyPartnered) {
    reasons.push({
      kind: 'already_partnered',
      weight: 0,
      de: 'bereits Ihr Partner',
      en: 'already your partner',
    })
  } else if (parts.partnersShared.length > 0) {
    const partners = parts.partnersShared.map((id) => ({ id, name: context.nameOf(id) }))
    const names = partners.map((partner) => partner.name).join(', ')
    const count = partners.length
    reasons.push({
      kind: 'shared_partners',
      weight: parts.sharedPartners,
      de: count === 1 ? `gemeinsamer Partner: ${names}` : `${count} gemeinsame Partner: ${names}`,
      en: count === 1 ? `shared partner: ${names}` : `${count} shared partners: ${names}`,
      partners,
    })
  }
  if (parts.community && parts.sameCommunity > 0) {
    const { id, name } = parts.community
    reasons.push({
      kind: 'same_community',
      weight: parts.sameCommunity,
      de: `gleiche Community: ${name.de}`,
      en: `same community: ${name.en}`,
      community: { id, name },
    })
  }
  const lastVerified = parts.lastVerified
  if (lastVerified !== null && parts.freshness > 0) {
    reasons.push({
      kind: 'freshness',
      weight: parts.freshness,
      de: `zuletzt geprüft am ${germanDate(lastVerified)}`,
      en: `last verified on ${lastVerified}`,
      lastVerified,
    })
  }
  return reasons
}
