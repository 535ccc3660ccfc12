/**
 * Query option factories of the graph view: the filtered network, the server's layout, the metrics and the
 * communities. Keys start with 'graph'. Analysis answers may describe the version before the newest
 * (`computing`): those queries poll until the analysis has caught up.
 */
import {
  FiltersSchema,
  NetworkCommunitiesResponseSchema,
  NetworkGroupResponseSchema,
  NetworkGroupsResponseSchema,
  NetworkLayoutResponseSchema,
  NetworkMetricsResponseSchema,
  NetworkResponseSchema,
  type Filters,
} from '@netzwerkatlas/shared'
import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { getJson, queryString } from '../../api/client.ts'

const graphKeys = {
  all: ['graph'] as const,
  network: (filters: Filters) => [...graphKeys.all, 'network', filters] as const,
  layout: () => [...graphKeys.all, 'layout'] as const,
  metrics: (filters: Filters) => [...graphKeys.all, 'metrics', filters] as const,
  communities: () => [...graphKeys.all, 'communities'] as const,
  groups: (filters: Filters, year: number | undefined) =>
    [...graphKeys.all, 'groups', filters, year] as const,
  group: (filters: Filters, key: string, year: number | undefined) =>
    [...graphKeys.all, 'group', filters, key, year] as const,
}

const query = (filters: Filters) => queryString(z.encode(FiltersSchema, filters))
/** The groups count what is active in the year (the server applies the timeline's rule to the ties it folds). */
const groupsQuery = (filters: Filters, year: number | undefined) =>
  queryString({ ...z.encode(FiltersSchema, filters), year: year?.toString() })

/** While the server analyses a newer version, ask again every few seconds. */
const POLL_WHILE_COMPUTING_MS = 3_000
const pollWhileComputing = (query: { state: { data?: { computing: boolean } } }) =>
  query.state.data?.computing ? POLL_WHILE_COMPUTING_MS : false

export function graphNetworkQuery(filters: Filters, enabled = true) {
  return queryOptions({
    enabled,
    queryKey: graphKeys.network(filters),
    queryFn: ({ signal }) =>
      getJson(`/api/network${query(filters)}`, NetworkResponseSchema, signal),
  })
}

export function graphLayoutQuery() {
  return queryOptions({
    queryKey: graphKeys.layout(),
    queryFn: ({ signal }) => getJson('/api/network/layout', NetworkLayoutResponseSchema, signal),
    refetchInterval: pollWhileComputing,
  })
}

export function graphMetricsQuery(filters: Filters) {
  return queryOptions({
    queryKey: graphKeys.metrics(filters),
    queryFn: ({ signal }) =>
      getJson(`/api/network/metrics${query(filters)}`, NetworkMetricsResponseSchema, signal),
    refetchInterval: pollWhileComputing,
  })
}

export function graphCommunitiesQuery() {
  return queryOptions({
    queryKey: graphKeys.communities(),
    queryFn: ({ signal }) =>
      getJson('/api/network/communities', NetworkCommunitiesResponseSchema, signal),
    refetchInterval: pollWhileComputing,
  })
}

/**
 * The groups of the filtered network, counting what is active in `year`. While the timeline plays, the
 * previous year's groups stay drawn until the next year's answer is there (a few KB), so the canvas keeps
 * its picture.
 */
export function graphGroupsQuery(filters: Filters, year: number | undefined, enabled: boolean) {
  return queryOptions({
    queryKey: graphKeys.groups(filters, year),
    queryFn: ({ signal }) =>
      getJson(
        `/api/network/groups${groupsQuery(filters, year)}`,
        NetworkGroupsResponseSchema,
        signal,
      ),
    enabled,
    refetchInterval: pollWhileComputing,
    placeholderData: keepPreviousData,
  })
}

export function graphGroupQuery(
  filters: Filters,
  key: string | undefined,
  year: number | undefined,
) {
  return queryOptions({
    queryKey: graphKeys.group(filters, key ?? '', year),
    queryFn: ({ signal }) =>
      getJson(
        `/api/network/groups/${encodeURIComponent(key!)}${groupsQuery(filters, year)}`,
        NetworkGroupResponseSchema,
        signal,
      ),
    enabled: key !== undefined,
    placeholderData: keepPreviousData,
  })
}
