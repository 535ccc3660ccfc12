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
  type MapActorsResponse,
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

/**
 * The rows are checked by a plain loop, not by zod: at 100k actors the tuple schema took ~0.5 s of main-thread
 * time, as much as JSON.parse itself. The envelope still goes through the shared schema.
 */
const MapActorsEnvelopeSchema = MapActorsResponseSchema.extend({ actors: z.array(z.unknown()) })

function isRow(row: unknown): row is MapActorsResponse['actors'][number] {
  return (
    Array.isArray(row) &&
    row.length === 7 &&
    typeof row[0] === 'string' &&
    typeof row[1] === 'string' &&
    typeof row[2] === 'number' &&
    typeof row[3] === 'number' &&
    Number.isInteger(row[4]) &&
    Number.isInteger(row[5]) &&
    Number.isInteger(row[6])
  )
}

async function getMapActors(path: string, signal: AbortSignal): Promise<MapActorsResponse> {
  const body = await getJson(path, MapActorsEnvelopeSchema, signal)
  const bad = body.actors.findIndex((row) => !isRow(row))
  if (bad >= 0)
    throw new Error(`map row ${bad} is not [id, name, lon, lat, type, precision, flags]`)
  return body as MapActorsResponse
}

const query = (filters: Filters) => queryString(z.encode(FiltersSchema, filters))

export function mapActorsQuery(filters: Filters) {
  return queryOptions({
    queryKey: mapKeys.actors(filters),
    queryFn: ({ signal }) => getMapActors(`/api/map/actors${query(filters)}`, signal),
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
