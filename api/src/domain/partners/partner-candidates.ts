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
 * only the page shown needs more than these two numbers.
 */
export interface Candidates {
  /** Positions in name order (the last tie-break), in the order the spatial index found them. */
  positions: number[]
  distancesKm: number[]
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
 * haversineKm (shared/geo/distance.ts) from one centre, step for step the same arithmetic, with the centre's
 * cosine taken once and no array per point: the loop below runs for every actor in the box.
 */
function haversineFrom([lon1, lat1]: LonLat): (lon: number, lat: number) => number {
  const cosLat1 = Math.cos((lat1 * Math.PI) / 180)
  return (lon2, lat2) => {
    const dLat = ((lat2 - lat1) * Math.PI) / 180
    const dLon = ((lon2 - lon1) * Math.PI) / 180
    const a =
      Math.sin(dLat / 2) ** 2 + cosLat1 * Math.cos((lat2 * Math.PI) / 180) * Math.sin(dLon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)))
  }
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
  const distanceFromCentre = haversineFrom(centre)
  const box = boxAround(centre, radiusKm)
  // With topics, only the actors on any of them are read, so the topic filter is already met.
  const inBox = filters.topic
    ? catalog.positionsWithTopicsInBbox(filters.topic, box)
    : catalog.positionsInBbox(box)
  const rest: PartnerFilters = { ...filters, topic: undefined }
  const hasOtherFilters = Object.values(rest).some((value) => value !== undefined)
  const positions: number[] = []
  const distancesKm: number[] = []
  const actors = catalog.actorsInNameOrder
  // Located actors only are in the box; the object is read only for the filters the columns do not hold.
  const { lon, lat, positionOf } = catalog.partnerColumns()
  const excluded = excludeId === undefined ? -1 : (positionOf.get(excludeId) ?? -1)
  for (let i = 0; i < inBox.length; i++) {
    const position = inBox[i]!
    if (position === excluded) continue
    const distanceKm = distanceFromCentre(lon[position]!, lat[position]!)
    if (!isWithinRadius(distanceKm, radiusKm)) continue
    if (textIds && !textIds.has(actors[position]!.id)) continue
    if (hasOtherFilters && !matchesActorFilters(actors[position]!, rest)) continue
    positions.push(position)
    distancesKm.push(distanceKm)
  }
  return { positions, distancesKm }
}
