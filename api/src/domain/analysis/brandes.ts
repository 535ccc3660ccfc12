/**
 * Brandes' betweenness on an unweighted CSR graph, and closeness from the same breadth-first searches.
 * No predecessor lists: in the backward pass a neighbour one step closer to the source is a predecessor, so
 * the CSR itself is the predecessor list. Sources are given as a range or a list, so the work splits across
 * threads (each sums its sources; the sums add up) and a sample of pivots runs the same code.
 */
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

export function runSources(
  graph: CsrGraph,
  sources: ArrayLike<number>,
  withSquares = false,
  /** False: distances only (closeness), no backward pass. */
  withDependencies = true,
): SourceRun {
  const n = graph.nodeCount
  const { offsets, neighbours } = graph
  const dependency = new Float64Array(n)
  const dependencySquares = withSquares ? new Float64Array(n) : undefined
  const farness = new Float64Array(sources.length)
  const reached = new Int32Array(sources.length)
  const distance = new Int32Array(n).fill(-1)
  const paths = new Float64Array(n)
  const delta = new Float64Array(n)
  const order = new Int32Array(n)

  for (let s = 0; s < sources.length; s++) {
    const source = sources[s]!
    distance[source] = 0
    paths[source] = 1
    order[0] = source
    let head = 0
    let tail = 1
    let distanceSum = 0
    while (head < tail) {
      const v = order[head++]!
      const next = distance[v]! + 1
      const pathsV = paths[v]!
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = neighbours[e]!
        const dw = distance[w]!
        if (dw < 0) {
          distance[w] = next
          distanceSum += next
          order[tail++] = w
          paths[w] = pathsV
        } else if (dw === next) {
          paths[w]! += pathsV
        }
      }
    }
    farness[s] = distanceSum
    reached[s] = tail
    for (let i = withDependencies ? tail - 1 : 0; i > 0; i--) {
      const w = order[i]!
      const closer = distance[w]! - 1
      const share = (1 + delta[w]!) / paths[w]!
      for (let e = offsets[w]!, end = offsets[w + 1]!; e < end; e++) {
        const v = neighbours[e]!
        if (distance[v] === closer) delta[v]! += paths[v]! * share
      }
      dependency[w]! += delta[w]!
      if (dependencySquares) dependencySquares[w]! += delta[w]! * delta[w]!
    }
    // Reset only what this search touched: O(reached), not O(n), per source.
    for (let i = 0; i < tail; i++) {
      const v = order[i]!
      distance[v] = -1
      paths[v] = 0
      delta[v] = 0
    }
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
