/**
 * Spatial lookups over located actors: bounding boxes (kdbush range) and radius around a point (geokdbush).
 * Answers are positions into the actor list the index was built from, ascending, so callers need no id sets.
 *
 * kdbush is static, so a write patches it instead of building it again (ADR 0015): the base tree stays, each of
 * its points carries the actor's position in the current name order (remapped per write, -1 for a point left
 * out: its actor moved, was removed or hidden), and the actors changed since the base live in a small second
 * tree. Both are queried through the same library calls, so an answer is exactly a fresh tree's. Past
 * MAX_PATCHED_POINTS overlaid or left-out points the caller builds a new base.
 */
import type { Actor, Bbox, LonLat } from '@netzwerkatlas/shared'
import { around } from 'geokdbush'
import KDBush from 'kdbush'
import { eachInSlices, type Steps } from '../domain/work-in-slices.ts'

export interface SpatialIndex {
  positionsInBbox(bbox: Bbox): readonly number[]
  positionsWithinKm(point: LonLat, radiusKm: number): readonly number[]
  /** What a patch (patchedSpatialIndex) starts from. */
  readonly layers: SpatialLayers
}

/** Points of one tree and, per point (kdbush's number for it), its actor's position in name order or -1. */
interface PointLayer {
  points: KDBush | undefined
  positionOfPoint: Int32Array
}

interface SpatialLayers {
  base: PointLayer & {
    /** Per base point: its actor and coordinates, as the base was built (shared by every patch of it). */
    actorIdOfPoint: readonly string[]
    coordinates: Float64Array
    pointOfActor: () => ReadonlyMap<string, number>
    leftOut: number
  }
  /** Located actors changed since the base, with the coordinates they have now. */
  overlay: PointLayer & { actors: readonly { id: string; lon: number; lat: number }[] }
}

/** Overlaid plus left-out points past which a new base is built: a few thousand keep the patch's loops short. */
const MAX_PATCHED_POINTS = 4_000

const EMPTY_LAYER: PointLayer = { points: undefined, positionOfPoint: new Int32Array(0) }

function treeOf(coordinates: Float64Array): KDBush | undefined {
  const count = coordinates.length / 2
  if (count === 0) return undefined
  const points = new KDBush(count)
  for (let point = 0; point < count; point++) {
    points.add(coordinates[2 * point]!, coordinates[2 * point + 1]!)
  }
  points.finish()
  return points
}

function spatialIndexOf(layers: SpatialLayers): SpatialIndex {
  const { base, overlay } = layers
  // A typed array sorts numbers without a comparator, several times faster than Array#sort.
  const positionsOf = (basePoints: readonly number[], overlayPoints: readonly number[]) => {
    const positions = new Uint32Array(basePoints.length + overlayPoints.length)
    let count = 0
    for (const point of basePoints) {
      const position = base.positionOfPoint[point]!
      if (position >= 0) positions[count++] = position
    }
    for (const point of overlayPoints) positions[count++] = overlay.positionOfPoint[point]!
    return Array.from(positions.subarray(0, count).sort())
  }
  const inBbox = (layer: PointLayer, [minLon, minLat, maxLon, maxLat]: Bbox) =>
    layer.points ? layer.points.range(minLon, minLat, maxLon, maxLat) : []
  const withinKm = (layer: PointLayer, [lon, lat]: LonLat, radiusKm: number) =>
    layer.points ? around(layer.points, lon, lat, Infinity, radiusKm) : []
  return {
    layers,
    positionsInBbox: (bbox) => positionsOf(inBbox(base, bbox), inBbox(overlay, bbox)),
    positionsWithinKm: (point, radiusKm) =>
      positionsOf(withinKm(base, point, radiusKm), withinKm(overlay, point, radiusKm)),
  }
}

/** In slices between requests (network-index.ts); kdbush's final sort is one piece (~10 ms at 100k). */
export function* buildSpatialIndex(actors: readonly Actor[]): Steps<SpatialIndex> {
  // kdbush numbers points in the order they are added; this maps that number back to the actor's position.
  const positions: number[] = []
  yield* eachInSlices(actors, (actor, position) => {
    if (actor.location) positions.push(position)
  })
  const coordinates = new Float64Array(positions.length * 2)
  const actorIdOfPoint: string[] = []
  yield* eachInSlices(positions, (position, point) => {
    const actor = actors[position]!
    coordinates[2 * point] = actor.location!.lon
    coordinates[2 * point + 1] = actor.location!.lat
    actorIdOfPoint.push(actor.id)
  })
  let pointOfActor: Map<string, number> | undefined
  return spatialIndexOf({
    base: {
      points: treeOf(coordinates),
      positionOfPoint: Int32Array.from(positions),
      actorIdOfPoint,
      coordinates,
      // Only a patch needs it: made then, once per base.
      pointOfActor: () =>
        (pointOfActor ??= new Map(actorIdOfPoint.map((id, point) => [id, point]))),
      leftOut: 0,
    },
    overlay: { ...EMPTY_LAYER, actors: [] },
  })
}

/** Each point's position moved to the next name order; a plain loop (see index-patch.ts patchedEnds). */
function movedPositions(positionOfPoint: Int32Array, newPositionOfOld: Int32Array) {
  const moved = new Int32Array(positionOfPoint.length)
  for (let point = 0; point < moved.length; point++) {
    const position = positionOfPoint[point]!
    moved[point] = position < 0 ? -1 : newPositionOfOld[position]!
  }
  return moved
}

export interface SpatialPatch {
  /** Per position of the previous name order: the actor's position in the next one, or -1 (not public). */
  newPositionOfOld: Int32Array
  changedActorIds: ReadonlySet<string>
  /** The next index's public actor, and its position in the next name order. */
  publicActorById: (id: string) => Actor | undefined
  positionOf: (id: string) => number
}

/**
 * The previous index's spatial lookups for the next name order, with the changed actors' points taken out of
 * the base and put into the overlay; undefined when the patch has grown past MAX_PATCHED_POINTS (build anew).
 */
export function* patchedSpatialIndex(
  previous: SpatialIndex,
  patch: SpatialPatch,
): Steps<SpatialIndex | undefined> {
  const { base, overlay } = previous.layers
  const positionOfPoint = movedPositions(base.positionOfPoint, patch.newPositionOfOld)
  yield
  let leftOut = base.leftOut
  const overlaid = overlay.actors.filter(({ id }) => !patch.changedActorIds.has(id))
  for (const id of patch.changedActorIds) {
    const actor = patch.publicActorById(id)
    const point = base.pointOfActor().get(id)
    if (point !== undefined && base.positionOfPoint[point]! >= 0) {
      // Kept in the base only where it still is.
      const location = actor?.location
      const isStill =
        location?.lon === base.coordinates[2 * point] &&
        location?.lat === base.coordinates[2 * point + 1]
      if (isStill) continue
      positionOfPoint[point] = -1
      leftOut += 1
    }
    if (actor?.location) overlaid.push({ id, lon: actor.location.lon, lat: actor.location.lat })
  }
  if (overlaid.length + leftOut > MAX_PATCHED_POINTS) return undefined
  const coordinates = new Float64Array(overlaid.length * 2)
  overlaid.forEach(({ lon, lat }, point) => {
    coordinates[2 * point] = lon
    coordinates[2 * point + 1] = lat
  })
  return spatialIndexOf({
    base: { ...base, positionOfPoint, leftOut },
    overlay: {
      actors: overlaid,
      points: treeOf(coordinates),
      positionOfPoint: Int32Array.from(overlaid, ({ id }) => patch.positionOf(id)),
    },
  })
}
