/**
 * When nothing is found: what to relax, and how many results each change gives ("mit 50 km: 4", "ohne
 * Themenfilter: 7"). Tried only for an empty answer, so the extra lookups cost nothing otherwise.
 */
import { MAX_PARTNER_RADIUS_KM, type PartnerRelaxation } from '@netzwerkatlas/shared'
import type { PartnerFilters } from './partner-candidates.ts'

const WIDER_RADII_KM = [50, 100, 200, MAX_PARTNER_RADIUS_KM]

const FILTER_NAMES = {
  topic: { de: 'ohne Themenfilter', en: 'without the topic filter' },
  type: { de: 'ohne Filter nach Art', en: 'without the type filter' },
  kind: { de: 'ohne Filter nach Form', en: 'without the kind filter' },
  text: { de: 'ohne Suchtext', en: 'without the search text' },
  district: { de: 'ohne Landkreisfilter', en: 'without the district filter' },
  municipality: { de: 'ohne Gemeindefilter', en: 'without the municipality filter' },
} as const

/**
 * `count` says how many a search with this radius and these filters finds: the finder asks its spatial index,
 * the bench's linear scan scans, so both answer the same relaxations in their own way.
 */
export function partnerRelaxations(
  radiusKm: number,
  filters: PartnerFilters,
  count: (radiusKm: number, filters: PartnerFilters) => number,
): PartnerRelaxation[] {
  const relaxations: PartnerRelaxation[] = []
  // The nearest wider radius that finds someone.
  for (const wider of WIDER_RADII_KM.filter((radius) => radius > radiusKm)) {
    const found = count(wider, filters)
    if (found === 0) continue
    relaxations.push({
      parameter: 'radiusKm',
      radiusKm: wider,
      count: found,
      de: `mit ${wider} km: ${found}`,
      en: `with ${wider} km: ${found}`,
    })
    break
  }
  for (const parameter of Object.keys(FILTER_NAMES) as (keyof typeof FILTER_NAMES)[]) {
    if (filters[parameter] === undefined) continue
    const found = count(radiusKm, { ...filters, [parameter]: undefined })
    if (found === 0) continue
    const name = FILTER_NAMES[parameter]
    relaxations.push({
      parameter,
      count: found,
      de: `${name.de}: ${found}`,
      en: `${name.en}: ${found}`,
    })
  }
  return relaxations
}
