/**
 * Query option factories of the map: the compact actor layer, the district figures, the network (for "all
 * relationships"), and the map settings. Keys start with 'map' so a later write can invalidate them by prefix.
 */
import {
  DistrictsResponseSchema,
  FiltersSchema,
  MapActorsResponseSchema,
  NetworkResponseSchema,
  type Filters,
} from '@netzwerkatlas/shared'
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { getJson, queryString } from '../../api/client.ts'

const mapKeys = {
  all: ['map'] as const,
  actors: (filters: Filters) => [...mapKeys.all, 'actors', filters] as const,
  districts: (filters: Filters) => [...mapKeys.all, 'districts', filters] as const,
  network: (filters: Filters) => [...mapKeys.all, 'network', filters] as const,
  settings: () => [...mapKeys.all, 'settings'] as const,
}

const MapSettingsSchema = z.object({ styleUrl: z.string().nullable() })

const query = (filters: Filters) => queryString(z.encode(FiltersSchema, filters))

export function mapActorsQuery(filters: Filters) {
  return queryOptions({
    queryKey: mapKeys.actors(filters),
    queryFn: ({ signal }) =>
      getJson(`/api/map/actors${query(filters)}`, MapActorsResponseSchema, signal),
  })
}

export function districtsQuery(filters: Filters) {
  return queryOptions({
    queryKey: mapKeys.districts(filters),
    queryFn: ({ signal }) =>
      getJson(`/api/districts${query(filters)}`, DistrictsResponseSchema, signal),
  })
}

export function networkQuery(filters: Filters) {
  return queryOptions({
    queryKey: mapKeys.network(filters),
    queryFn: ({ signal }) =>
      getJson(`/api/network${query(filters)}`, NetworkResponseSchema, signal),
  })
}

export function mapSettingsQuery() {
  return queryOptions({
    queryKey: mapKeys.settings(),
    queryFn: ({ signal }) => getJson('/api/map/settings', MapSettingsSchema, signal),
    staleTime: Infinity,
  })
}
