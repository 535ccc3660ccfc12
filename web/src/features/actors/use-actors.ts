/** The actor list (paged) for the current filters and order, and one actor's details. */
import type { ActorSort, Filters } from '@netzwerkatlas/shared'
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { actorDetailQuery, actorListQuery } from '../../api/queries.ts'

export function useActorList(filters: Filters, sort: ActorSort | undefined) {
  return useInfiniteQuery(actorListQuery(filters, sort))
}

export function useActorDetail(id: string | undefined) {
  return useQuery({ ...actorDetailQuery(id ?? ''), enabled: id !== undefined })
}
