/**
 * Brokerage: how evenly an actor's partners spread over communities. The participation coefficient
 * (Guimerà & Amaral 2005), unweighted: P_i = 1 − Σ_c (k_ic / k_i)², where k_i is the number of partners and
 * k_ic those in community c. 0 when all partners share one community (or there are none); it nears 1 when they
 * are spread over many. A broker is an actor whose partners lie in two or more communities.
 */
import type { CsrGraph } from './csr-graph.ts'

export interface Brokerage {
  participation: Float64Array
  /** How many different communities the actor's partners belong to. */
  communitiesReached: Int32Array
}

export function brokerageOf(graph: CsrGraph, community: Int32Array): Brokerage {
  const n = graph.nodeCount
  const participation = new Float64Array(n)
  const communitiesReached = new Int32Array(n)
  const counts = new Map<number, number>()
  for (let v = 0; v < n; v++) {
    const start = graph.offsets[v]!
    const end = graph.offsets[v + 1]!
    if (end === start) continue
    counts.clear()
    for (let e = start; e < end; e++) {
      const c = community[graph.neighbours[e]!]!
      counts.set(c, (counts.get(c) ?? 0) + 1)
    }
    let sumOfSquares = 0
    for (const k of counts.values()) sumOfSquares += (k / (end - start)) ** 2
    participation[v] = 1 - sumOfSquares
    communitiesReached[v] = counts.size
  }
  return { participation, communitiesReached }
}
