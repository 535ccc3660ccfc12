/** Spatial lookups over located actors: bounding boxes (kdbush) and radius around a point (geokdbush). */
import type { Actor, Bbox, LonLat } from '@netzwerkatlas/shared'
import { around } from 'geokdbush'
import KDBush from 'kdbush'

export interface SpatialIndex {
  idsInBbox(bbox: Bbox): ReadonlySet<string>
  idsWithinKm(point: LonLat, radiusKm: number): ReadonlySet<string>
}

export function buildSpatialIndex(actors: readonly Actor[]): SpatialIndex {
  const located = actors.filter((actor) => actor.location !== null)
  const points = new KDBush(Math.max(located.length, 1))
  for (const actor of located) points.add(actor.location!.lon, actor.location!.lat)
  if (located.length === 0) points.add(0, 0) // kdbush cannot finish an empty index
  points.finish()
  const idsAt = (positions: readonly number[]) =>
    new Set(positions.flatMap((position) => (located[position] ? [located[position].id] : [])))
  return {
    idsInBbox: ([minLon, minLat, maxLon, maxLat]) =>
      idsAt(points.range(minLon, minLat, maxLon, maxLat)),
    idsWithinKm: ([lon, lat], radiusKm) => idsAt(around(points, lon, lat, Infinity, radiusKm)),
  }
}
