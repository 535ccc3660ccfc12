/** Great-circle distance on WGS84 coordinates ([lon, lat], degrees). */
import type { LonLat } from '../schemas/primitives.ts'

const EARTH_RADIUS_KM = 6371.0088

const toRadians = (degrees: number) => (degrees * Math.PI) / 180

/** Haversine distance in kilometres. */
export function haversineKm([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const dLat = toRadians(lat2 - lat1)
  const dLon = toRadians(lon2 - lon1)
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(lat1)) * Math.cos(toRadians(lat2)) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)))
}
