/**
 * Which kind of tie two actors have, and in which direction: members join networks, funders fund,
 * research groups advise, older organisations now and then spin off a younger one; else partnership or
 * joint project.
 */
import type { RelationshipType } from '@netzwerkatlas/shared'
import type { DemoActor } from './actors.ts'
import { dayOfYearStart, FIRST_YEAR } from './calendar.ts'
import type { Random } from './random.ts'
import type { TieSpan } from './tie-writer.ts'

export interface ChosenTie {
  source: DemoActor
  target: DemoActor
  type: RelationshipType
  span?: TieSpan
}

const FIRST_DAY = dayOfYearStart(FIRST_YEAR)

/** A spin-off starts the day the younger actor was founded, at least a year after the older one. */
function spinOff(a: DemoActor, b: DemoActor): ChosenTie | null {
  const [older, younger] = a.activeFromDay <= b.activeFromDay ? [a, b] : [b, a]
  const canSpinOff =
    younger.activeFromDay >= FIRST_DAY &&
    younger.activeFromDay - older.activeFromDay >= 365 &&
    (younger.record.kind === 'project' || younger.record.type === 'social_enterprise')
  if (!canSpinOff) return null
  return {
    source: older,
    target: younger,
    type: 'spin_off',
    span: { sinceDay: younger.activeFromDay, untilDay: null },
  }
}

export function chooseTieType(a: DemoActor, b: DemoActor, random: Random): ChosenTie {
  const [typeA, typeB] = [a.record.type, b.record.type]
  if (random.chance(0.03)) {
    const tie = spinOff(a, b)
    if (tie) return tie
  }
  if (typeA !== typeB) {
    if (typeB === 'network' && random.chance(0.7))
      return { source: a, target: b, type: 'membership' }
    if (typeA === 'network' && random.chance(0.7))
      return { source: b, target: a, type: 'membership' }
    if (typeA === 'funder') return { source: a, target: b, type: 'funding' }
    if (typeB === 'funder') return { source: b, target: a, type: 'funding' }
    if (typeA === 'research_group' && random.chance(0.4))
      return { source: a, target: b, type: 'advisory' }
    if (typeB === 'research_group' && random.chance(0.4))
      return { source: b, target: a, type: 'advisory' }
  }
  if (a.record.kind === 'project' || b.record.kind === 'project') {
    return { source: a, target: b, type: random.chance(0.7) ? 'joint_project' : 'partnership' }
  }
  const type = random.weighted<RelationshipType>(
    ['partnership', 'joint_project', 'advisory'],
    [60, 30, 10],
  )
  return { source: a, target: b, type }
}
