/**
 * The geography the index needs (districts, municipality names, credits), taken from the gazetteer. It lives
 * beside start-up, not in index/, so the index knows no dataset package: start-up hands the geography in.
 */
import { GEO_CREDITS, type Gazetteer } from '@netzwerkatlas/data/geo'
import { buildPlaceDirectory } from './domain/places/place-directory.ts'
import type { Geography } from './index/network-index.ts'

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
    places: buildPlaceDirectory(gazetteer),
  }
}
