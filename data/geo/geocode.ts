/**
 * Offline geocoding: a postcode or a municipality becomes a point, with the precision and the credit of the
 * data the point came from. Used by the seed, the Leipzig import and the demo generator.
 */
import type { Location } from '@netzwerkatlas/shared'
import type { Gazetteer } from './gazetteer.ts'

export interface Placement {
  location: Location
  municipalityAgs: string | null
  districtAgs: string | null
}

const POSTCODE_SOURCE = {
  source: 'GeoNames-Postleitzahlen (Mittelpunkt der Orte)',
  licence: 'CC BY 4.0',
  attribution: 'Postleitzahlen: GeoNames (www.geonames.org), CC BY 4.0, Daten verändert',
} as const

const MUNICIPALITY_SOURCE = {
  source: 'Destatis GV-ISys, geografischer Mittelpunkt der Gemeinde',
  licence: 'dl-de/by-2-0',
  attribution: 'Statistisches Bundesamt (Destatis), GV-ISys, Stand 31.12.2023, dl-de/by-2-0',
} as const

/** The centre of a municipality (precision `municipality`). */
export function placeAtMunicipality(gazetteer: Gazetteer, municipalityAgs: string): Placement {
  const municipality = gazetteer.municipalityByAgs.get(municipalityAgs)
  if (!municipality) throw new Error(`unknown municipality ${municipalityAgs}`)
  const [lon, lat] = municipality.center
  return {
    location: { lon, lat, precision: 'municipality', ...MUNICIPALITY_SOURCE },
    municipalityAgs: municipality.ags,
    districtAgs: municipality.districtAgs,
  }
}

/**
 * The postcode's point (precision `postcode`). The municipality comes from the address's city name where it
 * names one in the postcode's district (postcodes span several municipalities), else from the point.
 * Undefined when the postcode is not a Saxon delivery postcode.
 */
export function placeAtPostcode(
  gazetteer: Gazetteer,
  postcode: string,
  city: string | null,
): Placement | undefined {
  const entry = gazetteer.postcodeByPlz.get(postcode)
  if (!entry) return undefined
  const [lon, lat] = entry.point
  const municipality =
    (city ? gazetteer.municipalityNamed(city, entry.districtAgs) : undefined) ??
    gazetteer.municipalityAt(entry.point)
  return {
    location: { lon, lat, precision: 'postcode', ...POSTCODE_SOURCE },
    municipalityAgs: municipality?.ags ?? null,
    districtAgs: municipality?.districtAgs ?? entry.districtAgs,
  }
}
