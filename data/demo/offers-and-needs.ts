/**
 * Offers and needs (0–3 each) drawn so that they complement each other across actors: centres and
 * authorities offer premises that associations and projects need, seniors and care groups look for
 * volunteers and transport, funders offer the funding that almost everyone needs.
 */
import {
  offersNeeds,
  type ActorKind,
  type ActorType,
  type OfferNeed,
  type Topic,
} from '@netzwerkatlas/shared'
import type { Random } from './random.ts'
import { NEED_TEXTS, OFFER_TEXTS } from './offer-need-texts.ts'

type Weights = Partial<Record<OfferNeed, number>>
type Profile = 'project' | 'event' | ActorType

const OFFERS: Readonly<Record<Profile, Weights>> = {
  civil_society: { volunteers: 4, target_group_access: 3, transport: 1, networking: 1 },
  welfare_org: { counselling: 4, expertise: 3, premises: 2, target_group_access: 3, training: 2 },
  social_enterprise: { expertise: 3, digital_support: 2, training: 2, transport: 2, equipment: 1 },
  research_group: { research: 5, expertise: 3, training: 2 },
  local_authority: { premises: 4, funding_advice: 3, networking: 3, target_group_access: 2 },
  public_authority: { funding_advice: 3, expertise: 2 },
  sociocultural_centre: { premises: 5, equipment: 3, public_relations: 2, networking: 2 },
  network: { networking: 5, public_relations: 3, funding_advice: 2, training: 1 },
  funder: { funding: 6, funding_advice: 4, networking: 1 },
  business: { equipment: 3, digital_support: 3, transport: 2, funding: 1, expertise: 2 },
  unspecified: { volunteers: 1, expertise: 1 },
  project: { expertise: 3, target_group_access: 3, training: 2, public_relations: 1 },
  event: { networking: 5, training: 2, expertise: 2 },
}

const NEEDS: Readonly<Record<Profile, Weights>> = {
  civil_society: {
    premises: 4,
    funding: 4,
    volunteers: 3,
    public_relations: 2,
    digital_support: 2,
  },
  welfare_org: { volunteers: 4, digital_support: 3, research: 2, transport: 2, funding: 2 },
  social_enterprise: { funding: 4, funding_advice: 3, networking: 3, research: 2 },
  research_group: { target_group_access: 5, networking: 2, funding: 3 },
  local_authority: { expertise: 3, research: 3, volunteers: 3, counselling: 1 },
  public_authority: { research: 2, networking: 2 },
  sociocultural_centre: { funding: 4, volunteers: 3, equipment: 1 },
  network: { funding: 3, volunteers: 2, public_relations: 2 },
  funder: { target_group_access: 3, research: 2, networking: 2 },
  business: { target_group_access: 3, networking: 3, expertise: 2 },
  unspecified: { networking: 1, funding: 1 },
  project: { funding: 5, premises: 4, volunteers: 3, public_relations: 2, research: 2 },
  event: { premises: 4, volunteers: 3, public_relations: 3 },
}

/** Topic-driven extra weight: older people need volunteers and lifts, digital groups trade support. */
function adjustNeeds(weights: Weights, topics: readonly Topic[], type: ActorType): Weights {
  const adjusted = { ...weights }
  const add = (need: OfferNeed, amount: number) => (adjusted[need] = (adjusted[need] ?? 0) + amount)
  if (topics.includes('seniors') || topics.includes('care')) {
    add('volunteers', 3)
    add('transport', 2)
  }
  if (topics.includes('digital_participation') && type !== 'business') add('digital_support', 2)
  if (topics.includes('migration')) add('counselling', 2)
  return adjusted
}

const COUNTS = [0, 1, 2, 3]
const COUNT_WEIGHTS = [15, 35, 35, 15]

function drawSome(weights: Weights, exclude: readonly OfferNeed[], random: Random): OfferNeed[] {
  const values = offersNeeds.ids.map((id) => (exclude.includes(id) ? 0 : (weights[id] ?? 0)))
  return random.weightedDistinct(offersNeeds.ids, values, random.weighted(COUNTS, COUNT_WEIGHTS))
}

function drawText(
  first: OfferNeed | undefined,
  texts: Readonly<Record<OfferNeed, readonly string[]>>,
  random: Random,
) {
  if (first === undefined || !random.chance(0.4)) return null
  return random.pick(texts[first]).replace('{n}', String(random.int(2, 12) * 5))
}

export function drawOffersAndNeeds(
  kind: ActorKind,
  type: ActorType,
  topics: readonly Topic[],
  random: Random,
) {
  const profile: Profile = kind === 'organisation' ? type : kind
  const offers = drawSome(OFFERS[profile], [], random)
  // Nobody looks for what they offer themselves.
  const needs = drawSome(adjustNeeds(NEEDS[profile], topics, type), offers, random)
  return {
    offers,
    offersText: drawText(offers[0], OFFER_TEXTS, random),
    needs,
    needsText: drawText(needs[0], NEED_TEXTS, random),
  }
}
