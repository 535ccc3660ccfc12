/**
 * One analysis of one data version, assembled from its parts: the breadth-first searches (betweenness and
 * closeness; split over threads by the caller) and the structure (PageRank, cohesion, communities, clustering).
 * `analyseNetwork` runs it all in one thread, for tests and small graphs.
 */
import {
  closenessOf,
  normaliseBetweenness,
  runSources,
  sourceRange,
  type SourceRun,
} from './brandes.ts'
import { brokerageOf } from './brokerage.ts'
import { averageOf, localClustering } from './clustering.ts'
import { cohesionOf, type Cohesion } from './components.ts'
import { degreeOf, edgeCount, type CsrGraph } from './csr-graph.ts'
import { louvainCommunities, modularityOf, seededRandom } from './louvain.ts'
import { pageRank } from './pagerank.ts'
import type { ProjectedNetwork } from './projection.ts'

export interface Structure {
  pageRank: Float64Array
  cohesion: Cohesion
  community: Int32Array
  communityCount: number
  modularity: number
  clustering: Float64Array
}

export function structureOf(graph: CsrGraph, seed = 1): Structure {
  const { community, count } = louvainCommunities(graph, seed)
  return {
    pageRank: pageRank(graph),
    cohesion: cohesionOf(graph),
    community,
    communityCount: count,
    modularity: modularityOf(graph, community, count),
    clustering: localClustering(graph),
  }
}

export interface BetweennessPlan {
  method: 'exact' | 'sampled'
  sources: Int32Array
}

/**
 * How a sample picks its pivots. `uniform` (served): k drawn without replacement. `degree-stratified`: a
 * systematic sample over the nodes sorted by degree, ties in a seeded random order, so every degree band gets
 * its share. Measured on both of the bench's graph families it gains nothing (ADR 0021, session 10: the gain
 * seen in session 9 came from breaking ties by node number, which on the flat bench graph is its group), so it
 * is kept for the bench's comparison only.
 */
export type PivotScheme = 'degree-stratified' | 'uniform'

/** Exact up to `exactUpTo` nodes; beyond, `pivots` sources picked by `scheme` (seeded). */
export function planBetweenness(
  graph: CsrGraph,
  exactUpTo: number,
  pivots: number,
  seed = 1,
  scheme: PivotScheme = 'uniform',
): BetweennessPlan {
  const n = graph.nodeCount
  if (n <= exactUpTo || pivots >= n) return { method: 'exact', sources: sourceRange(0, n) }
  const random = seededRandom(seed)
  const all = sourceRange(0, n)
  if (scheme === 'uniform') {
    for (let i = 0; i < pivots; i++) {
      const j = i + Math.floor(random() * (n - i))
      ;[all[i], all[j]] = [all[j]!, all[i]!]
    }
    return { method: 'sampled', sources: all.slice(0, pivots).sort() }
  }
  // Degree plus a fraction in [0, 1): sorts by degree, and within one degree in a seeded random order.
  const key = new Float64Array(n)
  for (let v = 0; v < n; v++) key[v] = degreeOf(graph, v) + random()
  all.sort((a, b) => key[a]! - key[b]!)
  const step = n / pivots
  const start = random() * step
  const sources = new Int32Array(Math.max(0, pivots))
  for (let i = 0; i < sources.length; i++) sources[i] = all[Math.floor(start + i * step)]!
  return { method: 'sampled', sources: sources.sort() }
}

/** Sums runs over disjoint parts of the plan's sources, each with its sources listed. */
export function mergeRuns(n: number, parts: { sources: ArrayLike<number>; run: SourceRun }[]) {
  const dependency = new Float64Array(n)
  const squares = new Float64Array(n)
  const farness = new Float64Array(n)
  const reached = new Int32Array(n)
  for (const { sources, run } of parts) {
    for (let v = 0; v < n; v++) dependency[v]! += run.dependency[v]!
    if (run.dependencySquares) for (let v = 0; v < n; v++) squares[v]! += run.dependencySquares[v]!
    for (let i = 0; i < sources.length; i++) {
      farness[sources[i]!] = run.farness[i]!
      reached[sources[i]!] = run.reached[i]!
    }
  }
  return { dependency, squares, farness, reached }
}

/**
 * The largest standard error of a sampled, normalised betweenness over all actors, from the pivots' sums and
 * sums of squares: a simple random sample's formula without the finite-population factor (so a little above
 * the true error of a sample without replacement). On the demo generator's heavy-tailed shape it still covers
 * the error made (analysis-sampled-betweenness.test.ts).
 */
