/**
 * The time facts of a demo actor: founding year (organisations), start, stage and end (projects), day
 * and time (events), and the first day it can have ties.
 */
import type { ActorKind, ProjectStage } from '@netzwerkatlas/shared'
import { drawFoundedYear } from './actor-traits.ts'
import { dayOfYearStart, drawGrowingDay, FIRST_YEAR, toIsoDate, yearOfDay } from './calendar.ts'
import type { Random } from './random.ts'

const LAST_FOUNDED_YEAR = 2024
const START_TIMES = ['09:00', '10:00', '13:30', '14:00', '16:00', '17:00', '18:00', '19:00']

export interface ActorDates {
  foundedYear: number | null
  stage: ProjectStage | null
  startDate: string | null
  startTime: string | null
  endDate: string | null
  endTime: string | null
  /** First day the actor can have ties: 1 January of its founding year, a project's start, an event's day. */
  activeFromDay: number
}

const NO_DATES = {
  foundedYear: null,
  stage: null,
  startDate: null,
  startTime: null,
  endDate: null,
  endTime: null,
}

function drawStage(ageDays: number, random: Random): ProjectStage {
  const stages: ProjectStage[] = ['idea', 'pilot', 'established', 'spreading']
  if (ageDays < 365) return random.weighted(stages, [50, 50, 0, 0])
  if (ageDays < 3 * 365) return random.weighted(stages, [10, 50, 40, 0])
  return random.weighted(stages, [0, 10, 60, 30])
}

function drawProjectEnd(stage: ProjectStage, startDay: number, random: Random): number | null {
  // A pilot's end is planned and may lie in the future; established projects sometimes ended.
  if (stage === 'pilot') return startDay + random.int(365, 3 * 365)
  if (stage === 'established' && random.chance(0.3)) return startDay + random.int(3 * 365, 6 * 365)
  return null
}

function drawEvent(todayDay: number, random: Random): ActorDates {
  const day = drawGrowingDay(random, dayOfYearStart(FIRST_YEAR), todayDay)
  const startTime = random.chance(0.8) ? random.pick(START_TIMES) : null
  // Multi-day events must be over by today: their participation ties end on the last day.
  const lastDay = random.chance(0.15) ? day + random.int(1, 2) : day
  const isMultiDay = lastDay > day && lastDay <= todayDay
  const endHour =
    startTime && !isMultiDay && random.chance(0.4) ? Number(startTime.slice(0, 2)) : null
  return {
    ...NO_DATES,
    startDate: toIsoDate(day),
    startTime,
    endDate: isMultiDay ? toIsoDate(lastDay) : null,
    endTime: endHour === null ? null : `${Math.min(22, endHour + random.int(2, 4))}:00`,
    activeFromDay: day,
  }
}

export function drawActorDates(kind: ActorKind, todayDay: number, random: Random): ActorDates {
  if (kind === 'event') return drawEvent(todayDay, random)
  if (kind === 'project') {
    const startDay = drawGrowingDay(random, dayOfYearStart(FIRST_YEAR), todayDay)
    const stage = drawStage(todayDay - startDay, random)
    const endDay = drawProjectEnd(stage, startDay, random)
    return {
      ...NO_DATES,
      stage,
      startDate: toIsoDate(startDay),
      endDate: endDay === null ? null : toIsoDate(endDay),
      activeFromDay: startDay,
    }
  }
  const foundedYear = drawFoundedYear(Math.min(LAST_FOUNDED_YEAR, yearOfDay(todayDay)), random)
  return { ...NO_DATES, foundedYear, activeFromDay: dayOfYearStart(foundedYear) }
}
