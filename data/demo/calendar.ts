/**
 * Dates as whole days since 1970-01-01, and a draw that makes the network grow over time. Plain integer
 * arithmetic (Hinnant's civil-calendar algorithms): pure, no clock, and no Date objects to allocate,
 * which matters at 250,000 ties.
 */
import type { Random } from './random.ts'

/** The demo network starts in 2010: no tie, project or event before this year. */
export const FIRST_YEAR = 2010

/** Growth of new ties, projects and events per year (×1.1 a year: about 4× more in 2025 than in 2010). */
const YEARLY_GROWTH = 1.1

/** Day number of a proleptic Gregorian date (month 1–12). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

/** [year, month 1–12, day] of a day number. */
function civilFromDays(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  )
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day]
}

const yearStarts = new Map<number, number>()

/** Day number of 1 January of `year` (memoised: the tie draw asks for the same few years a million times). */
export function dayOfYearStart(year: number): number {
  let start = yearStarts.get(year)
  if (start === undefined) yearStarts.set(year, (start = daysFromCivil(year, 1, 1)))
  return start
}

const growthFactors = new Map<number, number>()

function growthFactor(year: number): number {
  let factor = growthFactors.get(year)
  if (factor === undefined) growthFactors.set(year, (factor = YEARLY_GROWTH ** (year - FIRST_YEAR)))
  return factor
}

export function toDay(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) throw new Error(`not an ISO date: ${isoDate}`)
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const dayNumber = daysFromCivil(year, month, day)
  if (civilFromDays(dayNumber).join('-') !== `${year}-${month}-${day}`) {
    throw new Error(`not a calendar date: ${isoDate}`)
  }
  return dayNumber
}

const twoDigits = (value: number) => (value < 10 ? `0${value}` : String(value))

export function toIsoDate(dayNumber: number): string {
  const [year, month, day] = civilFromDays(dayNumber)
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`
}

/** The year of a day number, without building the full date. */
export function yearOfDay(dayNumber: number): number {
  const year = Math.floor(dayNumber / 365.2425) + 1970
  if (dayOfYearStart(year) > dayNumber) return year - 1
  return dayOfYearStart(year + 1) <= dayNumber ? year + 1 : year
}

/** Weight of `year` within [fromDay, toDay]: its days in the range × the growth curve. */
function yearWeight(year: number, fromDay: number, toDayInclusive: number): number {
  const start = Math.max(fromDay, dayOfYearStart(year))
  const end = Math.min(toDayInclusive, dayOfYearStart(year + 1) - 1)
  return (end - start + 1) * growthFactor(year)
}

/**
 * A day in [fromDay, toDayInclusive], each year weighted by the growth curve and by how many of its
 * days lie in the range, so later years get more. Returns fromDay when the range is empty.
 */
export function drawGrowingDay(random: Random, fromDay: number, toDayInclusive: number): number {
  if (toDayInclusive <= fromDay) return fromDay
  const firstYear = yearOfDay(fromDay)
  const lastYear = yearOfDay(toDayInclusive)
  let total = 0
  for (let year = firstYear; year <= lastYear; year++) {
    total += yearWeight(year, fromDay, toDayInclusive)
  }
  let threshold = random.next() * total
  for (let year = firstYear; year <= lastYear; year++) {
    const weight = yearWeight(year, fromDay, toDayInclusive)
    if (threshold < weight) {
      const start = Math.max(fromDay, dayOfYearStart(year))
      const end = Math.min(toDayInclusive, dayOfYearStart(year + 1) - 1)
      return start + Math.floor((threshold / weight) * (end - start + 1))
    }
    threshold -= weight
  }
  return toDayInclusive
}
