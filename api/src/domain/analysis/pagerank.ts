/**
 * PageRank on the unweighted undirected projection, by power iteration as networkx does it: damping 0.85,
 * an actor without ties hands its rank to everyone equally. Iterates until the total change is below
 * `tolerance` × n, far stricter than networkx's default, so the two agree to 1e-9.
 */
import type { CsrGraph } from './csr-graph.ts'

export function pageRank(graph: CsrGraph, damping = 0.85, tolerance = 1e-13, maxIterations = 500) {
  const n = graph.nodeCount
  const { offsets, neighbours } = graph
  let rank = new Float64Array(n).fill(1 / n)
  let next = new Float64Array(n)
  const share = new Float64Array(n)
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let dangling = 0
    for (let v = 0; v < n; v++) {
      const degree = offsets[v + 1]! - offsets[v]!
      if (degree === 0) dangling += rank[v]!
      else share[v] = rank[v]! / degree
    }
    const base = (1 - damping) / n + (damping * dangling) / n
    let change = 0
    for (let v = 0; v < n; v++) {
      let sum = 0
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) sum += share[neighbours[e]!]!
      next[v] = base + damping * sum
      change += Math.abs(next[v]! - rank[v]!)
    }
    ;[rank, next] = [next, rank]
    if (change < tolerance * n) break
  }
  return rank
}
