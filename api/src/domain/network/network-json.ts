/**
 * Answers GET /network as JSON text (NetworkResponseSchema): nodes are the actors the filters keep, edges the
 * relationships between two kept nodes. Written straight from the records, with no node or edge objects in
 * between: a box the cache has not seen costs a scan of typed arrays and one string, not an object graph.
 */
import type { Actor, Filters, Relationship } from '@netzwerkatlas/shared'
import { matchesRelationshipFilters } from '../relationships/relationship-filters.ts'
import type { NetworkCatalog } from './network-catalog.ts'

const text = (value: string | null) => (value === null ? 'null' : JSON.stringify(value))

/** Field order as in NetworkNodeSchema. Numbers print as JSON.stringify prints them. */
function nodeJson(actor: Actor): string {
  const location = actor.location
  return (
    `{"id":${text(actor.id)},"name":${text(actor.name)},"kind":${text(actor.kind)}` +
    `,"type":${text(actor.type)},"lon":${location ? location.lon : 'null'}` +
    `,"lat":${location ? location.lat : 'null'},"district":${text(actor.districtAgs)}` +
    `,"synthetic":${actor.provenance.synthetic}}`
  )
}

/** Field order as in NetworkEdgeSchema. */
function edgeJson(relationship: Relationship): string {
  return (
    `{"id":${text(relationship.id)},"source":${text(relationship.sourceId)}` +
    `,"target":${text(relationship.targetId)},"type":${text(relationship.type)}` +
    `,"directed":${relationship.directed},"since":${text(relationship.since)}}`
  )
}

export function networkJson(catalog: NetworkCatalog, filters: Filters): string {
  const positions = catalog.positionsMatching(filters)
  const isKept = new Uint8Array(catalog.actorsInNameOrder.length)
  const nodes = new Array<string>(positions.length)
  positions.forEach((position, index) => {
    isKept[position] = 1
    nodes[index] = nodeJson(catalog.actorsInNameOrder[position]!)
  })
  const edges: string[] = []
  const { relationshipsById, sourcePositions, targetPositions } = catalog
  for (let index = 0; index < relationshipsById.length; index++) {
    if (isKept[sourcePositions[index]!] !== 1 || isKept[targetPositions[index]!] !== 1) continue
    const relationship = relationshipsById[index]!
    if (matchesRelationshipFilters(relationship, filters)) edges.push(edgeJson(relationship))
  }
  return `{"dataVersion":${catalog.dataVersion},"nodes":[${nodes.join(',')}],"edges":[${edges.join(',')}]}`
}
