/**
 * A fictional point near a municipality's centre: uniform in a disc of up to 3 km (smaller for small
 * municipalities), and always at least 0.5 km inside the district's outline.
 */
import type { LonLat, Location } from '@netzwerkatlas/shared'
import type { Municipality } from '../geo/gazetteer.ts'
import { isPointInGeometry, type PolygonGeometry } from '../geo/point-in-polygon.ts'
import type { Random } from './random.ts'

const MAX_JITTER_KM = 3
/**
 * Distance kept from the district outline. The outlines are simplified per district (200 m tolerance),
 * so neighbours overlap by up to ~0.4 km; beyond this margin `districtAt` always finds the own district.
 */
const BORDER_MARGIN_KM = 0.5
const KM_PER_DEGREE_LAT = 110.57
/** Near a border, full-size draws are checked; after this many misses, the safe disc is used. */
const ATTEMPTS_NEAR_BORDER = 3

const DEMO_LOCATION_SOURCE = { source: 'Demo-Generator', licence: null, attribution: null } as const

export interface JitterDisc {
  center: LonLat
  /** 0.6 × the radius of a disc of the municipality's area, at most 3 km. */
  radiusKm: number
  /** Every point this close to the centre lies ≥ BORDER_MARGIN_KM inside the district (may be 0). */
  safeRadiusKm: number
  district: PolygonGeometry
}

export function createJitterDisc(
  municipality: Municipality,
  district: PolygonGeometry,
): JitterDisc {
  const radiusKm = Math.min(MAX_JITTER_KM, 0.6 * Math.sqrt(municipality.areaKm2 / Math.PI))
  const borderKm = distanceToOutlineKm(municipality.center, district) - BORDER_MARGIN_KM
  return {
    center: municipality.center,
    radiusKm,
    safeRadiusKm: Math.max(0, Math.min(radiusKm, borderKm)),
    district,
  }
}

/** A point uniformly in the disc, rounded to 5 decimals (about 1 m); `precision: 'exact'` (fictional). */
export function drawLocation(disc: JitterDisc, random: Random): Location {
  let point: LonLat | undefined
  if (disc.safeRadiusKm < disc.radiusKm) {
    // Border towns (Görlitz's centre is 0.6 km from the Neiße): try the full disc, keep what stays inside.
    for (let attempt = 0; attempt < ATTEMPTS_NEAR_BORDER && !point; attempt++) {
      const candidate = drawPoint(disc.center, disc.radiusKm, random)
      if (isWellInside(candidate, disc.district)) point = candidate
    }
  }
  const [lon, lat] = point ?? drawPoint(disc.center, disc.safeRadiusKm, random)
  return { lon, lat, precision: 'exact', ...DEMO_LOCATION_SOURCE }
}

function drawPoint([centerLon, centerLat]: LonLat, radiusKm: number, random: Random): LonLat {
  const distanceKm = radiusKm * Math.sqrt(random.next())
  const angle = random.next() * 2 * Math.PI
  const kmPerDegreeLon = KM_PER_DEGREE_LAT * Math.cos((centerLat * Math.PI) / 180)
  const round = (value: number) => Math.round(value * 1e5) / 1e5
  return [
    round(centerLon + (distanceKm * Math.cos(angle)) / kmPerDegreeLon),
    round(centerLat + (distanceKm * Math.sin(angle)) / KM_PER_DEGREE_LAT),
  ]
}

const isWellInside = (point: LonLat, district: PolygonGeometry) =>
  isPointInGeometry(point, district) && distanceToOutlineKm(point, district) >= BORDER_MARGIN_KM

/** Shortest distance from a point to any ring of the geometry, in a local flat projection (km). */
function distanceToOutlineKm([lon, lat]: LonLat, geometry: PolygonGeometry): number {
  const kmPerDegreeLon = KM_PER_DEGREE_LAT * Math.cos((lat * Math.PI) / 180)
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  let best = Infinity
  for (const ring of polygons.flat()) {
    for (let i = 1; i < ring.length; i++) {
      const [x1 = 0, y1 = 0] = ring[i - 1] ?? []
      const [x2 = 0, y2 = 0] = ring[i] ?? []
      const ax = (x1 - lon) * kmPerDegreeLon
      const ay = (y1 - lat) * KM_PER_DEGREE_LAT
      best = Math.min(
        best,
        distanceToSegment(ax, ay, (x2 - lon) * kmPerDegreeLon, (y2 - lat) * KM_PER_DEGREE_LAT),
      )
    }
  }
  return best
}

/** Distance from the origin to the segment a–b. */
function distanceToSegment(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax
  const dy = by - ay
  const lengthSquared = dx * dx + dy * dy
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared))
  return Math.hypot(ax + t * dx, ay + t * dy)
}
