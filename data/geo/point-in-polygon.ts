/** Ray-casting point-in-polygon for GeoJSON Polygon and MultiPolygon geometries (holes respected). */
import type { LonLat } from '@netzwerkatlas/shared'

type Ring = readonly (readonly number[])[]

export type PolygonGeometry =
  | { type: 'Polygon'; coordinates: readonly Ring[] }
  | { type: 'MultiPolygon'; coordinates: readonly (readonly Ring[])[] }

function isPointInRing([x, y]: LonLat, ring: Ring): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? []
    const [xj = 0, yj = 0] = ring[j] ?? []
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

function isPointInPolygon(point: LonLat, rings: readonly Ring[]): boolean {
  const [outer, ...holes] = rings
  return (
    outer !== undefined &&
    isPointInRing(point, outer) &&
    !holes.some((hole) => isPointInRing(point, hole))
  )
}

export function isPointInGeometry(point: LonLat, geometry: PolygonGeometry): boolean {
  return geometry.type === 'Polygon'
    ? isPointInPolygon(point, geometry.coordinates)
    : geometry.coordinates.some((polygon) => isPointInPolygon(point, polygon))
}
