/**
 * Query option factories of the map: the compact actor layer, the district figures, the ties with their
 * active years (for "all relationships" and the year); the map settings are the basemap's (map-base/). Keys
 * start with 'map' so a later write can invalidate them by prefix.
 */
import {
  DistrictsResponseSchema,
  FiltersSchema,
  MapActorsResponseSchema,
  MapClustersResponseSchema,
  MapTiesResponseSchema,
  type Filters,
  type MapActorsResponse,
  type MapTiesResponse,
} from '@netzwerkatlas/shared'
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { getJson, queryString } from '../../api/client.ts'
import type { ViewBox } from './view-box.ts'

const mapKeys = {
  all: ['map'] as const,
  actors: (filters: Filters) => [...mapKeys.all, 'actors', filters] as const,
  clusters: (filters: Filters, box: ViewBox) =>
    [...mapKeys.all, 'clusters', filters, box.zoom, box.view] as const,
  districts: (filters: Filters) => [...mapKeys.all, 'districts', filters] as const,
  ties: (filters: Filters) => [...mapKeys.all, 'ties', filters] as const,
}

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

/** The groups and single actors of one zoom level and view box: a few hundred rows, checked by the schema. */
export function mapClustersQuery(filters: Filters, box: ViewBox) {
  return queryOptions({
    queryKey: mapKeys.clusters(filters, box),
    queryFn: ({ signal }) => {
      const parameters = {
        ...z.encode(FiltersSchema, filters),
        zoom: String(box.zoom),
        view: box.view,
      }
      return getJson(
        `/api/map/clusters${queryString(parameters)}`,
        MapClustersResponseSchema,
        signal,
      )
    },
  })
}

export function districtsQuery(filters: Filters) {
  return queryOptions({
    queryKey: mapKeys.districts(filters),
    queryFn: ({ signal }) =>
      getJson(`/api/districts${query(filters)}`, DistrictsResponseSchema, signal),
  })
}

/** Like the actor rows: the envelope by the shared schema, the (many) rows by a plain loop. */
const MapTiesEnvelopeSchema = MapTiesResponseSchema.extend({
  ends: z.array(z.unknown()),
  ties: z.array(z.unknown()),
})

const isCoordinate = (value: unknown) => value === null || typeof value === 'number'
const isYear = (value: unknown) => value === null || Number.isInteger(value)

function isEnd(end: unknown): end is MapTiesResponse['ends'][number] {
  return (
    Array.isArray(end) &&
    end.length === 3 &&
    typeof end[0] === 'string' &&
    isCoordinate(end[1]) &&
    isCoordinate(end[2])
  )
}

function isTie(tie: unknown, ends: number): tie is MapTiesResponse['ties'][number] {
  return (
    Array.isArray(tie) &&
    tie.length === 6 &&
    Number.isInteger(tie[0]) &&
    Number.isInteger(tie[1]) &&
    (tie[0] as number) < ends &&
    (tie[1] as number) < ends &&
    Number.isInteger(tie[2]) &&
    (tie[3] === 0 || tie[3] === 1) &&
    isYear(tie[4]) &&
    isYear(tie[5])
  )
}

async function getMapTies(path: string, signal: AbortSignal): Promise<MapTiesResponse> {
  const body = await getJson(path, MapTiesEnvelopeSchema, signal)
  const badEnd = body.ends.findIndex((end) => !isEnd(end))
  if (badEnd >= 0) throw new Error(`map tie end ${badEnd} is not [id, lon, lat]`)
  const badTie = body.ties.findIndex((tie) => !isTie(tie, body.ends.length))
  if (badTie >= 0)
    throw new Error(`map tie ${badTie} is not [source, target, type, directed, from, to]`)
  return body as MapTiesResponse
}

export function mapTiesQuery(filters: Filters) {
  return queryOptions({
    queryKey: mapKeys.ties(filters),
    queryFn: ({ signal }) => getMapTies(`/api/map/ties${query(filters)}`, signal),
  })
}
