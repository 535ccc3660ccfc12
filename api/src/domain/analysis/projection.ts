/**
 * What the metrics run on: the public network (the index holds only the public view) as one undirected graph.
 * Every published relationship type counts, in either direction, as a tie between its two actors; parallel
 * ties between the same pair become one edge whose weight is the sum of their weights. Only `weightedDegree`
 * reads the weights; every other metric treats edges as unweighted. In- and out-degree count the directed
 * relationships (funding, membership, …) by their direction.
 */
import type { Actor, Relationship } from '@netzwerkatlas/shared'
import { buildCsrGraph, type Allocate, type CsrGraph } from './csr-graph.ts'

export interface ProjectedNetwork {
  /** Actor ids in ascending order; node i is ids[i]. */
  ids: string[]
  graph: CsrGraph
  inDegree: Int32Array
  outDegree: Int32Array
}

export function projectNetwork(
  actors: readonly Pick<Actor, 'id'>[],
  relationships: readonly Pick<Relationship, 'sourceId' | 'targetId' | 'directed' | 'weight'>[],
  allocate?: Allocate,
): ProjectedNetwork {
  const ids = actors.map((actor) => actor.id).sort()
  const nodeOf = new Map(ids.map((id, node) => [id, node]))
  const sources: number[] = []
  const targets: number[] = []
  const weights: number[] = []
  const inDegree = new Int32Array(ids.length)
  const outDegree = new Int32Array(ids.length)
  for (const relationship of relationships) {
    const source = nodeOf.get(relationship.sourceId)
    const target = nodeOf.get(relationship.targetId)
    if (source === undefined || target === undefined) continue
    sources.push(source)
    targets.push(target)
    weights.push(relationship.weight)
    if (relationship.directed) {
      outDegree[source]! += 1
      inDegree[target]! += 1
    }
  }
  return {
    ids,
    graph: buildCsrGraph(ids.length, sources, targets, weights, allocate),
    inDegree,
    outDegree,
  }
}