export function maxStandardErrorOf(
  merged: { dependency: Float64Array; squares: Float64Array },
  n: number,
  k: number,
) {
  if (k < 2) return 0
  // Each pivot's dependency is one draw of n·δ_s(v); the estimate is their mean, scaled as the exact value.
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0
  let largest = 0
  for (let v = 0; v < n; v++) {
    const mean = merged.dependency[v]! / k
    const variance = Math.max(0, merged.squares[v]! / k - mean * mean) * (k / (k - 1))
    largest = Math.max(largest, scale * n * Math.sqrt(variance / k))
  }
  return largest
}

interface BetweennessEstimate {
  method: 'exact' | 'sampled'
  pivots: number
  /** For a sample: the largest standard error of a normalised value (over all actors); 0 when exact. */
  maxStandardError: number
}

export interface NetworkAnalysis {
  ids: string[]
  degree: Int32Array
  weightedDegree: Float64Array
  inDegree: Int32Array
  outDegree: Int32Array
  betweenness: Float64Array
  closeness: Float64Array
  pageRank: Float64Array
  community: Int32Array
  component: Int32Array
  participation: Float64Array
  communitiesReached: Int32Array
  isArticulationPoint: Uint8Array
  clustering: Float64Array
  bridges: [number, number][]
  componentSizes: number[]
  betweennessEstimate: BetweennessEstimate
  figures: {
    actors: number
    ties: number
    density: number
    components: number
    largestComponent: number
    communities: number
    modularity: number
    averageClustering: number
    bridges: number
    articulationPoints: number
  }
}

export function assembleAnalysis(
  network: ProjectedNetwork,
  plan: BetweennessPlan,
  merged: ReturnType<typeof mergeRuns>,
  structure: Structure,
): NetworkAnalysis {
  const { graph } = network
  const n = graph.nodeCount
  const k = plan.sources.length
  const degree = new Int32Array(n)
  const weightedDegree = new Float64Array(n)
  for (let v = 0; v < n; v++) {
    degree[v] = degreeOf(graph, v)
    for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++)
      weightedDegree[v]! += graph.weights[e]!
  }
  const betweenness = normaliseBetweenness(merged.dependency, n, k)
  const maxStandardError = plan.method === 'sampled' ? maxStandardErrorOf(merged, n, k) : 0
  // Sampled runs know farness only for their pivots; closeness then needs its own full pass (see the runner).
  const closeness = new Float64Array(n)
  for (let v = 0; v < n; v++) closeness[v] = closenessOf(merged.farness[v]!, merged.reached[v]!, n)
  const { participation, communitiesReached } = brokerageOf(graph, structure.community)
  const m = edgeCount(graph)
  const articulationPoints = structure.cohesion.isArticulationPoint.reduce((sum, x) => sum + x, 0)
  return {
    ids: network.ids,
    degree,
    weightedDegree,
    inDegree: network.inDegree,
    outDegree: network.outDegree,
    betweenness,
    closeness,
    pageRank: structure.pageRank,
    community: structure.community,
    component: structure.cohesion.component,
    participation,
    communitiesReached,
    isArticulationPoint: structure.cohesion.isArticulationPoint,
    clustering: structure.clustering,
    bridges: structure.cohesion.bridges,
    componentSizes: structure.cohesion.componentSizes,
    betweennessEstimate: { method: plan.method, pivots: k, maxStandardError },
    figures: {
      actors: n,
      ties: m,
      density: n > 1 ? (2 * m) / (n * (n - 1)) : 0,
      components: structure.cohesion.componentSizes.length,
      largestComponent: structure.cohesion.componentSizes[0] ?? 0,
      communities: structure.communityCount,
      modularity: structure.modularity,
      averageClustering: averageOf(structure.clustering),
      bridges: structure.cohesion.bridges.length,
      articulationPoints,
    },
  }
}

/** Everything in this thread: exact betweenness and closeness for all actors. */
export function analyseNetwork(network: ProjectedNetwork, seed = 1): NetworkAnalysis {
  const n = network.graph.nodeCount
  const plan: BetweennessPlan = { method: 'exact', sources: sourceRange(0, n) }
  const merged = mergeRuns(n, [
    { sources: plan.sources, run: runSources(network.graph, plan.sources) },
  ])
  return assembleAnalysis(network, plan, merged, structureOf(network.graph, seed))
}
