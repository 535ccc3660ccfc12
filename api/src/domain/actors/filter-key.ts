/** A canonical text of the filters alone (no paging), so equal filters share cached answers. */
import type { Filters } from '@netzwerkatlas/shared'

const FILTER_KEYS = [
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
  'synthetic',
  'relationshipType',
] as const satisfies readonly (keyof Filters)[]

export function filterKey(filters: Filters): string {
  return JSON.stringify(FILTER_KEYS.map((key) => filters[key] ?? null))
}
