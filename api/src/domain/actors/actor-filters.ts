/**
 * Which actors a filter keeps. Text, bounding box and radius are answered by the index; the rest is decided here.
 * Status needs no check: the index holds the public view only (domain/visibility/public-view.ts).
 */
import type { Actor, Filters } from '@netzwerkatlas/shared'

export function matchesActorFilters(actor: Actor, filters: Filters): boolean {
  return (
    (!filters.kind || filters.kind.includes(actor.kind)) &&
    (!filters.type || filters.type.includes(actor.type)) &&
    (!filters.topic || filters.topic.some((topic) => actor.topics.includes(topic))) &&
    (!filters.district ||
      (actor.districtAgs !== null && filters.district.includes(actor.districtAgs))) &&
    (!filters.municipality ||
      (actor.municipalityAgs !== null && filters.municipality.includes(actor.municipalityAgs))) &&
    (filters.synthetic === undefined || actor.provenance.synthetic === filters.synthetic) &&
    (filters.located === undefined || (actor.location !== null) === filters.located)
  )
}
