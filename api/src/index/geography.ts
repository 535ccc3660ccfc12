/** The geography the index needs (districts, municipality names, credits), taken from the gazetteer. */
import { GEO_CREDITS, type Gazetteer } from '@netzwerkatlas/data/geo'
import type { Geography } from './network-index.ts'

export function geographyOf(gazetteer: Gazetteer): Geography {
  return {
    districts: gazetteer.districts.map(({ ags, name, type, population }) => ({
      ags,
      name,
      type,
      population,
    })),
    municipalityNameOf: (ags) => gazetteer.municipalityByAgs.get(ags)?.name,
    credits: GEO_CREDITS,
  }
}
