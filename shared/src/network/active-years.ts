/**
 * When an actor or a tie is active, year by year: the one rule the timeline (/network/timeline) and the map's
 * ties (/map/ties) share, so "active in 2019" means the same on every view.
 *
 * An actor is active from its founding year (else the year of its start date) to the year of its end date
 * (events, projects); a relationship from the year of `since` to the year of `until`. A tie is active while the
 * relationship and both its actors are. A missing start counts as "active from the beginning", a missing end as
 * "still active": the data rarely says either.
 */

/** Years as inclusive bounds; null: open on that side. `from > to` is a span no year falls in. */
export interface ActiveSpan {
  from: number | null
  to: number | null
}

interface DatedActor {
  foundedYear: number | null
  startDate: string | null
  endDate: string | null
}

interface DatedRelationship {
  since: string | null
  until: string | null
}

export const ACTIVE_YEARS_RULE =
  'Actor active from foundedYear (else the year of startDate) to the year of endDate; relationship from the year of since to the year of until, while both actors are active. Missing start: active from the beginning; missing end: still active.'

const yearOf = (date: string | null) => (date ? Number(date.slice(0, 4)) : null)

export const actorActiveSpan = (actor: DatedActor): ActiveSpan => ({
  from: actor.foundedYear ?? yearOf(actor.startDate),
  to: yearOf(actor.endDate),
})

export const relationshipActiveSpan = (relationship: DatedRelationship): ActiveSpan => ({
  from: yearOf(relationship.since),
  to: yearOf(relationship.until),
})

export const isActiveIn = (span: ActiveSpan, year: number): boolean =>
  (span.from === null || span.from <= year) && (span.to === null || span.to >= year)

const latest = (a: number | null, b: number | null) =>
  a === null ? b : b === null ? a : Math.max(a, b)
const earliest = (a: number | null, b: number | null) =>
  a === null ? b : b === null ? a : Math.min(a, b)

/**
 * The years a tie is active: the overlap of its relationship's span and its two actors' spans. Each is one run
 * of years, so the overlap is one too, and a client can test a year with `isActiveIn` alone.
 */
export function tieActiveSpan(
  relationship: ActiveSpan,
  source: ActiveSpan,
  target: ActiveSpan,
): ActiveSpan {
  return {
    from: latest(relationship.from, latest(source.from, target.from)),
    to: earliest(relationship.to, earliest(source.to, target.to)),
  }
}

/** True when the relationship and both its actors are active in `year`. */
export const isTieActiveIn = (tie: ActiveSpan, year: number): boolean => isActiveIn(tie, year)
