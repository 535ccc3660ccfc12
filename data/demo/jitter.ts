/**
 * A fictional point near a municipality's centre: uniform in a disc of up to 3 km (smaller for small
 * municipalities), and always at least 0.5 km inside the district's outline. Works in km around the
 * centre, with only the outline edges near it: cheap enough for 100,000 points.
 */
import type { LonLat, Location } from '@netzwerkatlas/shared'
import type { Municipality } from '../geo/gazetteer.ts'
import type { PolygonGeometry } from '../geo/point-in-polygon.ts'
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

/** An outline edge as [ax, ay, bx, by] in km east and north of the municipality's centre. */
type Edge = readonly [ax: number, ay: number, bx: number, by: number]

export interface JitterDisc {
  center: LonLat
  kmPerDegreeLon: number
  /** 0.6 × the radius of a disc of the municipality's area, at most 3 km. */
  radiusKm: number
  /** Every point this close to the centre lies ≥ BORDER_MARGIN_KM inside the district (may be 0). */
  safeRadiusKm: number
  /** Outline edges close enough to matter for a point in the disc. */
  nearbyEdges: readonly Edge[]
}

/** WARNING: assumes the municipality's centre lies inside `district` (true for all 418 centres). */
export function createJitterDisc(
  municipality: Municipality,
  district: PolygonGeometry,
): JitterDisc {
  const [lon, lat] = municipality.center
  const kmPerDegreeLon = KM_PER_DEGREE_LAT * Math.cos((lat * Math.PI) / 180)
  const radiusKm = Math.min(MAX_JITTER_KM, 0.6 * Math.sqrt(municipality.areaKm2 / Math.PI))
  const polygons = district.type === 'Polygon' ? [district.coordinates] : district.coordinates
  const nearbyEdges: Edge[] = []
  let borderKm = Infinity
  for (const ring of polygons.flat()) {
    for (let i = 1; i < ring.length; i++) {
      const [x1 = 0, y1 = 0] = ring[i - 1] ?? []
      const [x2 = 0, y2 = 0] = ring[i] ?? []
      const edge: Edge = [
        (x1 - lon) * kmPerDegreeLon,
        (y1 - lat) * KM_PER_DEGREE_LAT,
        (x2 - lon) * kmPerDegreeLon,
        (y2 - lat) * KM_PER_DEGREE_LAT,
      ]
      const distanceKm = distanceToEdge(0, 0, edge)
      borderKm = Math.min(borderKm, distanceKm)
      if (distanceKm <= radiusKm + BORDER_MARGIN_KM) nearbyEdges.push(edge)
    }
  }
  const safeRadiusKm = Math.max(0, Math.min(radiusKm, borderKm - BORDER_MARGIN_KM))
  return { center: municipality.center, kmPerDegreeLon, radiusKm, safeRadiusKm, nearbyEdges }
}

/** A point uniformly in the disc, rounded to 5 decimals (about 1 m); `precision: 'exact'` (fictional). */
export function drawLocation(disc: JitterDisc, random: Random): Location {
  let offset: [number, number] | undefined
  if (disc.safeRadiusKm < disc.radiusKm) {
    // Border towns (Görlitz's centre is 0.6 km from the Neiße): try the full disc, keep what stays inside.
    for (let attempt = 0; attempt < ATTEMPTS_NEAR_BORDER && !offset; attempt++) {
      const candidate = drawOffset(disc.radiusKm, random)
      if (isWellInside(candidate, disc)) offset = candidate
    }
  }
  const [dx, dy] = offset ?? drawOffset(disc.safeRadiusKm, random)
  const round = (value: number) => Math.round(value * 1e5) / 1e5
  return {
    lon: round(disc.center[0] + dx / disc.kmPerDegreeLon),
    lat: round(disc.center[1] + dy / KM_PER_DEGREE_LAT),
    precision: 'exact',
    ...DEMO_LOCATION_SOURCE,
  }
}

function drawOffset(radiusKm: number, random: Random): [number, number] {
  const distanceKm = radiusKm * Math.sqrt(random.next())
  const angle = random.next() * 2 * Math.PI
  return [distanceKm * Math.cos(angle), distanceKm * Math.sin(angle)]
}

/**
 * Inside and ≥ margin from the outline: no nearby edge is closer than the margin, and the way from the
 * (inside) centre to the point crosses none, so the point is on the centre's side of every edge.
 */
function isWellInside([x, y]: [number, number], disc: JitterDisc): boolean {
  return disc.nearbyEdges.every(
    (edge) => distanceToEdge(x, y, edge) >= BORDER_MARGIN_KM && !crossesFromCentre(x, y, edge),
  )
}

/** Distance from (x, y) to the edge, in km. */
function distanceToEdge(x: number, y: number, [ax, ay, bx, by]: Edge): number {
  const dx = bx - ax
  const dy = by - ay
  const lengthSquared = dx * dx + dy * dy
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / lengthSquared))
  return Math.hypot(ax + t * dx - x, ay + t * dy - y)
}

/** Which side of the line p→q the point r lies on: -1, 0 or 1. */
const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
  Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px))

/** Whether the segment from the centre (0, 0) to (x, y) crosses the edge. */
function crossesFromCentre(x: number, y: number, [ax, ay, bx, by]: Edge): boolean {
  return (
    side(0, 0, x, y, ax, ay) !== side(0, 0, x, y, bx, by) &&
    side(ax, ay, bx, by, 0, 0) !== side(ax, ay, bx, by, x, y)
  )
}
