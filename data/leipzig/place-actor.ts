/**
 * Where a Leipzig Data actor is: its first address, a point (exact from the coordinate file, else the postcode's)
 * and its municipality and district.
 */
import type { Address, LonLat, NewActor } from '@netzwerkatlas/shared'
import type { Gazetteer, Municipality } from '../geo/gazetteer.ts'
import { placeAtPostcode } from '../geo/geocode.ts'
import type { CoordinateRow, LeipzigAddress } from './read-leipzig-data.ts'

type ActorPlace = Pick<NewActor, 'address' | 'location' | 'municipalityAgs' | 'districtAgs'>

/** The credit each coordinate licence requires, shown wherever the point is used. */
const COORDINATE_ATTRIBUTION = {
  'ODbL-1.0':
    '© OpenStreetMap contributors, ODbL 1.0 (via LinkedGeoData / Leipzig Data GeoDaten 2013)',
  'CC0-1.0': 'Leipzig Data (WeitereAdressen.ttl), CC0 1.0',
} as const

const NOWHERE = { location: null, municipalityAgs: null, districtAgs: null }

/**
 * The municipality an address's city names. Names are not unique in Saxony (two Bernsdorfs): a name shared by
 * several counts only within `districtAgs`. Source spellings like "Muegeln" or Ortsteile like "Rabutz" name none.
 */
function municipalityOfCity(
  gazetteer: Gazetteer,
  city: string | null,
  districtAgs?: string,
): Municipality | undefined {
  if (!city) return undefined
  const named = gazetteer.municipalityNamed(city)
  if (!named) return undefined
  const isUnique = gazetteer.municipalities.filter((m) => m.name === named.name).length === 1
  if (isUnique) return named
  return districtAgs ? gazetteer.municipalityNamed(city, districtAgs) : undefined
}

function toAddress(address: LeipzigAddress): Address {
  return {
    street: address.street,
    houseNumber: address.house_number,
    postcode: address.postcode,
    city: address.city,
  }
}

/**
 * An exact point, if the coordinate lies in Saxony. The address's city wins over the point's polygon where it
 * names a municipality: the municipality outlines are coarse (1:5 million), and a point on a border (Forsthaus
 * Raschwitz, Markkleeberg) can fall on the wrong side.
 */
function placeAtCoordinate(gazetteer: Gazetteer, row: CoordinateRow, city: string | null) {
  const point: LonLat = row.point
  const district = gazetteer.districtAt(point)
  if (!district) return undefined
  const municipality =
    municipalityOfCity(gazetteer, city, district.ags) ?? gazetteer.municipalityAt(point)
  const [lon, lat] = point
  return {
    location: {
      lon,
      lat,
      precision: 'exact' as const,
      source: row.source,
      licence: row.licence,
      attribution: COORDINATE_ATTRIBUTION[row.licence],
    },
    municipalityAgs: municipality?.ags ?? null,
    districtAgs: municipality?.districtAgs ?? district.ags,
  }
}

export function placeActor(
  gazetteer: Gazetteer,
  addresses: readonly LeipzigAddress[],
  coordinatesByAddress: ReadonlyMap<string, CoordinateRow>,
): ActorPlace {
  // Only the first address: the others are branches or second sites, and one actor is one point.
  const [first] = addresses
  if (!first) return { address: null, ...NOWHERE }
  const address = toAddress(first)
  const coordinate = coordinatesByAddress.get(first.uri)
  const exact = coordinate && placeAtCoordinate(gazetteer, coordinate, first.city)
  if (exact) return { address, ...exact }
  const atPostcode = first.postcode
    ? placeAtPostcode(gazetteer, first.postcode, first.city)
    : undefined
  if (atPostcode) return { address, ...atPostcode }
  // No point (e.g. 04019, a Postfach postcode), but the city still tells the municipality.
  const municipality = municipalityOfCity(gazetteer, first.city)
  return {
    address,
    location: null,
    municipalityAgs: municipality?.ags ?? null,
    districtAgs: municipality?.districtAgs ?? null,
  }
}
