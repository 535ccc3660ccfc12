/**
 * Districts as filter options. Two of them are both called "Leipzig" (the city 14713 and the rural district
 * 14729): names that occur twice get their kind of district in brackets, for sight and screen readers alike.
 */
import type { MetaResponse } from '@netzwerkatlas/shared'
import type { FilterOption } from './filter-checkbox-group.tsx'

export function districtOptions(
  districts: MetaResponse['districts'],
  typeLabel: (type: string) => string,
): FilterOption[] {
  const counts = new Map<string, number>()
  for (const district of districts) counts.set(district.name, (counts.get(district.name) ?? 0) + 1)
  return districts.map((district) => ({
    value: district.ags,
    text: district.name,
    lang: 'de',
    qualifier: (counts.get(district.name) ?? 0) > 1 ? `(${typeLabel(district.type)})` : undefined,
  }))
}
