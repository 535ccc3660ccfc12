/**
 * Positions for the graph view: ForceAtlas2 with Barnes-Hut (graphology-layout-forceatlas2), unweighted.
 * Warm start: nodes placed in the previous version keep their position as the starting point and the layout runs
 * few iterations, so unchanged parts barely move; new nodes start beside their placed partners (or at a seeded
 * random spot). Movement of kept nodes is measured relative to the layout's extent (bounding-box diagonal).
 */
import { UndirectedGraph } from 'graphology'
import forceAtlas2 from 'graphology-layout-forceatlas2'
import type { CsrGraph } from './csr-graph.ts'
import { seededRandom } from './louvain.ts'

const COLD_ITERATIONS = 200
const WARM_ITERATIONS = 40

export interface Layout {
  x: Float64Array
  y: Float64Array
  iterations: number
  warmStarted: boolean
}

/** `previousX/Y`: a start position per node, NaN where there is none (a node new in this version). */
export function layoutGraph(
  graph: CsrGraph,
  previousX: Float64Array | undefined,
  previousY: Float64Array | undefined,
  seed = 1,
): Layout {
  const n = graph.nodeCount
  const random = seededRandom(seed)
  const x = new Float64Array(n)
  const y = new Float64Array(n)
  const warmStarted = previousX !== undefined && previousX.some((value) => !Number.isNaN(value))
  const spread = Math.sqrt(Math.max(n, 1)) * 10
  for (let v = 0; v < n; v++) {
    const px = previousX?.[v]
    if (px !== undefined && !Number.isNaN(px)) {
      x[v] = px
      y[v] = previousY![v]!
      continue
    }
    // Beside a placed partner if there is one, else anywhere.
    let placed = -1
    for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++) {
      const w = graph.neighbours[e]!
      if (previousX && !Number.isNaN(previousX[w]!)) placed = w
    }
    x[v] = placed >= 0 ? previousX![placed]! + random() - 0.5 : (random() - 0.5) * spread
    y[v] = placed >= 0 ? previousY![placed]! + random() - 0.5 : (random() - 0.5) * spread
  }
  const g = new UndirectedGraph()
  for (let v = 0; v < n; v++) g.addNode(v, { x: x[v], y: y[v] })
  for (let v = 0; v < n; v++) {
    for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++) {
      const w = graph.neighbours[e]!
      if (v < w) g.addEdge(v, w)
    }
  }
  const iterations = warmStarted ? WARM_ITERATIONS : COLD_ITERATIONS
  const positions = forceAtlas2(g, {
    iterations,
    getEdgeWeight: null,
    settings: { ...forceAtlas2.inferSettings(n), barnesHutOptimize: n >= 1000 },
  })
  for (let v = 0; v < n; v++) {
    const p = positions[String(v)]!
    x[v] = p.x
    y[v] = p.y
  }
  return { x, y, iterations, warmStarted }
}

/**
 * Median and 95th percentile of how far kept nodes moved, as a share of the new layout's bounding-box diagonal.
 * `previousNodeOf[v]` is node v's number in the previous layout, −1 for a new node.
 */
export function movementOf(
  before: { x: ArrayLike<number>; y: ArrayLike<number> },
  after: { x: ArrayLike<number>; y: ArrayLike<number> },
  previousNodeOf: ArrayLike<number>,
) {
  let minX = Infinity
  let maxX = -Infinity
  let minY = Infinity
  let maxY = -Infinity
  for (let i = 0; i < after.x.length; i++) {
    minX = Math.min(minX, after.x[i]!)
    maxX = Math.max(maxX, after.x[i]!)
    minY = Math.min(minY, after.y[i]!)
    maxY = Math.max(maxY, after.y[i]!)
  }
  const diagonal = Math.hypot(maxX - minX, maxY - minY) || 1
  const moves: number[] = []
  for (let v = 0; v < previousNodeOf.length; v++) {
    const p = previousNodeOf[v]!
    if (p < 0) continue
    moves.push(Math.hypot(after.x[v]! - before.x[p]!, after.y[v]! - before.y[p]!) / diagonal)
  }
  moves.sort((a, b) => a - b)
  const at = (q: number) => moves[Math.min(moves.length - 1, Math.floor(q * moves.length))] ?? 0
  return { median: at(0.5), p95: at(0.95), keptNodes: moves.length }
}
