/** Answers GET /actors: filter, then one page in name order, with a cursor to the next. */
import type { ActorListResponse, Filters } from '@netzwerkatlas/shared'
import type { ActorCatalog } from './actor-catalog.ts'
import { matchesActorFilters } from './actor-filters.ts'
import { toActorSummary } from './actor-summary.ts'
import { decodeCursor, encodeCursor } from './cursor.ts'
import { indexAfter } from './sort-key.ts'

export const DEFAULT_PAGE_SIZE = 50
const DEFAULT_RADIUS_KM = 25

export interface ActorListQuery extends Filters {
  limit?: number
  cursor?: string
}

export type ActorListResult = ({ kind: 'ok' } & ActorListResponse) | { kind: 'invalid_cursor' }

/** Positions (in name order) of the actors that pass every filter: a scan, so catalogs cache the result. */
export function matchingPositions(catalog: ActorCatalog, filters: Filters): number[] {
  const textIds = filters.text ? catalog.idsMatchingText(filters.text) : undefined
  const bboxIds = filters.bbox ? catalog.idsInBbox(filters.bbox) : undefined
  const nearIds = filters.near
    ? catalog.idsWithinKm(filters.near, filters.radiusKm ?? DEFAULT_RADIUS_KM)
    : undefined
  const positions: number[] = []
  catalog.actorsInNameOrder.forEach((actor, position) => {
    if (textIds && !textIds.has(actor.id)) return
    if (bboxIds && !bboxIds.has(actor.id)) return
    if (nearIds && !nearIds.has(actor.id)) return
    if (matchesActorFilters(actor, filters)) positions.push(position)
  })
  return positions
}

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
    items: page.map((position) => toActorSummary(catalog.actorsInNameOrder[position]!)),
    total: positions.length,
    nextCursor:
      hasMore && lastPosition !== undefined
        ? encodeCursor('actors', catalog.sortKeysInNameOrder[lastPosition] ?? '')
        : null,
    dataVersion: catalog.dataVersion,
  }
}
