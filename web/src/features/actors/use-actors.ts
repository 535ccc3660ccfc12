/** The actor list (paged) and one actor's details, for the current filters. */
import type { Filters } from '@netzwerkatlas/shared'
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { actorDetailQuery, actorListQuery } from '../../api/queries.ts'

export function useActorList(filters: Filters) {
  return useInfiniteQuery(actorListQuery(filters))
}

export function useActorDetail(id: string | undefined) {
  return useQuery({ ...actorDetailQuery(id ?? ''), enabled: id !== undefined })
}
