/**
 * Brandes' betweenness on an unweighted CSR graph, and closeness from the same breadth-first searches.
 * Sources are given as a range or a list, so the work splits across threads (each sums its sources; the sums
 * add up) and a sample of pivots runs the same code.
 *
 * Why it is fast (measured in the analysis bench against igraph; ADR 0021): every buffer is a typed array
 * allocated once per call and reset only where a search went, and each search reads as few edges as it can.
 * - Direction-optimising search (after Beamer et al. 2012): a level is found top-down (scan the frontier's
 *   edges) while the frontier has fewer edge ends than the part of the component not yet found; after that,
 *   bottom-up (scan the edges of the nodes not yet found, summing the path counts of the neighbours on the level
 *   above). On a small-world graph most edges meet inside or next to the one big middle level, so bottom-up
 *   skips most of them.
 * - Every shortest-path edge (the DAG) is recorded once as it is found: as a successor of the upper end in a
 *   top-down level, as a predecessor of the lower end in a bottom-up level. Brandes' dependency
 *   δ(v) = σ(v)·Σ_{w successor} (1 + δ(w))/σ(w) then reads only DAG edges (about a quarter of the edge ends on
 *   the bench's graphs): pulled over the recorded successors, or pushed from a bottom-up level to the recorded
 *   predecessors. `coefficient[w]` holds (1 + δ(w))/σ(w).
 */
import { componentDegreeSums } from './components.ts'
import type { CsrGraph } from './csr-graph.ts'

export interface SourceRun {
  /** Raw pair dependencies summed over the sources run (each unordered pair counts once per end as source). */
  dependency: Float64Array
  /** Per source run (same order): sum of distances to every node it reaches, and how many it reaches (itself incl.). */
  farness: Float64Array
  reached: Int32Array
  /** Sum of squared per-source dependencies, for the error of a sampled estimate; only when asked. */
  dependencySquares?: Float64Array
}

export interface SourceRunOptions {
  /** False: distances only (closeness), no backward pass. */
  dependencies?: boolean
  /** Also sum the squared per-source dependencies (for a sample's standard error). */
  squares?: boolean
  /**
   * Geisberger–Sanders–Schultes linear scaling, for a sample of sources: a pair (s, t) credits a node v on its
   * shortest paths only d(s,v)/d(s,t) of its share, from each end, so the two ends together credit it once and
   * the sum over all sources is unchanged (doubled to stay in the units above). Nodes near a pivot are then not
   * overrated, which cuts the estimate's variance about 4× on the bench's clustered graphs (ADR 0021).
   */
  linearScaling?: boolean
}

