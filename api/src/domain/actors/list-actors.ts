/** Answers GET /actors: filter, then one page in name order, with a cursor to the next. */
import type { ActorListResponse, Filters } from '@netzwerkatlas/shared'
import type { ActorCatalog } from './actor-catalog.ts'
import { toActorSummary } from './actor-summary.ts'
import { decodeCursor, encodeCursor } from './cursor.ts'
import { indexAfter } from './sort-key.ts'

export const DEFAULT_PAGE_SIZE = 50

export interface ActorListQuery extends Filters {
  limit?: number
  cursor?: string
}

export type ActorListResult = ({ kind: 'ok' } & ActorListResponse) | { kind: 'invalid_cursor' }

export function listActors(catalog: ActorCatalog, query: ActorListQuery): ActorListResult {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE
  const positions = catalog.positionsMatching(query)
  let start = 0
  if (query.cursor !== undefined) {
    const cursor = decodeCursor('actors', query.cursor)
    if (cursor.kind !== 'ok') return cursor
    const keyAt = (index: number) => catalog.sortKeysInNameOrder[positions[index]!]!
    start = indexAfter(positions.length, keyAt, cursor.afterKey)
  }
  const page = positions.slice(start, start + limit)
  const lastPosition = page.at(-1)
  const hasMore = start + limit < positions.length
  return {
    kind: 'ok',
    items: page.map((position) => {
      const actor = catalog.actorsInNameOrder[position]!
      return toActorSummary(actor, catalog.placeOf(actor))
    }),
    total: positions.length,
    nextCursor:
      hasMore && lastPosition !== undefined
        ? encodeCursor('actors', catalog.sortKeysInNameOrder[lastPosition] ?? '')
        : null,
    dataVersion: catalog.dataVersion,
  }
}
