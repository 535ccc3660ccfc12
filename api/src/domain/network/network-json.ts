/**
 * Answers GET /network as JSON text (NetworkResponseSchema): nodes are the actors the filters keep, edges the
 * relationships between two kept nodes. Written straight from the records, with no node or edge objects in
 * between: a box the cache has not seen costs a scan of typed arrays and one string, not an object graph.
 */
import { actorActiveSpan, type Actor, type Filters, type Relationship } from '@netzwerkatlas/shared'
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
  const active = actorActiveSpan(actor)
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

/**
 * A box with few actors (the map and the graph zoomed in; a burst of writes makes every box new, bench writes)
 * reads its nodes' own relationship lists instead of scanning every relationship: at 100k actors the scan is
 * 250k ends and an array as long as the actors per answer, for a box of a dozen actors. Past this share of the
 * relationships the scan is cheaper.
 */
const KEPT_LISTS_PER_RELATIONSHIP = 1 / 8

/** The public relationships between two kept actors, in id order, each once (from its source's list). */
function relationshipsAmong(
  catalog: NetworkCatalog,
  positions: readonly number[],
): readonly Relationship[] {
  const keptIds = new Set(positions.map((position) => catalog.actorsInNameOrder[position]!.id))
  const among: Relationship[] = []
  for (const id of keptIds) {
    for (const relationship of catalog.relationshipsOf(id)) {
      if (relationship.sourceId === id && keptIds.has(relationship.targetId)) {
        among.push(relationship)
      }
    }
  }
  return among.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The same relationships by one scan of every relationship's ends. */
function relationshipsAmongByScan(
  catalog: NetworkCatalog,
  positions: readonly number[],
): readonly Relationship[] {
  const isKept = new Uint8Array(catalog.actorsInNameOrder.length)
  for (const position of positions) isKept[position] = 1
  const among: Relationship[] = []
  const { relationshipsById, sourcePositions, targetPositions } = catalog
  for (let index = 0; index < relationshipsById.length; index++) {
    if (isKept[sourcePositions[index]!] !== 1 || isKept[targetPositions[index]!] !== 1) continue
    among.push(relationshipsById[index]!)
  }
  return among
}

export function networkJson(catalog: NetworkCatalog, filters: Filters): string {
  const positions = catalog.positionsMatching(filters)
  const nodes = positions.map((position) => nodeJson(catalog.actorsInNameOrder[position]!))
  const isFew = positions.length < catalog.relationshipsById.length * KEPT_LISTS_PER_RELATIONSHIP
  const among = isFew
    ? relationshipsAmong(catalog, positions)
    : relationshipsAmongByScan(catalog, positions)
  const edges: string[] = []
  for (const relationship of among) {
    if (matchesRelationshipFilters(relationship, filters)) edges.push(edgeJson(relationship))
  }
  return `{"dataVersion":${catalog.dataVersion},"nodes":[${nodes.join(',')}],"edges":[${edges.join(',')}]}`
}
