/** The actor list (paged) for the current filters and order. */
import type { ActorSort, Filters } from '@netzwerkatlas/shared'
import { useInfiniteQuery } from '@tanstack/react-query'
import { actorListQuery } from '../../api/queries.ts'

export function useActorList(filters: Filters, sort: ActorSort | undefined) {
  return useInfiniteQuery(actorListQuery(filters, sort))
}
