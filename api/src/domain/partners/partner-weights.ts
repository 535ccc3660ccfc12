/**
 * The documented weights of the partner score (README, "Partner finder"): the most points each part can add.
 * They sum to 100, so a score reads as "points out of 100".
 */
import type { ActorType, OfferNeed, PartnerWeights } from '@netzwerkatlas/shared'

export const PARTNER_WEIGHTS: PartnerWeights = {
  /** Full points at the place, falling linearly to 0 at the radius. */
  distance: 30,
  /** Share of the wanted topics (`topic`, else my organisation's) the actor works on. */
  topic: 25,
  /** Share of my needs they offer and of my offers they need. */
  complement: 25,
  /** Their type is one that typically provides something I need (TYPICAL_PROVIDERS). */
  type: 5,
  /**
   * With my organisation (`from`), unless already my partner: 2 points per shared partner (at most 3), and 4
   * for being in the same community of the network analysis (SHARED_PARTNER_POINTS, SAME_COMMUNITY_POINTS).
   */
  network: 10,
  /** Verified today: full points, falling linearly to 0 at three years. */
  freshness: 5,
}

/** The network points: per shared partner (counted up to SHARED_PARTNERS_COUNTED), and for one community. */
export const SHARED_PARTNER_POINTS = 2
export const SHARED_PARTNERS_COUNTED = 3
export const SAME_COMMUNITY_POINTS = 4
export const FRESHNESS_DAYS = 3 * 365

/** Which types of actor typically provide what: the basis of the "type fit" part of the score. */
export const TYPICAL_PROVIDERS: Readonly<Record<OfferNeed, readonly ActorType[]>> = {
  premises: ['sociocultural_centre', 'local_authority', 'welfare_org'],
  volunteers: ['civil_society', 'network'],
  expertise: ['research_group', 'welfare_org'],
  counselling: ['welfare_org', 'civil_society'],
  funding: ['funder', 'public_authority'],
  funding_advice: ['funder', 'network', 'public_authority'],
  networking: ['network'],
  training: ['research_group', 'welfare_org'],
  equipment: ['business', 'sociocultural_centre'],
  transport: ['welfare_org', 'local_authority'],
  public_relations: ['network', 'business'],
  digital_support: ['social_enterprise', 'business', 'research_group'],
  research: ['research_group'],
  target_group_access: ['welfare_org', 'civil_society', 'local_authority'],
}
