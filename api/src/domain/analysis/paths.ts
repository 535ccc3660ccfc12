/** Breadth-first distances and one shortest path on the projection; the ego network's rings come from here too. */
import type { CsrGraph } from './csr-graph.ts'

/** Steps from `source` to every node, −1 where it is not reached; stops after `maxDepth` steps. */
export function distancesFrom(graph: CsrGraph, source: number, maxDepth = Infinity): Int32Array {
  const distance = new Int32Array(graph.nodeCount).fill(-1)
  const queue = new Int32Array(graph.nodeCount)
  distance[source] = 0
  queue[0] = source
  let head = 0
  let tail = 1
  while (head < tail) {
    const v = queue[head++]!
    if (distance[v]! >= maxDepth) continue
    for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++) {
      const w = graph.neighbours[e]!
      if (distance[w]! < 0) {
        distance[w] = distance[v]! + 1
        queue[tail++] = w
      }
    }
  }
  return distance
}

/**
 * One shortest path from → to as nodes, or undefined when they are not connected. Among equally short paths it
 * takes, step by step back from `to`, the lowest-numbered closer neighbour, so the answer is stable.
 */
export function shortestPath(graph: CsrGraph, from: number, to: number): number[] | undefined {
  const distance = distancesFrom(graph, from)
  if (distance[to]! < 0) return undefined
  const path = [to]
  let current = to
  while (current !== from) {
    const closer = distance[current]! - 1
    for (let e = graph.offsets[current]!; e < graph.offsets[current + 1]!; e++) {
      const v = graph.neighbours[e]!
      if (distance[v] === closer) {
        current = v
        break
      }
    }
    path.push(current)
  }
  return path.reverse()
}

/** How many shortest paths lead from → to (counted, not listed: there can be very many). */
export function shortestPathCount(graph: CsrGraph, from: number, to: number): number {
  const distance = distancesFrom(graph, from)
  if (distance[to]! < 0) return 0
  const count = new Float64Array(graph.nodeCount)
  count[from] = 1
  const order = Array.from(distance.keys())
    .filter((v) => distance[v]! >= 0 && distance[v]! <= distance[to]!)
    .sort((a, b) => distance[a]! - distance[b]!)
  for (const v of order) {
    for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++) {
      const w = graph.neighbours[e]!
      if (distance[w] === distance[v]! + 1) count[w]! += count[v]!
    }
  }
  return count[to]!
}
