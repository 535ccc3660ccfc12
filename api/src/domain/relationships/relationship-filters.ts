/**
 * Which relationships a filter keeps: their own fields, and both ends among the actors the filter keeps.
 * Status needs no check: the index holds published ties between published actors only.
 */
import type { Filters, Relationship } from '@netzwerkatlas/shared'
import { ACTOR_FILTER_KEYS } from '../actors/filter-key.ts'

/** True when the filters constrain actors, so a relationship's ends must pass them too. */
export function hasActorFilters(filters: Filters): boolean {
  return ACTOR_FILTER_KEYS.some((key) => filters[key] !== undefined)
}

export function matchesRelationshipFilters(relationship: Relationship, filters: Filters): boolean {
  return (
    (!filters.relationshipType || filters.relationshipType.includes(relationship.type)) &&
    (filters.synthetic === undefined || relationship.provenance.synthetic === filters.synthetic)
  )
}
