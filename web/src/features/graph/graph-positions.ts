/**
 * Where each node sits, for the two layouts: the server's force layout, or the actors' map coordinates with
 * the actors without a place in a ring beside the state ("ohne Ort"). Both are scaled into the same box, so
 * switching between them is a short animation rather than a jump across the canvas.
 */
import type { GraphNode } from './graph-model.ts'

export interface Point {
  x: number
  y: number
}

export interface GraphPositions {
  of: Map<string, Point>
  /** Where the actors without a place sit (geographic layout only), and where their label goes. */
  ring: { centre: Point; radius: number; label: Point } | null
}

/** Width of the box both layouts are scaled into, in Cytoscape model units. */
const BOX = 1000
/** Gap between two actors on a ring, in model units. */
const RING_SPACING = 14
/** Spacing of the "ohne Ort" disc (a sunflower pattern): about a node's width apart, in model units. */
const DISC_SPACING = 9
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5))

function scaleInto(points: Map<string, Point>): Map<string, Point> {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const { x, y } of points.values()) {
    minX = Math.min(minX, x)
    minY = Math.min(minY, y)
    maxX = Math.max(maxX, x)
    maxY = Math.max(maxY, y)
  }
  const scale = BOX / Math.max(maxX - minX, maxY - minY, 1e-9)
  const scaled = new Map<string, Point>()
  for (const [id, { x, y }] of points) {
    scaled.set(id, { x: (x - minX) * scale, y: (y - minY) * scale })
  }
  return scaled
}

function placeOnRing(ids: string[], centre: Point, radius: number, into: Map<string, Point>) {
  ids.forEach((id, index) => {
    const angle = (2 * Math.PI * index) / ids.length - Math.PI / 2
    into.set(id, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) })
  })
}

const ringRadius = (count: number) => Math.max(40, (count * RING_SPACING) / (2 * Math.PI))

export function forcePositions(nodes: readonly GraphNode[]): GraphPositions {
  const known = new Map<string, Point>()
  const unknown: string[] = []
  for (const node of nodes) {
    if (node.force) known.set(node.id, node.force)
    else unknown.push(node.id)
  }
  const of = scaleInto(known)
  // Actors newer than the last layout: in a small ring in the middle until the next layout places them.
  placeOnRing(unknown, { x: BOX / 2, y: BOX / 2 }, ringRadius(unknown.length) / 2, of)
  return { of, ring: null }
}

export function geographicPositions(nodes: readonly GraphNode[]): GraphPositions {
  const placed = nodes.filter((node) => node.lonLat)
  const meanLat = placed.reduce((sum, node) => sum + node.lonLat![1], 0) / (placed.length || 1)
  // Equirectangular at the mean latitude: at Saxony's size it is as true to the map's shapes as Mercator.
  const lonScale = Math.cos((meanLat * Math.PI) / 180)
  const projected = new Map<string, Point>()
  for (const node of placed) {
    projected.set(node.id, { x: node.lonLat![0] * lonScale, y: -node.lonLat![1] })
  }
  const of = scaleInto(projected)
  const homeless = nodes.filter((node) => !node.lonLat).map((node) => node.id)
  if (homeless.length === 0) return { of, ring: null }
  let maxX = 0
  for (const { x } of of.values()) maxX = Math.max(maxX, x)
  // Hundreds of actors may have no place: a filled disc (sunflower pattern) stays the size of a district or
  // two, where a single ring would dwarf the state.
  const radius = DISC_SPACING * Math.sqrt(homeless.length)
  const centre = { x: maxX + 80 + radius, y: BOX / 3 }
  homeless.forEach((id, index) => {
    const r = DISC_SPACING * Math.sqrt(index + 0.5)
    const angle = index * GOLDEN_ANGLE
    of.set(id, { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) })
  })
  return { of, ring: { centre, radius, label: { x: centre.x, y: centre.y - radius - 24 } } }
}
