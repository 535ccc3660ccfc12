/**
 * Spatial lookups over located actors: bounding boxes (kdbush range) and radius around a point (geokdbush).
 * Answers are positions into the actor list the index was built from, ascending, so callers need no id sets.
 */
import type { Actor, Bbox, LonLat } from '@netzwerkatlas/shared'
import { around } from 'geokdbush'
import KDBush from 'kdbush'
import { eachInSlices, type Steps } from '../domain/work-in-slices.ts'

export interface SpatialIndex {
  positionsInBbox(bbox: Bbox): readonly number[]
  positionsWithinKm(point: LonLat, radiusKm: number): readonly number[]
}

/** In slices between requests (network-index.ts); kdbush's final sort is one piece (~10 ms at 100k). */
export function* buildSpatialIndex(actors: readonly Actor[]): Steps<SpatialIndex> {
  // kdbush numbers points in the order they are added; this maps that number back to the actor's position.
  const positionOfPoint: number[] = []
  yield* eachInSlices(actors, (actor, position) => {
    if (actor.location) positionOfPoint.push(position)
  })
  if (positionOfPoint.length === 0) {
    return { positionsInBbox: () => [], positionsWithinKm: () => [] }
  }
  const points = new KDBush(positionOfPoint.length)
  yield* eachInSlices(positionOfPoint, (position) => {
    const { lon, lat } = actors[position]!.location!
    points.add(lon, lat)
  })
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
