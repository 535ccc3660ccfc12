/**
 * What a demo actor is and works on: kind, type (research groups in university towns) and 1–4 topics
 * biased towards the district's strong topics and the type's usual topics, so clusters form.
 */
import { topics, type ActorKind, type ActorType, type Topic } from '@netzwerkatlas/shared'
import { DISTRICT_PROFILES, UNIVERSITY_TOWNS } from './district-profiles.ts'
import { createSampler, type Random } from './random.ts'

export function drawKind(random: Random): ActorKind {
  const roll = random.next()
  return roll < 0.85 ? 'organisation' : roll < 0.95 ? 'project' : 'event'
}

type TypeWeights = Partial<Record<ActorType, number>>

// research_group is added per place (UNIVERSITY_TOWNS); unspecified only rarely, as imports would have it.
const TYPE_WEIGHTS: Readonly<Record<ActorKind, TypeWeights>> = {
  organisation: {
    civil_society: 38,
    welfare_org: 13,
    social_enterprise: 11,
    local_authority: 8,
    sociocultural_centre: 7,
    business: 6,
    network: 5,
    funder: 2,
    unspecified: 0.3,
  },
  project: {
    civil_society: 35,
    social_enterprise: 20,
    welfare_org: 15,
    local_authority: 10,
    sociocultural_centre: 5,
    network: 5,
  },
  event: {
    network: 25,
    civil_society: 25,
    sociocultural_centre: 15,
    local_authority: 15,
    welfare_org: 10,
  },
}

const OUTSIDE_UNIVERSITY_TOWNS = 0.3

/** Type samplers by kind and research weight, built once (a handful of combinations). */
const typeSamplers = new Map<string, (random: Random) => ActorType>()

export function drawType(
  kind: ActorKind,
  municipalityAgs: string | null,
  random: Random,
): ActorType {
  const universityWeight = municipalityAgs === null ? undefined : UNIVERSITY_TOWNS[municipalityAgs]
  const researchWeight = universityWeight ?? OUTSIDE_UNIVERSITY_TOWNS
  const key = `${kind} ${researchWeight}`
  let sampler = typeSamplers.get(key)
  if (!sampler) {
    const weights: TypeWeights = { ...TYPE_WEIGHTS[kind], research_group: researchWeight }
    const types = Object.keys(weights) as ActorType[]
    sampler = createSampler(
      types,
      types.map((type) => weights[type] ?? 0),
    )
    typeSamplers.set(key, sampler)
  }
  return sampler(random)
}

/** Topics each type works on more often than others. */
const TYPE_TOPICS: Readonly<Record<ActorType, readonly Topic[]>> = {
  welfare_org: ['care', 'seniors', 'inclusion', 'family', 'health', 'migration'],
  social_enterprise: ['social_entrepreneurship', 'employment', 'inclusion', 'climate'],
  research_group: ['social_innovation', 'digital_participation', 'structural_change', 'education'],
  local_authority: ['neighbourhood', 'family', 'youth', 'seniors', 'rural_development'],
  public_authority: ['social_innovation', 'employment'],
  civil_society: ['volunteering', 'neighbourhood', 'youth', 'culture', 'climate'],
  sociocultural_centre: ['culture', 'youth', 'neighbourhood', 'inclusion'],
  network: ['volunteering', 'social_innovation', 'neighbourhood'],
  funder: ['social_innovation', 'volunteering', 'culture'],
  business: ['employment', 'digital_participation', 'climate'],
  unspecified: [],
}

const BASE_TOPIC_WEIGHT: Partial<Record<Topic, number>> = {
  volunteering: 1.5,
  neighbourhood: 1.5,
  education: 1.3,
  social_innovation: 1.2,
  gender_equality: 0.5,
}
const STRONG_TOPIC_BONUS = 4
const TYPE_TOPIC_BONUS = 3
const TOPIC_COUNTS = [1, 2, 3, 4]
const TOPIC_COUNT_WEIGHTS = [30, 35, 25, 10]

/** Topic weights by type and district, built once per combination. */
const topicWeights = new Map<string, number[]>()

function weighTopics(type: ActorType, districtAgs: string): number[] {
  const key = `${type} ${districtAgs}`
  const cached = topicWeights.get(key)
  if (cached) return cached
  const strong = DISTRICT_PROFILES[districtAgs]?.strongTopics ?? []
  const usual = TYPE_TOPICS[type]
  const weights = topics.ids.map(
    (topic) =>
      (BASE_TOPIC_WEIGHT[topic] ?? 1) +
      (strong.includes(topic) ? STRONG_TOPIC_BONUS : 0) +
      (usual.includes(topic) ? TYPE_TOPIC_BONUS : 0),
  )
  topicWeights.set(key, weights)
  return weights
}

/** 1–4 distinct topics; the first is the main one (it names the actor). */
export function drawTopics(type: ActorType, districtAgs: string, random: Random): Topic[] {
  const count = random.weighted(TOPIC_COUNTS, TOPIC_COUNT_WEIGHTS)
  return random.weightedDistinct(topics.ids, weighTopics(type, districtAgs), count)
}

/** Founding years 1990–2024, more in later decades; never after `lastYear`. */
export function drawFoundedYear(lastYear: number, random: Random): number {
  const decade = random.weighted([1990, 2000, 2010, 2020], [1, 1.3, 1.6, 0.9])
  const year = decade + (decade === 2020 ? random.int(0, 4) : random.int(0, 9))
  return Math.min(year, lastYear)
}
