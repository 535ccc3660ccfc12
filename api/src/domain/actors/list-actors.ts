/**
 * Answers GET /actors: filter, then one page in the requested order (name by default), with a cursor to the
 * next. The cursor is the last row's position key, so paging stays correct per order and across writes.
 */
import type { ActorListResponse, ActorSort, Filters } from '@netzwerkatlas/shared'
import type { ActorCatalog } from './actor-catalog.ts'
import { actorOrder, compareKeys } from './actor-order.ts'
import { toActorSummary } from './actor-summary.ts'
import { decodeCursor, encodeCursor } from './cursor.ts'
import { indexAfter } from './sort-key.ts'

export const DEFAULT_PAGE_SIZE = 50
/** Between the order's name and the key in a cursor of an order other than by name. */
const ORDER_SEPARATOR = '\u0001'

export interface ActorListQuery extends Filters {
  limit?: number
  cursor?: string
  sort?: ActorSort
}

export type ActorListResult = ({ kind: 'ok' } & ActorListResponse) | { kind: 'invalid_cursor' }

/** The matching positions in the requested order, with the position key of each. */
function orderedPositions(catalog: ActorCatalog, query: ActorListQuery) {
  const positions = catalog.positionsMatching(query)
  const sort = query.sort
  if (!sort || (sort.field === 'name' && !sort.descending)) {
    return {
      positions,
      keyAt: (index: number) => catalog.sortKeysInNameOrder[positions[index]!]!,
      indexAfter: (afterKey: string) =>
        indexAfter(
          positions.length,
          (index) => catalog.sortKeysInNameOrder[positions[index]!]!,
          afterKey,
        ),
      cursorKey: (key: string) => key,
      keyOfCursor: (cursorKey: string) =>
        cursorKey.includes(ORDER_SEPARATOR) ? undefined : cursorKey,
    }
  }
  const order = actorOrder(catalog, sort)
  const ordered = [...positions].sort((a, b) => order.ranks[a]! - order.ranks[b]!)
  const keyAt = (index: number) => order.keys[ordered[index]!]!
  const prefix = `${order.name}${ORDER_SEPARATOR}`
  return {
    positions: ordered,
    keyAt,
    indexAfter: (afterKey: string) =>
      indexAfter(ordered.length, keyAt, afterKey, (a, b) => compareKeys(a, b, sort.descending)),
    cursorKey: (key: string) => `${prefix}${key}`,
    keyOfCursor: (cursorKey: string) =>
      cursorKey.startsWith(prefix) ? cursorKey.slice(prefix.length) : undefined,
  }
}

export function listActors(catalog: ActorCatalog, query: ActorListQuery): ActorListResult {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE
  const order = orderedPositions(catalog, query)
  const { positions } = order
  let start = 0
  if (query.cursor !== undefined) {
    const cursor = decodeCursor('actors', query.cursor)
    if (cursor.kind !== 'ok') return cursor
    // A cursor of another order marks no place in this one.
    const afterKey = order.keyOfCursor(cursor.afterKey)
    if (afterKey === undefined) return { kind: 'invalid_cursor' }
    start = order.indexAfter(afterKey)
  }
  const page = positions.slice(start, start + limit)
  const hasMore = start + limit < positions.length
  return {
    kind: 'ok',
    items: page.map((position) => {
      const actor = catalog.actorsInNameOrder[position]!
      return toActorSummary(actor, catalog.placeOf(actor))
    }),
    total: positions.length,
    nextCursor:
      hasMore && page.length > 0
        ? encodeCursor('actors', order.cursorKey(order.keyAt(start + page.length - 1)))
        : null,
    dataVersion: catalog.dataVersion,
  }
}
