/**
 * Answers GET /network as JSON text (NetworkResponseSchema): nodes are the actors the filters keep, edges the
 * relationships between two kept nodes. Written straight from the records, with no node or edge objects in
 * between: a box the cache has not seen costs a scan of typed arrays and one string, not an object graph.
 */
import {
  actorActiveYears,
  type Actor,
  type Filters,
  type Relationship,
} from '@netzwerkatlas/shared'
import { matchesRelationshipFilters } from '../relationships/relationship-filters.ts'
import type { NetworkCatalog } from './network-catalog.ts'

/**
 * WARNING: only `name` is free text and goes through JSON.stringify. Ids are slugs, kind and type vocabulary
 * ids, districts five digits and `since` an ISO date (all enforced by the shared schemas on every write), so
 * they are quoted as they are: half the cost of escaping every field.
 */
const quoted = (value: string | null) => (value === null ? 'null' : '"' + value + '"')

/** Field order as in NetworkNodeSchema. Numbers print as JSON.stringify prints them. */
function nodeJson(actor: Actor): string {
  const location = actor.location
  const active = actorActiveYears(actor)
  return (
    '{"id":"' +
    actor.id +
    '","name":' +
    JSON.stringify(actor.name) +
    ',"kind":"' +
    actor.kind +
    '","type":"' +
    actor.type +
    '","lon":' +
    (location ? location.lon : 'null') +
    ',"lat":' +
    (location ? location.lat : 'null') +
    ',"district":' +
    quoted(actor.districtAgs) +
    ',"synthetic":' +
    actor.provenance.synthetic +
    ',"activeFrom":' +
    active.from +
    ',"activeTo":' +
    active.to +
    '}'
  )
}

/** Field order as in NetworkEdgeSchema. */
function edgeJson(relationship: Relationship): string {
  return (
    '{"id":"' +
    relationship.id +
    '","source":"' +
    relationship.sourceId +
    '","target":"' +
    relationship.targetId +
    '","type":"' +
    relationship.type +
    '","directed":' +
    relationship.directed +
    ',"since":' +
    quoted(relationship.since) +
    ',"until":' +
    quoted(relationship.until) +
    '}'
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
