/** Answers GET /relationships: filter, then one page in id order, with a cursor to the next. */
import type { Filters, RelationshipListResponse } from '@netzwerkatlas/shared'
import { DEFAULT_PAGE_SIZE } from '../actors/list-actors.ts'
import { decodeCursor, encodeCursor } from '../actors/cursor.ts'
import { indexAfter } from '../actors/sort-key.ts'
import type { NetworkCatalog } from '../network/network-catalog.ts'
import { hasActorFilters, matchesRelationshipFilters } from './relationship-filters.ts'

export interface RelationshipListQuery extends Filters {
  actor?: string
  limit?: number
  cursor?: string
}

export type RelationshipListResult =
  ({ kind: 'ok' } & RelationshipListResponse) | { kind: 'invalid_cursor' }

export function listRelationships(
  catalog: NetworkCatalog,
  query: RelationshipListQuery,
): RelationshipListResult {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE
  // Actor filters (and the default status) apply to both ends, as in the network view.
  const endFilters = { ...query, synthetic: undefined }
  const keptActorIds = hasActorFilters(query)
    ? new Set(catalog.positionsMatching(endFilters).map((p) => catalog.actorsInNameOrder[p]!.id))
    : undefined
  // The catalog holds published ties between published actors only; the filters narrow them further.
  const isKeptEnd = (actorId: string) => !keptActorIds || keptActorIds.has(actorId)
  const candidates = query.actor ? catalog.relationshipsOf(query.actor) : catalog.relationshipsById
  const matches = candidates
    .filter(
      (relationship) =>
        matchesRelationshipFilters(relationship, query) &&
        isKeptEnd(relationship.sourceId) &&
        isKeptEnd(relationship.targetId),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

  let start = 0
  if (query.cursor !== undefined) {
    const cursor = decodeCursor('relationships', query.cursor)
    if (cursor.kind !== 'ok') return cursor
    start = indexAfter(matches.length, (index) => matches[index]!.id, cursor.afterKey)
  }
  const page = matches.slice(start, start + limit)
  const last = page.at(-1)
  return {
    kind: 'ok',
    items: page,
    total: matches.length,
    nextCursor:
      start + limit < matches.length && last ? encodeCursor('relationships', last.id) : null,
    dataVersion: catalog.dataVersion,
  }
}
