/**
 * Who is within the radius and passes the filters, with the distance to each. The spatial index answers the
 * box around the circle (a kdbush range: several times faster than a radius search for thousands of points);
 * the distance that decides is the haversine distance of shared/geo/distance.ts in whole metres, and an actor
 * exactly on the radius is inside (README, "Partner finder").
 */
import type { Bbox, Filters, LonLat } from '@netzwerkatlas/shared'
import { matchesActorFilters } from '../actors/actor-filters.ts'
import type { PartnerCatalog } from './partner-catalog.ts'

/**
 * The candidates as two parallel lists, not one object each: a search at 100k actors can have thousands, and
 * only the page shown needs more than these two numbers. Views of buffers the next search overwrites (see
 * `scratch` below): read them before calling partnerCandidates again.
 */
export interface Candidates {
  /** Positions in name order (the last tie-break), in the order the spatial index found them. */
  positions: Int32Array
  distancesKm: Float64Array
}

/** The filters the partner finder shares with the other routes (type, topic, …), text included. */
export type PartnerFilters = Pick<
  Filters,
  'kind' | 'type' | 'topic' | 'district' | 'municipality' | 'synthetic' | 'text'
>

const metres = (km: number) => Math.round(km * 1000)

const EARTH_RADIUS_KM = 6371.0088
const DEGREES = 180 / Math.PI

/**
 * haversineKm (shared/geo/distance.ts), step for step the same arithmetic, with both cosines given: the
 * centre's is taken once per search, the candidate's from the columns (PartnerColumns.cosLat). No array per
 * point and no closure per search: the loop below runs for every actor in the box.
 */
function haversineKmWith(
  lon1: number,
  lat1: number,
  cosLat1: number,
  lon2: number,
  lat2: number,
  cosLat2: number,
): number {
  const dLat = ((lat2 - lat1) * Math.PI) / 180
  const dLon = ((lon2 - lon1) * Math.PI) / 180
  const a = Math.sin(dLat / 2) ** 2 + cosLat1 * cosLat2 * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)))
}

/**
 * The candidates' buffers, reused by every search and grown when a box holds more actors than any before: a
 * search is synchronous from start to page, so nothing else writes them in between, and allocating two typed
 * arrays (or growing two plain ones by push) per search cost more than filling them.
 */
const scratch = { positions: new Int32Array(1024), distancesKm: new Float64Array(1024) }

function scratchFor(size: number) {
  if (scratch.positions.length < size) {
    const capacity = Math.max(size, 2 * scratch.positions.length)
    scratch.positions = new Int32Array(capacity)
    scratch.distancesKm = new Float64Array(capacity)
  }
  return scratch
}

/** The smallest lon/lat box around a circle on the sphere, a little wider so no point on the rim is lost. */
function boxAround([lon, lat]: LonLat, radiusKm: number): Bbox {
  const angle = (radiusKm * 1.001 + 0.01) / EARTH_RADIUS_KM
  const dLat = angle * DEGREES
  const sinRatio = Math.sin(angle) / Math.cos(lat / DEGREES)
  const dLon = sinRatio >= 1 ? 180 : Math.asin(sinRatio) * DEGREES
  return [lon - dLon, Math.max(-90, lat - dLat), lon + dLon, Math.min(90, lat + dLat)]
}

export function isWithinRadius(distanceKm: number, radiusKm: number): boolean {
  return metres(distanceKm) <= metres(radiusKm)
}

export function partnerCandidates(
  catalog: PartnerCatalog,
  centre: LonLat,
  radiusKm: number,
  filters: PartnerFilters,
  excludeId: string | undefined,
): Candidates {
  const textIds = filters.text ? catalog.idsMatchingText(filters.text) : undefined
  const box = boxAround(centre, radiusKm)
  // With topics, only the actors on any of them are read, so the topic filter is already met.
  const inBox = filters.topic
    ? catalog.positionsWithTopicsInBbox(filters.topic, box)
    : catalog.positionsInBbox(box)
  // The filters neither the topic trees nor the text search answer; none set: no object read at all. Listed,
  // not spread from `filters`: a spread per search cost about as much as the topic trees' range.
  const { kind, type, district, municipality, synthetic } = filters
  const hasOtherFilters =
    kind !== undefined ||
    type !== undefined ||
    district !== undefined ||
    municipality !== undefined ||
    synthetic !== undefined
  const rest: PartnerFilters = { kind, type, district, municipality, synthetic }
  const { positions, distancesKm } = scratchFor(inBox.length)
  let count = 0
  const actors = catalog.actorsInNameOrder
  // Located actors only are in the box; the object is read only for the filters the columns do not hold.
  const { lon, lat, cosLat, positionOf } = catalog.partnerColumns()
  const excluded = excludeId === undefined ? -1 : (positionOf.get(excludeId) ?? -1)
  const [centreLon, centreLat] = centre
  const centreCosLat = Math.cos((centreLat * Math.PI) / 180)
  // isWithinRadius with the radius's metres worked out once.
  const radiusMetres = metres(radiusKm)
  for (let i = 0; i < inBox.length; i++) {
    const position = inBox[i]!
    if (position === excluded) continue
    const distanceKm = haversineKmWith(
      centreLon,
      centreLat,
      centreCosLat,
      lon[position]!,
      lat[position]!,
      cosLat[position]!,
    )
    if (metres(distanceKm) > radiusMetres) continue
    if (textIds && !textIds.has(actors[position]!.id)) continue
    if (hasOtherFilters && !matchesActorFilters(actors[position]!, rest)) continue
    positions[count] = position
    distancesKm[count] = distanceKm
    count++
  }
  return { positions: positions.subarray(0, count), distancesKm: distancesKm.subarray(0, count) }
}
