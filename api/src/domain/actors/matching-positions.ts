/**
 * Which actors pass the filters, as positions in name order. The spatial index narrows by box and radius first,
 * so a small box checks a few actors, not all of them; catalogs cache the result per filter.
 */
import type { Filters } from '@netzwerkatlas/shared'
import type { ActorCatalog } from './actor-catalog.ts'
import { matchesActorFilters } from './actor-filters.ts'

const DEFAULT_RADIUS_KM = 25

/** The positions in both ascending lists, ascending. */
function intersectAscending(a: readonly number[], b: readonly number[]): number[] {
  const both: number[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++
    else if (a[i]! > b[j]!) j++
    else {
      both.push(a[i]!)
      i++
      j++
    }
  }
  return both
}

function spatialCandidates(catalog: ActorCatalog, filters: Filters): readonly number[] | undefined {
  const inBbox = filters.bbox ? catalog.positionsInBbox(filters.bbox) : undefined
  const near = filters.near
    ? catalog.positionsWithinKm(filters.near, filters.radiusKm ?? DEFAULT_RADIUS_KM)
    : undefined
  return inBbox && near ? intersectAscending(inBbox, near) : (inBbox ?? near)
}

export function matchingPositions(catalog: ActorCatalog, filters: Filters): number[] {
  const textIds = filters.text ? catalog.idsMatchingText(filters.text) : undefined
  const passes = (position: number) => {
    const actor = catalog.actorsInNameOrder[position]!
    return (!textIds || textIds.has(actor.id)) && matchesActorFilters(actor, filters)
  }
  const candidates = spatialCandidates(catalog, filters)
  if (candidates) return candidates.filter((position) => passes(position))
  const positions: number[] = []
  for (let position = 0; position < catalog.actorsInNameOrder.length; position++) {
    if (passes(position)) positions.push(position)
  }
  return positions
}
