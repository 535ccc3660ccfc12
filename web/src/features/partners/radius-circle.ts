/**
 * The search radius as a polygon on the sphere the API measures on (haversine, R = 6371.0088 km): the circle's
 * edge is where the API's distance equals the radius, so a point drawn inside it is a point the search counts.
 */
import type { FeatureCollection } from '../../map-base/geojson.ts'

const EARTH_RADIUS_KM = 6371.0088
const VERTICES = 96

const toRadians = (degrees: number) => (degrees * Math.PI) / 180
const toDegrees = (radians: number) => (radians * 180) / Math.PI

/** The point `distanceKm` from `[lon, lat]` along `bearing` (radians from north), on the sphere. */
function destination([lon, lat]: [number, number], distanceKm: number, bearing: number) {
  const angle = distanceKm / EARTH_RADIUS_KM
  const lat1 = toRadians(lat)
  const lon1 = toRadians(lon)
  const lat2 = Math.asin(
    Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(bearing),
  )
  const lon2 =
    lon1 +
    Math.atan2(
      Math.sin(bearing) * Math.sin(angle) * Math.cos(lat1),
      Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2),
    )
  return [toDegrees(lon2), toDegrees(lat2)] as [number, number]
}

export function radiusRing(centre: [number, number], radiusKm: number): [number, number][] {
  const ring = Array.from({ length: VERTICES }, (_, i) =>
    destination(centre, radiusKm, (2 * Math.PI * i) / VERTICES),
  )
  return [...ring, ring[0]!]
}

export function radiusCircle(centre: [number, number], radiusKm: number): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: [radiusRing(centre, radiusKm)] },
        properties: {},
      },
    ],
  }
}

/** The circle's bounding box [minLon, minLat, maxLon, maxLat], to fit the map to the search. */
export function ringBounds(ring: readonly [number, number][]): [number, number, number, number] {
  const lons = ring.map(([lon]) => lon)
  const lats = ring.map(([, lat]) => lat)
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]
}
