/** Why a candidate ranks where it does, as structured data and as German and English sentences. */
import {
  actorTypes,
  offersNeeds,
  topics,
  type OfferNeed,
  type PartnerReason,
  type Topic,
} from '@netzwerkatlas/shared'
import type { ExplainedParts } from './score-partner.ts'

/**
 * "3,4 km" below 10 km, "12 km" above: what a person reads, not the metre. Written by hand: toLocaleString
 * builds a number format per call, which cost more than the whole score of a result.
 */
function formatKm(distanceKm: number, language: 'de' | 'en'): string {
  const text = distanceKm < 10 ? distanceKm.toFixed(1) : String(Math.round(distanceKm))
  return `${language === 'de' ? text.replace('.', ',') : text} km`
}

const topicNames = (ids: readonly Topic[], language: 'de' | 'en') =>
  ids.map((id) => topics.labels[id][language]).join(', ')

function offerNames(ids: readonly OfferNeed[], language: 'de' | 'en') {
  const names = ids.map((id) => offersNeeds.labels[id][language])
  return (language === 'en' ? names.map((name) => name.toLowerCase()) : names).join(', ')
}

function germanDate(iso: string) {
  const [year, month, day] = iso.split('-')
  return `${day}.${month}.${year}`
}

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
  const reasons: PartnerReason[] = [
    {
      kind: 'distance',
      weight: parts.distance,
      de: `${formatKm(distanceKm, 'de')} entfernt`,
      en: `${formatKm(distanceKm, 'en')} away`,
      distanceKm,
    },
  ]
  if (parts.sharedTopics.length > 0) {
    const many = parts.sharedTopics.length > 1
    reasons.push({
      kind: 'topic',
      weight: parts.topic,
      de: `${many ? 'Themen' : 'Thema'} ${topicNames(parts.sharedTopics, 'de')}`,
      en: `${many ? 'Topics' : 'Topic'} ${topicNames(parts.sharedTopics, 'en')}`,
      topics: parts.sharedTopics,
    })
  }
  if (parts.theyNeed.length > 0) {
    reasons.push({
      kind: 'they_need',
      weight: complementShare(parts, parts.theyNeed.length),
      de: `sucht ${offerNames(parts.theyNeed, 'de')} — Sie bieten ${offerNames(parts.theyNeed, 'de')}`,
      en: `needs ${offerNames(parts.theyNeed, 'en')} — you offer ${offerNames(parts.theyNeed, 'en')}`,
      offersNeeds: parts.theyNeed,
    })
  }
  if (parts.theyOffer.length > 0) {
    reasons.push({
      kind: 'they_offer',
      weight: complementShare(parts, parts.theyOffer.length),
      de: `bietet ${offerNames(parts.theyOffer, 'de')} — Sie suchen ${offerNames(parts.theyOffer, 'de')}`,
      en: `offers ${offerNames(parts.theyOffer, 'en')} — you are looking for ${offerNames(parts.theyOffer, 'en')}`,
      offersNeeds: parts.theyOffer,
    })
  }
  if (parts.type > 0) {
    const type = actorTypes.labels[context.actorType]
    reasons.push({
      kind: 'type',
      weight: parts.type,
      de: `${type.de}: bietet oft ${offerNames(parts.typeFitsNeeds, 'de')}`,
      en: `${type.en}: often provides ${offerNames(parts.typeFitsNeeds, 'en')}`,
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
