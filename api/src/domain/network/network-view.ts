/**
 * Answers GET /network: compact nodes and edges for map and graph. Nodes are the actors the filters keep;
 * edges are the published relationships between two kept nodes.
 */
import type {
  Actor,
  Filters,
  NetworkEdge,
  NetworkNode,
  NetworkResponse,
  Relationship,
} from '@netzwerkatlas/shared'
import { matchesRelationshipFilters } from '../relationships/relationship-filters.ts'
import type { NetworkCatalog } from './network-catalog.ts'

function toNetworkNode(actor: Actor): NetworkNode {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    type: actor.type,
    lon: actor.location?.lon ?? null,
    lat: actor.location?.lat ?? null,
    district: actor.districtAgs,
    synthetic: actor.provenance.synthetic,
  }
}

function toNetworkEdge(relationship: Relationship): NetworkEdge {
  return {
    id: relationship.id,
    source: relationship.sourceId,
    target: relationship.targetId,
    type: relationship.type,
    directed: relationship.directed,
    since: relationship.since,
  }
}

export function networkView(catalog: NetworkCatalog, filters: Filters): NetworkResponse {
  const nodes = catalog
    .positionsMatching(filters)
    .map((position) => catalog.actorsInNameOrder[position]!)
  const nodeIds = new Set(nodes.map((node) => node.id))
  const edges = catalog.relationshipsById.filter(
    (relationship) =>
      nodeIds.has(relationship.sourceId) &&
      nodeIds.has(relationship.targetId) &&
      matchesRelationshipFilters(relationship, filters),
  )
  return {
    dataVersion: catalog.dataVersion,
    nodes: nodes.map(toNetworkNode),
    edges: edges.map(toNetworkEdge),
  }
}
