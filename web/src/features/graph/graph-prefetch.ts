/**
 * The graph view's first requests, started by its route before the view's chunk (Cytoscape, a few hundred KB)
 * has loaded: the groups that decide grouped or not, then the network, layout, metrics and communities when
 * every actor is drawn. The view's own queries find the answers in the cache (same keys), so chunk and data
 * load side by side instead of one after the other.
 */
import type { Filters } from '@netzwerkatlas/shared'
import type { QueryClient } from '@tanstack/react-query'
import { decodeSearch, filtersOf, type RawViewSearch } from '../../view-state/view-search.ts'
import { GROUPED_FROM_ACTORS } from './graph-groups.ts'
import {
  graphCommunitiesQuery,
  graphGroupsQuery,
  graphLayoutQuery,
  graphMetricsQuery,
  graphNetworkQuery,
} from './graph-queries.ts'

interface GraphDataSearch {
  filters: Filters
  year: number | undefined
  grouped: boolean | undefined
}

/** What decides the graph's data: filters, year and grouped; not the selection, sizes or colours. */
export function graphDataSearch(raw: RawViewSearch): GraphDataSearch {
  const search = decodeSearch(raw)
  return {
    filters: filtersOf(search),
    year: search.year,
    grouped: search.grouped === undefined ? undefined : search.grouped === 'true',
  }
}

export async function prefetchGraph(
  queryClient: QueryClient,
  { filters, year, grouped }: GraphDataSearch,
): Promise<void> {
  // ensureQueryData: an answer already cached is taken as it is (the view refetches what is stale itself).
  let isGrouped = grouped
  if (isGrouped !== false) {
    const allYears = await queryClient.ensureQueryData(graphGroupsQuery(filters, undefined, true))
    isGrouped ??= allYears.actors > GROUPED_FROM_ACTORS
    if (isGrouped && year !== undefined) {
      await queryClient.ensureQueryData(graphGroupsQuery(filters, year, true))
    }
  }
  if (isGrouped) return
  await Promise.all([
    queryClient.ensureQueryData(graphNetworkQuery(filters)),
    queryClient.ensureQueryData(graphLayoutQuery()),
    queryClient.ensureQueryData(graphMetricsQuery(filters)),
    queryClient.ensureQueryData(graphCommunitiesQuery()),
  ])
}
