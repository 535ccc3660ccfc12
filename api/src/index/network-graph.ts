/**
 * The network as a graphology multigraph: actors are nodes, relationships are edges keyed by relationship id
 * (directed or not, as the relationship says). Paths, metrics and layout (later issues) run on this graph.
 */
import type { Actor, Relationship } from '@netzwerkatlas/shared'
import { MultiGraph } from 'graphology'

export function buildNetworkGraph(
  actors: readonly Actor[],
  relationships: readonly Relationship[],
) {
  const graph = new MultiGraph({ type: 'mixed', allowSelfLoops: false })
  for (const actor of actors) graph.addNode(actor.id)
  for (const relationship of relationships) {
    if (relationship.directed) {
      graph.addDirectedEdgeWithKey(relationship.id, relationship.sourceId, relationship.targetId)
    } else {
      graph.addUndirectedEdgeWithKey(relationship.id, relationship.sourceId, relationship.targetId)
    }
  }
  return graph
}

export type NetworkGraph = ReturnType<typeof buildNetworkGraph>
