/** Which actors a filter keeps. Text and bounding box are answered by the index; the rest is decided here. */
import type { Actor, Filters, RecordStatus } from '@netzwerkatlas/shared'

/** Lists show published records unless a status filter asks for others. */
const DEFAULT_STATUSES: readonly RecordStatus[] = ['published']

/** What anyone may see. Pending records await moderation and are for moderators only (a later issue). */
const PUBLIC_STATUSES: readonly RecordStatus[] = ['published', 'archived']

export function isPublicStatus(status: RecordStatus): boolean {
  return PUBLIC_STATUSES.includes(status)
}

export function matchesActorFilters(actor: Actor, filters: Filters): boolean {
  const statuses = filters.status ?? DEFAULT_STATUSES
  return (
    statuses.includes(actor.status) &&
    (!filters.kind || filters.kind.includes(actor.kind)) &&
    (!filters.type || filters.type.includes(actor.type)) &&
    (!filters.topic || filters.topic.some((topic) => actor.topics.includes(topic))) &&
    (!filters.district ||
      (actor.districtAgs !== null && filters.district.includes(actor.districtAgs))) &&
    (!filters.municipality ||
      (actor.municipalityAgs !== null && filters.municipality.includes(actor.municipalityAgs))) &&
    (filters.synthetic === undefined || actor.provenance.synthetic === filters.synthetic)
  )
}
