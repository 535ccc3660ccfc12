/**
 * Local clustering (share of an actor's pairs of partners who are partners themselves) and its average over
 * all actors, counting actors with fewer than two partners as 0 — networkx's `average_clustering` default.
 */
import type { CsrGraph } from './csr-graph.ts'

export function localClustering(graph: CsrGraph): Float64Array {
  const n = graph.nodeCount
  const { offsets, neighbours } = graph
  const mark = new Int32Array(n).fill(-1)
  const clustering = new Float64Array(n)
  for (let u = 0; u < n; u++) {
    const start = offsets[u]!
    const end = offsets[u + 1]!
    const degree = end - start
    if (degree < 2) continue
    for (let e = start; e < end; e++) mark[neighbours[e]!] = u
    let closedPairs = 0
    for (let e = start; e < end; e++) {
      const v = neighbours[e]!
      for (let f = offsets[v]!, stop = offsets[v + 1]!; f < stop; f++) {
        if (mark[neighbours[f]!] === u) closedPairs++
      }
    }
    // Each triangle through u is seen from both of its other corners.
    clustering[u] = closedPairs / (degree * (degree - 1))
  }
  return clustering
}

export function averageOf(values: ArrayLike<number>) {
  let sum = 0
  for (let i = 0; i < values.length; i++) sum += values[i]!
  return values.length > 0 ? sum / values.length : 0
}
