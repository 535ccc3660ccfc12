/**
 * Turns a chosen tie into a relationship record with dates, weight and confirmation, and refuses
 * self-loops, a second tie between the same two actors, and ties before both actors existed.
 */
import {
  directedRelationshipTypes,
  topics,
  type NewRelationship,
  type RelationshipType,
} from '@netzwerkatlas/shared'
import type { DemoActor } from './actors.ts'
import { dayOfYearStart, drawGrowingDay, FIRST_YEAR, toIsoDate } from './calendar.ts'
import { DEMO_PROVENANCE, demoRelationshipId } from './demo-dataset.ts'
import type { Random } from './random.ts'

/** A fixed span (events, spin-offs); otherwise `since` is drawn on the growth curve. */
export interface TieSpan {
  sinceDay: number
  untilDay: number | null
}

const DESCRIPTIONS: Partial<Record<RelationshipType, (topic: string) => string>> = {
  partnership: (topic) => `Partnerschaft zum Thema ${topic}.`,
  joint_project: (topic) => `Gemeinsames Vorhaben zum Thema ${topic}.`,
  membership: () => 'Mitglied und aktiv in den Arbeitsgruppen.',
  funding: (topic) => `Förderung für Vorhaben zum Thema ${topic}.`,
  advisory: (topic) => `Fachliche Beratung zum Thema ${topic}.`,
  spin_off: () => 'Aus der Arbeit der Organisation hervorgegangen.',
  participation: () => 'Teilnahme an der Veranstaltung.',
  hosts: () => 'Gastgeber und Veranstaltungsort.',
}

const CONFIRMATIONS: readonly ('source' | 'target')[][] = [
  [],
  ['source'],
  ['target'],
  ['source', 'target'],
]
const CONFIRMATION_WEIGHTS = [20, 25, 15, 40]
/** Strength of partnerships and joint projects, 1–5, mostly 2–3. */
const WEIGHTS = [1, 2, 3, 4, 5]
const WEIGHT_WEIGHTS = [15, 30, 30, 15, 10]

function sharedTopicLabel(source: DemoActor, target: DemoActor): string {
  const targetTopics = target.record.topics
  const topic =
    source.record.topics.find((t) => targetTopics.includes(t)) ??
    source.record.topics[0] ??
    targetTopics[0] ??
    'social_innovation'
  return topics.labels[topic].de
}

export type TieWriter = ReturnType<typeof createTieWriter>

export function createTieWriter(actorCount: number, todayDay: number, random: Random) {
  const relationships: NewRelationship[] = []
  // One tie per unordered pair, keyed min·n + max (< 2^53 for any realistic n).
  const pairs = new Set<number>()
  const pairKey = (a: DemoActor, b: DemoActor) =>
    Math.min(a.index, b.index) * actorCount + Math.max(a.index, b.index)
  /** Both ends of every tie, by home district: drawing from it picks actors in proportion to degree. */
  const endpointsByDistrict = new Map<string, DemoActor[]>()
  const firstDay = dayOfYearStart(FIRST_YEAR)

  function addEndpoint(actor: DemoActor) {
    const endpoints = endpointsByDistrict.get(actor.homeDistrictAgs)
    if (endpoints) endpoints.push(actor)
    else endpointsByDistrict.set(actor.homeDistrictAgs, [actor])
  }

  function drawUntil(sinceDay: number): number | null {
    if (!random.chance(0.1) || todayDay - sinceDay < 60) return null
    return random.int(sinceDay + 30, todayDay)
  }

  function add(
    source: DemoActor,
    target: DemoActor,
    type: RelationshipType,
    span?: TieSpan,
  ): boolean {
    if (source === target || pairs.has(pairKey(source, target))) return false
    const earliest = Math.max(firstDay, source.activeFromDay, target.activeFromDay)
    if (earliest > todayDay) return false
    const sinceDay = span?.sinceDay ?? drawGrowingDay(random, earliest, todayDay)
    const untilDay = span ? span.untilDay : drawUntil(sinceDay)
    const isWeighted = type === 'partnership' || type === 'joint_project'
    pairs.add(pairKey(source, target))
    addEndpoint(source)
    addEndpoint(target)
    relationships.push({
      id: demoRelationshipId(relationships.length),
      sourceId: source.record.id,
      targetId: target.record.id,
      type,
      directed: directedRelationshipTypes.has(type),
      description: DESCRIPTIONS[type]?.(sharedTopicLabel(source, target)) ?? null,
      since: toIsoDate(sinceDay),
      until: untilDay === null ? null : toIsoDate(untilDay),
      weight: isWeighted ? random.weighted(WEIGHTS, WEIGHT_WEIGHTS) : 1,
      confirmedBy: [...random.weighted(CONFIRMATIONS, CONFIRMATION_WEIGHTS)],
      status:
        untilDay !== null && span === undefined && random.chance(0.1) ? 'archived' : 'published',
      provenance: DEMO_PROVENANCE,
    })
    return true
  }

  return {
    relationships,
    add,
    hasTie: (a: DemoActor, b: DemoActor) => pairs.has(pairKey(a, b)),
    endpointsIn: (districtAgs: string): readonly DemoActor[] =>
      endpointsByDistrict.get(districtAgs) ?? [],
  }
}
