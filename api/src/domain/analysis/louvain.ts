/**
 * Louvain communities (graphology-communities-louvain) on the unweighted undirected projection, with a seeded
 * random number generator: the same graph gives the same communities on every run and machine.
 */
import { UndirectedGraph } from 'graphology'
import louvain from 'graphology-communities-louvain'
import type { CsrGraph } from './csr-graph.ts'

/** mulberry32: small, fast and good enough to order Louvain's moves. */
export function seededRandom(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface Communities {
  /** Community per node, numbered by size (0 is the largest). */
  community: Int32Array
  count: number
}

export function louvainCommunities(graph: CsrGraph, seed = 1): Communities {
  const n = graph.nodeCount
  const g = new UndirectedGraph()
  for (let v = 0; v < n; v++) g.addNode(v)
  for (let v = 0; v < n; v++) {
    for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++) {
      const w = graph.neighbours[e]!
      if (v < w) g.addEdge(v, w)
    }
  }
  const raw = louvain(g, { rng: seededRandom(seed), getEdgeWeight: null })
  const labels = Array.from({ length: n }, (_, v) => raw[String(v)]!)
  const sizes = new Map<number, number>()
  for (const label of labels) sizes.set(label, (sizes.get(label) ?? 0) + 1)
  const firstNode = new Map<number, number>()
  labels.forEach((label, v) => firstNode.has(label) || firstNode.set(label, v))
  const ranked = [...sizes.keys()].sort(
    (a, b) => sizes.get(b)! - sizes.get(a)! || firstNode.get(a)! - firstNode.get(b)!,
  )
  const renumber = new Map(ranked.map((label, rank) => [label, rank]))
  return {
    community: Int32Array.from(labels, (label) => renumber.get(label)!),
    count: ranked.length,
  }
}

/** Newman's modularity of a partition on the unweighted graph: Σ_c [L_c/m − (d_c/2m)²]. */
export function modularityOf(graph: CsrGraph, community: Int32Array, count: number) {
  const m = graph.offsets[graph.nodeCount]! / 2
  if (m === 0) return 0
  const internalEnds = new Float64Array(count)
  const degreeSum = new Float64Array(count)
  for (let v = 0; v < graph.nodeCount; v++) {
    const c = community[v]!
    degreeSum[c]! += graph.offsets[v + 1]! - graph.offsets[v]!
    for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++) {
      if (community[graph.neighbours[e]!] === c) internalEnds[c]! += 1
    }
  }
  let q = 0
  for (let c = 0; c < count; c++) q += internalEnds[c]! / (2 * m) - (degreeSum[c]! / (2 * m)) ** 2
  return q
}
