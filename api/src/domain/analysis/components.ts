/**
 * Connected components, articulation points and bridges of the undirected projection. Tarjan's lowpoint
 * search, iterative (an explicit stack: a chain of 50k actors would overflow the call stack).
 */
import type { CsrGraph } from './csr-graph.ts'

export interface Cohesion {
  /** Component number per node: 0 is the largest component, ties broken by the lowest node in them. */
  component: Int32Array
  componentSizes: number[]
  isArticulationPoint: Uint8Array
  /** Bridges as node pairs [a, b] with a < b, in ascending order. */
  bridges: [number, number][]
}

export function cohesionOf(graph: CsrGraph): Cohesion {
  const n = graph.nodeCount
  const { offsets, neighbours } = graph
  const discovered = new Int32Array(n).fill(-1)
  const low = new Int32Array(n)
  const parent = new Int32Array(n).fill(-1)
  const nextEdge = new Int32Array(n)
  const rawComponent = new Int32Array(n)
  const isArticulationPoint = new Uint8Array(n)
  const bridges: [number, number][] = []
  const stack = new Int32Array(n)
  const rawSizes: number[] = []
  let time = 0

  for (let root = 0; root < n; root++) {
    if (discovered[root]! >= 0) continue
    const componentNumber = rawSizes.length
    let size = 0
    let rootChildren = 0
    let top = 0
    stack[top++] = root
    discovered[root] = low[root] = time++
    nextEdge[root] = offsets[root]!
    rawComponent[root] = componentNumber
    size++
    while (top > 0) {
      const v = stack[top - 1]!
      if (nextEdge[v]! < offsets[v + 1]!) {
        const w = neighbours[nextEdge[v]!++]!
        if (discovered[w]! < 0) {
          parent[w] = v
          discovered[w] = low[w] = time++
          nextEdge[w] = offsets[w]!
          rawComponent[w] = componentNumber
          size++
          if (v === root) rootChildren++
          stack[top++] = w
        } else if (w !== parent[v]) {
          if (discovered[w]! < low[v]!) low[v] = discovered[w]!
        }
        continue
      }
      top--
      const p = parent[v]!
      if (p < 0) continue
      if (low[v]! < low[p]!) low[p] = low[v]!
      if (low[v]! > discovered[p]!) bridges.push(p < v ? [p, v] : [v, p])
      if (p !== root && low[v]! >= discovered[p]!) isArticulationPoint[p] = 1
    }
    if (rootChildren > 1) isArticulationPoint[root] = 1
    rawSizes.push(size)
  }

  // Number components by size (largest first), so "component 0" means the main one.
  const ranked = rawSizes
    .map((size, index) => ({ size, index }))
    .sort((a, b) => b.size - a.size || a.index - b.index)
  const renumber = new Int32Array(rawSizes.length)
  ranked.forEach(({ index }, rank) => (renumber[index] = rank))
  const component = rawComponent.map((raw) => renumber[raw]!)
  bridges.sort((x, y) => x[0] - y[0] || x[1] - y[1])
  return { component, componentSizes: ranked.map(({ size }) => size), isArticulationPoint, bridges }
}

/**
 * A component label per node (in order of each component's lowest node) and each component's degree sum: what
 * the betweenness searches need to know how much of a component is left to find, without cohesionOf's lowpoints.
 */
export function componentDegreeSums(graph: CsrGraph) {
  const n = graph.nodeCount
  const { offsets, neighbours } = graph
  const label = new Int32Array(n).fill(-1)
  const queue = new Int32Array(n)
  const degreeSums: number[] = []
  for (let root = 0; root < n; root++) {
    if (label[root]! >= 0) continue
    const current = degreeSums.length
    let degrees = 0
    let tail = 0
    label[root] = current
    queue[tail++] = root
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!
      degrees += offsets[v + 1]! - offsets[v]!
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = neighbours[e]!
        if (label[w]! < 0) {
          label[w] = current
          queue[tail++] = w
        }
      }
    }
    degreeSums.push(degrees)
  }
  return { label, degreeSums: Float64Array.from(degreeSums) }
}