export function runSources(
  graph: CsrGraph,
  sources: ArrayLike<number>,
  { dependencies = true, squares = false, linearScaling = false }: SourceRunOptions = {},
): SourceRun {
  const n = graph.nodeCount
  const { offsets, neighbours } = graph
  const { label, degreeSums } = componentDegreeSums(graph)
  const dependency = new Float64Array(n)
  const dependencySquares = squares ? new Float64Array(n) : undefined
  const farness = new Float64Array(sources.length)
  const reached = new Int32Array(sources.length)
  const distance = new Int32Array(n).fill(-1)
  const paths = new Float64Array(n)
  const coefficient = new Float64Array(n)
  /** Σ coefficient over the successors of a node whose successors were found bottom-up; 0 between uses. */
  const pushed = new Float64Array(n)
  /** Nodes in the order found: level by level. Level L is order[levelStart[L] .. levelStart[L + 1]). */
  const order = new Int32Array(n)
  const levelStart = new Int32Array(n + 1)
  const foundBottomUp = new Uint8Array(n + 1)
  /** Per position in `order`: its DAG edges in `links` (successors if top-down, predecessors if bottom-up). */
  const linkStart = new Int32Array(n)
  const linkEnd = new Int32Array(n)
  // Each undirected edge is recorded at most once per search (only between adjacent levels, from one side).
  const links = new Int32Array(Math.max(1, offsets[n]!))
  /** The component's nodes not found yet, once the search has gone bottom-up. */
  const unvisited = new Int32Array(n)
  const degree = (v: number) => offsets[v + 1]! - offsets[v]!

  for (let s = 0; s < sources.length; s++) {
    const source = sources[s]!
    const component = label[source]!
    distance[source] = 0
    paths[source] = 1
    order[0] = source
    let tail = 1
    let linked = 0
    let levels = 0
    let levelFrom = 0
    let levelTo = 1
    let distanceSum = 0
    let frontierDegrees = degree(source)
    let unfoundDegrees = degreeSums[component]! - frontierDegrees
    /** −1 while top-down; then how many of `unvisited` are still not found. */
    let unvisitedCount = -1
    while (levelFrom < levelTo) {
      const next = levels + 1
      if (unvisitedCount < 0 && frontierDegrees > unfoundDegrees) {
        unvisitedCount = 0
        for (let v = 0; v < n; v++)
          if (distance[v]! < 0 && label[v] === component) unvisited[unvisitedCount++] = v
      }
      let nextDegrees = 0
      if (unvisitedCount < 0) {
        foundBottomUp[next] = 0
        for (let i = levelFrom; i < levelTo; i++) {
          const v = order[i]!
          const pathsV = paths[v]!
          linkStart[i] = linked
          for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
            const w = neighbours[e]!
            const dw = distance[w]!
            if (dw < 0) {
              distance[w] = next
              order[tail++] = w
              paths[w] = pathsV
              links[linked++] = w
              nextDegrees += degree(w)
            } else if (dw === next) {
              paths[w]! += pathsV
              links[linked++] = w
            }
          }
          linkEnd[i] = linked
        }
      } else {
        foundBottomUp[next] = 1
        let stillUnfound = 0
        for (let j = 0; j < unvisitedCount; j++) {
          const w = unvisited[j]!
          const first = linked
          let pathsW = 0
          for (let e = offsets[w]!, end = offsets[w + 1]!; e < end; e++) {
            const u = neighbours[e]!
            if (distance[u] === levels) {
              pathsW += paths[u]!
              links[linked++] = u
            }
          }
          if (linked === first) {
            unvisited[stillUnfound++] = w
            continue
          }
          // `next` is not `levels`, so a node found here is never taken for another's predecessor.
          distance[w] = next
          linkStart[tail] = first
          linkEnd[tail] = linked
          order[tail++] = w
          paths[w] = pathsW
          nextDegrees += degree(w)
        }
        unvisitedCount = stillUnfound
      }
      distanceSum += next * (tail - levelTo)
      levels = next
      levelStart[levels] = levelTo
      levelFrom = levelTo
      levelTo = tail
      frontierDegrees = nextDegrees
      unfoundDegrees -= nextDegrees
    }
    // Now levelStart[0 .. levels] bound the levels 0 .. levels − 1, and levelStart[levels] = tail.
    farness[s] = distanceSum
    reached[s] = tail
    if (dependencies) {
      // With linear scaling, δ(v) stands for Σ_t σ_st(v)/σ_st · 1/d(s,t), so a target w counts 1/d(w) instead
      // of 1, and v's credit is 2·d(v)·δ(v). Without, both factors are 1 (exact: the same operations as before).
      // The deepest level has no successors: an empty successor range, or nothing pushed.
      for (let level = levels - 1; level >= 1; level--) {
        const targetCount = linearScaling ? 1 / level : 1
        const credit = linearScaling ? 2 * level : 1
        const from = levelStart[level]!
        const to = levelStart[level + 1]!
        const successorsRecorded = foundBottomUp[level + 1] === 0
        for (let i = from; i < to; i++) {
          const v = order[i]!
          let sum = 0
          if (successorsRecorded) {
            for (let j = linkStart[i]!, end = linkEnd[i]!; j < end; j++)
              sum += coefficient[links[j]!]!
          } else {
            sum = pushed[v]!
            pushed[v] = 0
          }
          const pathsV = paths[v]!
          coefficient[v] = targetCount / pathsV + sum
          const delta = pathsV * sum
          const credited = linearScaling ? credit * delta : delta
          dependency[v]! += credited
          if (dependencySquares) dependencySquares[v]! += credited * credited
        }
        // A bottom-up level hands its coefficients to its predecessors (none is needed for the source).
        if (foundBottomUp[level] === 1 && level > 1) {
          for (let i = from; i < to; i++) {
            const value = coefficient[order[i]!]!
            for (let j = linkStart[i]!, end = linkEnd[i]!; j < end; j++) pushed[links[j]!]! += value
          }
        }
      }
    }
    // Reset only what this search touched: O(reached), not O(n), per source. `paths` and `coefficient` are set
    // before they are read.
    for (let i = 0; i < tail; i++) distance[order[i]!] = -1
  }
  return { dependency, farness, reached, ...(dependencySquares ? { dependencySquares } : {}) }
}

export const sourceRange = (from: number, to: number) =>
  Int32Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i)

/**
 * Betweenness normalised as networkx's `normalized=True` on an undirected graph: the share of shortest paths
 * between pairs of other nodes through the node, over (n−1)(n−2)/2 pairs. Dependencies from all n sources count
 * each pair twice, hence the divisor (n−1)(n−2).
 */
export function normaliseBetweenness(dependency: Float64Array, n: number, sourcesRun = n) {
  const scale = n > 2 ? n / sourcesRun / ((n - 1) * (n - 2)) : 0
  return dependency.map((value) => value * scale)
}

/**
 * Closeness as networkx's `closeness_centrality` (Wasserman–Faust, for graphs in pieces): (r−1)/farness scaled by
 * (r−1)/(n−1), where r counts the nodes the actor reaches, itself included; 0 for an isolated actor.
 */
export function closenessOf(farness: number, reached: number, n: number) {
  if (farness <= 0 || n <= 1) return 0
  return ((reached - 1) / farness) * ((reached - 1) / (n - 1))
}
