/**
 * GET /map/ties as JSON text: the relationships of the filtered set, each with the years it is active, so the map
 * can draw the ties of any year without asking again. Ends are listed once ([id, lon, lat]) and ties point into
 * them by index: a tie row is a handful of small numbers, and the map joins ends to its actor layer by id.
 * Unlocated ends stay in (null coordinates) so a year's count matches /network/timeline's.
 */
import {
  ACTIVE_YEARS_RULE,
  actorActiveSpan,
  relationshipActiveSpan,
  relationshipTypes,
  tieActiveSpan,
  type Filters,
} from '@netzwerkatlas/shared'
import { matchesRelationshipFilters } from '../relationships/relationship-filters.ts'
import type { NetworkCatalog } from '../network/network-catalog.ts'

const typeIndex = new Map<string, number>(relationshipTypes.ids.map((id, index) => [id, index]))

export function mapTiesJson(catalog: NetworkCatalog, filters: Filters): string {
  const actors = catalog.actorsInNameOrder
  const isKept = new Uint8Array(actors.length)
  for (const position of catalog.positionsMatching(filters)) isKept[position] = 1
  const { relationshipsById, sourcePositions, targetPositions } = catalog
  const kept: number[] = []
  // Name-order position → index into `ends`; -1 until a kept tie uses the actor.
  const endIndex = new Int32Array(actors.length).fill(-1)
  for (let index = 0; index < relationshipsById.length; index++) {
    const source = sourcePositions[index]!
    const target = targetPositions[index]!
    if (isKept[source] !== 1 || isKept[target] !== 1) continue
    if (!matchesRelationshipFilters(relationshipsById[index]!, filters)) continue
    kept.push(index)
    endIndex[source] = 0
    endIndex[target] = 0
  }
  const ends: string[] = []
  for (let position = 0; position < actors.length; position++) {
    if (endIndex[position] === -1) continue
    endIndex[position] = ends.length
    const location = actors[position]!.location
    // Ids are slugs (enforced by the shared schemas on every write): quoted as they are.
    ends.push(
      location
        ? `["${actors[position]!.id}",${location.lon},${location.lat}]`
        : `["${actors[position]!.id}",null,null]`,
    )
  }
  const spans = new Map<number, ReturnType<typeof actorActiveSpan>>()
  const spanAt = (position: number) => {
    let span = spans.get(position)
    if (!span) spans.set(position, (span = actorActiveSpan(actors[position]!)))
    return span
  }
  const ties = kept.map((index) => {
    const relationship = relationshipsById[index]!
    const source = sourcePositions[index]!
    const target = targetPositions[index]!
    const span = tieActiveSpan(relationshipActiveSpan(relationship), spanAt(source), spanAt(target))
    return `[${endIndex[source]},${endIndex[target]},${typeIndex.get(relationship.type)},${relationship.directed ? 1 : 0},${span.from},${span.to}]`
  })
  return `{"dataVersion":${catalog.dataVersion},"rule":${JSON.stringify(ACTIVE_YEARS_RULE)},"types":${JSON.stringify(relationshipTypes.ids)},"ends":[${ends.join(',')}],"ties":[${ties.join(',')}]}`
}
