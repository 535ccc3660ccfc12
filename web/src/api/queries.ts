/**
 * Query option factories with hierarchical keys (`actorKeys.all` → `list(filters)` / `detail(id)`), so a later
 * write can invalidate by prefix. Every value a queryFn uses is part of its key.
 */
import {
  ActorDetailResponseSchema,
  ActorListResponseSchema,
  ActorSortSchema,
  FiltersSchema,
  MetaResponseSchema,
  type ActorSort,
  type Filters,
} from '@netzwerkatlas/shared'
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { getJson, queryString } from './client.ts'

const actorKeys = {
  all: ['actors'] as const,
  list: (filters: Filters, sort: ActorSort | undefined) =>
    [...actorKeys.all, 'list', filters, sort ?? null] as const,
  detail: (id: string) => [...actorKeys.all, 'detail', id] as const,
}

const metaKeys = { all: ['meta'] as const }

const PAGE_SIZE = 50

export function actorListQuery(filters: Filters, sort?: ActorSort) {
  return infiniteQueryOptions({
    queryKey: actorKeys.list(filters, sort),
    queryFn: ({ pageParam, signal }) =>
      getJson(
        `/api/actors${queryString({
          ...z.encode(FiltersSchema, filters),
          sort: sort && z.encode(ActorSortSchema, sort),
          limit: String(PAGE_SIZE),
          cursor: pageParam ?? undefined,
        })}`,
        ActorListResponseSchema,
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  })
}

export function actorDetailQuery(id: string) {
  return queryOptions({
    queryKey: actorKeys.detail(id),
    queryFn: ({ signal }) =>
      getJson(`/api/actors/${encodeURIComponent(id)}`, ActorDetailResponseSchema, signal),
  })
}

export function metaQuery() {
  return queryOptions({
    queryKey: metaKeys.all,
    queryFn: ({ signal }) => getJson('/api/meta', MetaResponseSchema, signal),
    staleTime: 60_000,
  })
}
