/**
 * Query option factories of the explore tools: the analysis answers (ego network, path, timeline, districts)
 * and the actor search of the path finder's fields. Keys start with 'explore' so a later write can invalidate
 * them by prefix. The communities and the actors' names come from the graph's own queries (one cache).
 */
import {
  ActorListResponseSchema,
  NetworkDistrictsResponseSchema,
  NetworkEgoResponseSchema,
  NetworkPathResponseSchema,
  NetworkTimelineResponseSchema,
} from '@netzwerkatlas/shared'
import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { getJson, queryString } from '../../../api/client.ts'

const exploreKeys = {
  all: ['explore'] as const,
  ego: (id: string, steps: 1 | 2) => [...exploreKeys.all, 'ego', id, steps] as const,
  path: (from: string, to: string) => [...exploreKeys.all, 'path', from, to] as const,
  timeline: () => [...exploreKeys.all, 'timeline'] as const,
  districts: () => [...exploreKeys.all, 'districts'] as const,
  actorSearch: (text: string) => [...exploreKeys.all, 'actor-search', text] as const,
}

/** How many actors the path finder's fields offer as one types. */
const ACTOR_OPTIONS = 8

export function egoQuery(id: string, steps: 1 | 2) {
  return queryOptions({
    queryKey: exploreKeys.ego(id, steps),
    queryFn: ({ signal }) =>
      getJson(
        `/api/network/ego/${encodeURIComponent(id)}${queryString({ depth: String(steps) })}`,
        NetworkEgoResponseSchema,
        signal,
      ),
    placeholderData: keepPreviousData,
  })
}

export function pathQuery(from: string, to: string) {
  return queryOptions({
    queryKey: exploreKeys.path(from, to),
    queryFn: ({ signal }) =>
      getJson(`/api/network/path${queryString({ from, to })}`, NetworkPathResponseSchema, signal),
  })
}

export function timelineQuery() {
  return queryOptions({
    queryKey: exploreKeys.timeline(),
    queryFn: ({ signal }) =>
      getJson('/api/network/timeline', NetworkTimelineResponseSchema, signal),
  })
}

export function networkDistrictsQuery() {
  return queryOptions({
    queryKey: exploreKeys.districts(),
    queryFn: ({ signal }) =>
      getJson('/api/network/districts', NetworkDistrictsResponseSchema, signal),
  })
}

/** Actors whose name, place or topic match the typed text (the list's search, German folding included). */
export function actorSearchQuery(text: string) {
  return queryOptions({
    queryKey: exploreKeys.actorSearch(text),
    queryFn: ({ signal }) =>
      getJson(
        `/api/actors${queryString({ text, limit: String(ACTOR_OPTIONS) })}`,
        ActorListResponseSchema,
        signal,
      ),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  })
}
