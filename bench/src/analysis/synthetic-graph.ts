/**
 * Seeded synthetic networks for the analysis bench: actors in groups of ~40 (as districts and topics cluster
 * them), most ties inside a group, the rest anywhere, so betweenness and Louvain meet a realistic structure.
 */
import fs from 'node:fs'
import { seededRandom } from '../../../api/src/domain/analysis/louvain.ts'

export interface SyntheticGraph {
  nodes: number
  sources: Int32Array
  targets: Int32Array
}

export function syntheticGraph(nodes: number, edges: number, seed = 20_211_008): SyntheticGraph {
  const random = seededRandom(seed)
  const groupSize = 40
  const seen = new Set<number>()
  const sources = new Int32Array(edges)
  const targets = new Int32Array(edges)
  let count = 0
  while (count < edges) {
    const a = Math.floor(random() * nodes)
    const group = a - (a % groupSize)
    const b =
      random() < 0.8
        ? Math.min(nodes - 1, group + Math.floor(random() * groupSize))
        : Math.floor(random() * nodes)
    if (a === b) continue
    const key = a < b ? a * nodes + b : b * nodes + a
    if (seen.has(key)) continue
    seen.add(key)
    sources[count] = a
    targets[count] = b
    count++
  }
  return { nodes, sources, targets }
}

/** "a b" per line, nodes 0..n−1, for igraph and networkx. */
export function writeEdgeList(graph: SyntheticGraph, file: string) {
  const lines: string[] = []
  for (let i = 0; i < graph.sources.length; i++)
    lines.push(`${graph.sources[i]} ${graph.targets[i]}`)
  fs.writeFileSync(file, lines.join('\n') + '\n')
}
