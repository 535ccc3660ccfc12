/**
 * The graph every metric runs on, as typed arrays in compressed sparse rows (CSR): node i's neighbours are
 * `neighbours[offsets[i] .. offsets[i + 1])`, each undirected edge stored once per end. The arrays may live in a
 * SharedArrayBuffer, so worker threads read one copy instead of each receiving their own.
 */
export interface CsrGraph {
  nodeCount: number
  /** nodeCount + 1 entries. */
  offsets: Int32Array
  neighbours: Int32Array
  /** Beside `neighbours`: the summed weight of the ties the edge stands for. */
  weights: Float64Array
}

export type Allocate = (bytes: number) => ArrayBufferLike

export const allocateShared: Allocate = (bytes) => new SharedArrayBuffer(bytes)
const allocatePlain: Allocate = (bytes) => new ArrayBuffer(bytes)

/**
 * Builds a simple undirected graph from end pairs: self-loops are dropped, parallel pairs become one edge
 * whose weight is their sum. Neighbours are sorted, so the graph (and every result) is independent of input order.
 */
export function buildCsrGraph(
  nodeCount: number,
  sources: ArrayLike<number>,
  targets: ArrayLike<number>,
  tieWeights?: ArrayLike<number>,
  allocate: Allocate = allocatePlain,
): CsrGraph {
  const byPair = new Map<number, number>()
  for (let i = 0; i < sources.length; i++) {
    const a = sources[i]!
    const b = targets[i]!
    if (a === b) continue
    const key = a < b ? a * nodeCount + b : b * nodeCount + a
    byPair.set(key, (byPair.get(key) ?? 0) + (tieWeights ? tieWeights[i]! : 1))
  }
  const offsets = new Int32Array(allocate((nodeCount + 1) * 4))
  for (const key of byPair.keys()) {
    offsets[Math.floor(key / nodeCount) + 1]! += 1
    offsets[(key % nodeCount) + 1]! += 1
  }
  for (let i = 0; i < nodeCount; i++) offsets[i + 1]! += offsets[i]!
  const edgeEnds = offsets[nodeCount]!
  const neighbours = new Int32Array(allocate(edgeEnds * 4))
  const weights = new Float64Array(allocate(edgeEnds * 8))
  const fill = offsets.slice(0, nodeCount)
  // Keys in ascending order put each row's neighbours in ascending order.
  const keys = [...byPair.keys()].sort((x, y) => x - y)
  const place = (from: number, to: number, weight: number) => {
    const slot = fill[from]!++
    neighbours[slot] = to
    weights[slot] = weight
  }
  for (const key of keys) {
    const a = Math.floor(key / nodeCount)
    place(a, key % nodeCount, byPair.get(key)!)
  }
  for (const key of keys) {
    const b = key % nodeCount
    place(b, Math.floor(key / nodeCount), byPair.get(key)!)
  }
  sortRows(offsets, neighbours, weights, nodeCount)
  return { nodeCount, offsets, neighbours, weights }
}

/** Rows were filled in two passes (lower then higher ends); restore ascending order within each row. */
function sortRows(offsets: Int32Array, neighbours: Int32Array, weights: Float64Array, n: number) {
  for (let node = 0; node < n; node++) {
    const start = offsets[node]!
    const end = offsets[node + 1]!
    let sorted = true
    for (let i = start + 1; i < end; i++) if (neighbours[i - 1]! > neighbours[i]!) sorted = false
    if (sorted) continue
    const order = Array.from({ length: end - start }, (_, i) => start + i).sort(
      (x, y) => neighbours[x]! - neighbours[y]!,
    )
    const ns = order.map((i) => neighbours[i]!)
    const ws = order.map((i) => weights[i]!)
    neighbours.set(ns, start)
    weights.set(ws, start)
  }
}

export const edgeCount = (graph: CsrGraph) => graph.offsets[graph.nodeCount]! / 2

export const degreeOf = (graph: CsrGraph, node: number) =>
  graph.offsets[node + 1]! - graph.offsets[node]!
