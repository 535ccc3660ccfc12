/**
 * When an actor or a tie counts as active, year by year: the rule of GET /network/timeline, shared so the graph
 * view hides exactly the ties the timeline does not count. An actor is active from its founding year (else the
 * year of its start date) to the year of its end date; a relationship from the year of `since` to the year of
 * `until`, while both its actors are active. A missing start means "from the beginning", a missing end "still".
 */

/** Years, inclusive; null: open-ended on that side. */
export interface YearSpan {
  from: number | null
  to: number | null
}

const yearOf = (date: string | null) => (date ? Number(date.slice(0, 4)) : null)

export const actorActiveYears = (actor: {
  foundedYear: number | null
  startDate: string | null
  endDate: string | null
}): YearSpan => ({ from: actor.foundedYear ?? yearOf(actor.startDate), to: yearOf(actor.endDate) })

export const relationshipActiveYears = (relationship: {
  since: string | null
  until: string | null
}): YearSpan => ({ from: yearOf(relationship.since), to: yearOf(relationship.until) })

export const isActiveInYear = (span: YearSpan, year: number) =>
  (span.from === null || span.from <= year) && (span.to === null || span.to >= year)

export const ACTIVE_YEARS_RULE =
  'Actor active from foundedYear (else the year of startDate) to the year of endDate; relationship from the year of since to the year of until, while both actors are active. Missing start: active from the beginning; missing end: still active.'
