/**
 * Spatial lookups over located actors: bounding boxes (kdbush range) and radius around a point (geokdbush).
 * Answers are positions into the actor list the index was built from, ascending, so callers need no id sets.
 */
import type { Actor, Bbox, LonLat } from '@netzwerkatlas/shared'
import { around } from 'geokdbush'
import KDBush from 'kdbush'

export interface SpatialIndex {
  positionsInBbox(bbox: Bbox): readonly number[]
  positionsWithinKm(point: LonLat, radiusKm: number): readonly number[]
}

export function buildSpatialIndex(actors: readonly Actor[]): SpatialIndex {
  // kdbush numbers points in the order they are added; this maps that number back to the actor's position.
  const positionOfPoint: number[] = []
  actors.forEach((actor, position) => {
    if (actor.location) positionOfPoint.push(position)
  })
  if (positionOfPoint.length === 0) {
    return { positionsInBbox: () => [], positionsWithinKm: () => [] }
  }
  const points = new KDBush(positionOfPoint.length)
  for (const position of positionOfPoint) {
    const { lon, lat } = actors[position]!.location!
    points.add(lon, lat)
  }
  points.finish()
  // A typed array sorts numbers without a comparator, several times faster than Array#sort.
  const positionsOf = (pointIds: readonly number[]) =>
    Array.from(Uint32Array.from(pointIds, (id) => positionOfPoint[id]!).sort())
  return {
    positionsInBbox: ([minLon, minLat, maxLon, maxLat]) =>
      positionsOf(points.range(minLon, minLat, maxLon, maxLat)),
    positionsWithinKm: ([lon, lat], radiusKm) =>
      positionsOf(around(points, lon, lat, Infinity, radiusKm)),
  }
}
