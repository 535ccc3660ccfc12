/** A canonical text of the filters alone (no paging), so equal filters share cached answers. */
import type { Filters } from '@netzwerkatlas/shared'

/** The filters that select actors (and, for relationships and the network, the actors at both ends). */
export const ACTOR_FILTER_KEYS = [
  'kind',
  'type',
  'topic',
  'district',
  'municipality',
  'text',
  'bbox',
  'near',
  'radiusKm',
  'status',
  'located',
] as const satisfies readonly (keyof Filters)[]

const FILTER_KEYS = [...ACTOR_FILTER_KEYS, 'synthetic', 'relationshipType'] as const

export function filterKey(filters: Filters): string {
  return JSON.stringify(FILTER_KEYS.map((key) => filters[key] ?? null))
}
