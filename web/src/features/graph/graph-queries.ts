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
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { getJson, queryString } from '../../api/client.ts'

const graphKeys = {
  all: ['graph'] as const,
  network: (filters: Filters) => [...graphKeys.all, 'network', filters] as const,
  layout: () => [...graphKeys.all, 'layout'] as const,
  metrics: (filters: Filters) => [...graphKeys.all, 'metrics', filters] as const,
  communities: () => [...graphKeys.all, 'communities'] as const,
  groups: (filters: Filters) => [...graphKeys.all, 'groups', filters] as const,
  group: (filters: Filters, key: string) => [...graphKeys.all, 'group', filters, key] as const,
}

const query = (filters: Filters) => queryString(z.encode(FiltersSchema, filters))

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

export function graphGroupsQuery(filters: Filters, enabled: boolean) {
  return queryOptions({
    queryKey: graphKeys.groups(filters),
    queryFn: ({ signal }) =>
      getJson(`/api/network/groups${query(filters)}`, NetworkGroupsResponseSchema, signal),
    enabled,
    refetchInterval: pollWhileComputing,
  })
}

export function graphGroupQuery(filters: Filters, key: string | undefined) {
  return queryOptions({
    queryKey: graphKeys.group(filters, key ?? ''),
    queryFn: ({ signal }) =>
      getJson(
        `/api/network/groups/${encodeURIComponent(key!)}${query(filters)}`,
        NetworkGroupResponseSchema,
        signal,
      ),
    enabled: key !== undefined,
  })
}
