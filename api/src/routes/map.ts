/**
 * The map's routes: the offline basemap layers (prepared from GEO_DIR at start-up, compressed once, tagged by
 * content), the compact actor and tie layers (cached and compressed per data version and filters, like /network), and
 * the map settings the page needs (an online style, if one is configured).
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import {
  BasemapLayerParamsSchema,
  basemapLayers,
  MapActorsResponseSchema,
  MapClustersQuerySchema,
  MapClustersResponseSchema,
  MapTiesResponseSchema,
  NetworkQuerySchema,
  type BasemapLayer,
  type Filters,
} from '@netzwerkatlas/shared'
import { z } from 'zod'
import type { MapGeodata } from '../domain/basemap/basemap-layers.ts'
import { mapActorsJson } from '../domain/basemap/map-actors-json.ts'
import {
  buildClusterIndex,
  mapClusters,
  type ClusterIndex,
} from '../domain/basemap/map-clusters.ts'
import { filterKey } from '../domain/actors/filter-key.ts'
import { mapTiesJson } from '../domain/basemap/map-ties-json.ts'
import type { AppEnv } from '../http/app-env.ts'
import { versionedJson } from '../http/caching.ts'
import { compressedAsset, type CompressedAsset } from '../http/compressed-asset.ts'
import { notFoundProblem, validationHook } from '../http/problem.ts'
import { JsonText } from '../http/serialised-body.ts'
import { notModifiedResponse, problemResponses, versionedHeaders } from './openapi-responses.ts'
import { forbiddenStatusProblem } from './status-access.ts'

const GeoJsonSchema = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) })
  .meta({ id: 'GeoJsonFeatureCollection', description: 'GeoJSON (RFC 7946), WGS84.' })

const MapSettingsSchema = z
  .object({
    styleUrl: z.url().nullable().meta({
      description: 'An online MapLibre style (MAP_STYLE_URL); null: the offline basemap.',
    }),
  })
  .meta({ id: 'MapSettings' })

const basemapRoute = createRoute({
  method: 'get',
  path: '/map/basemap/{layer}',
  tags: ['map'],
  summary: 'A layer of the offline basemap',
  description:
    "Saxony's outline, districts, municipalities, rivers, neighbouring states and countries, or town labels, from the geodata in GEO_DIR (credits: `geoCredits` of /meta). Compressed once; the ETag names the content.",
  request: { params: BasemapLayerParamsSchema },
  responses: {
    200: {
      description: 'The layer as GeoJSON.',
      content: { 'application/geo+json': { schema: GeoJsonSchema } },
    },
    304: { description: 'Not modified.' },
    ...problemResponses(400, 404),
  },
})

const mapActorsRoute = createRoute({
  method: 'get',
  path: '/map/actors',
  tags: ['map'],
  summary: 'The actor layer of the map',
  description:
    'Located actors that pass the filters as compact rows `[id, name, lon, lat, type, precision, flags]`, and how many have no place. Serialised and compressed once per data version and filter.',
  request: { query: NetworkQuerySchema },
  responses: {
    200: {
      description: 'Actor rows.',
      content: { 'application/json': { schema: MapActorsResponseSchema } },
      ...versionedHeaders,
    },
    ...notModifiedResponse,
    ...problemResponses(400, 403),
  },
})

const mapClustersRoute = createRoute({
  method: 'get',
  path: '/map/clusters',
  tags: ['map'],
  summary: 'The actor layer grouped for one zoom level and view',
  description:
    'The located actors that pass the filters, grouped as the map groups them (radius 45 px of a 512 px tile, no groups beyond zoom 11), for the groups and actors in `view` at `zoom`: groups as `[lon, lat, count, expansion zoom, osm]`, single actors as `[row, lon, lat, type, precision, flags]` where `row` is the index of the actor in /map/actors with the same filters. The grouping is built once per data version and filters; each answer is serialised and compressed once.',
  request: { query: MapClustersQuerySchema },
  responses: {
    200: {
      description: 'Groups and single actors.',
      content: { 'application/json': { schema: MapClustersResponseSchema } },
      ...versionedHeaders,
    },
    ...notModifiedResponse,
    ...problemResponses(400, 403),
  },
})

const mapTiesRoute = createRoute({
  method: 'get',
  path: '/map/ties',
  tags: ['map'],
  summary: 'The ties of the map, with the years each is active',
  description:
    'Relationships between actors the filters keep, as compact rows `[source, target, type, directed, from, to]` pointing into `ends` (`[id, lon, lat]`). `from`/`to` are the years the tie is active by the rule of /network/timeline (the relationship and both actors active), so the map filters by year in the page. Serialised and compressed once per data version and filter.',
  request: { query: NetworkQuerySchema },
  responses: {
    200: {
      description: 'Tie rows.',
      content: { 'application/json': { schema: MapTiesResponseSchema } },
      ...versionedHeaders,
    },
    ...notModifiedResponse,
    ...problemResponses(400, 403),
  },
})

const mapSettingsRoute = createRoute({
  method: 'get',
  path: '/map/settings',
  tags: ['map'],
  summary: 'Map settings',
  description:
    'Which basemap the map draws: the offline one, or an online style from configuration.',
  request: { query: z.strictObject({}) },
  responses: {
    200: {
      description: 'Settings.',
      content: { 'application/json': { schema: MapSettingsSchema } },
    },
    ...problemResponses(400),
  },
})

function layerAssets(geodata: MapGeodata | undefined) {
  if (!geodata) return undefined
  return Object.fromEntries(
    basemapLayers.map((layer) => [
      layer,
      compressedAsset(new TextEncoder().encode(JSON.stringify(geodata.layers[layer])), true),
    ]),
  ) as Record<BasemapLayer, CompressedAsset>
}

/** Cluster indexes kept: the unfiltered map and a few filters a visitor moves between. */
const KEPT_CLUSTER_INDEXES = 8

export function mapRoutes(geodata: MapGeodata | undefined, styleUrl: string | undefined) {
  const assets = layerAssets(geodata)
  // Building an index costs ~0.3 s at 100k actors; every zoom and view of the same filters reuses it. A Map
  // keeps insertion order: the first key is the least recently used.
  const clusterIndexes = new Map<string, ClusterIndex>()
  const clusterIndexOf = (index: AppEnv['Variables']['index'], filters: Filters) => {
    const key = `${index.databaseId} ${index.dataVersion} ${filterKey(filters)}`
    let clusters = clusterIndexes.get(key)
    if (clusters) clusterIndexes.delete(key)
    else clusters = buildClusterIndex(index, filters)
    clusterIndexes.set(key, clusters)
    if (clusterIndexes.size > KEPT_CLUSTER_INDEXES)
      clusterIndexes.delete(clusterIndexes.keys().next().value!)
    return clusters
  }
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(basemapRoute, async (c) => {
      const { layer } = c.req.valid('param')
      if (!assets) return notFoundProblem(c, 'No basemap was prepared (GEO_DIR).')
      return await assets[layer].respond(c, {
        'Content-Type': 'application/geo+json',
        // Revalidate: the geodata can change with a restart, the tag tells whether it did.
        'Cache-Control': 'no-cache',
      })
    })
    .openapi(mapActorsRoute, (c) => {
      const filters = c.req.valid('query')
      const forbidden = forbiddenStatusProblem(c, filters.status)
      if (forbidden) return forbidden
      return versionedJson(c, () => new JsonText(mapActorsJson(c.var.index, filters)))
    })
    .openapi(mapClustersRoute, (c) => {
      const { zoom, view, ...filters } = c.req.valid('query')
      const forbidden = forbiddenStatusProblem(c, filters.status)
      if (forbidden) return forbidden
      return versionedJson(c, () =>
        mapClusters(clusterIndexOf(c.var.index, filters), c.var.index.dataVersion, zoom, view),
      )
    })
    .openapi(mapTiesRoute, (c) => {
      const filters = c.req.valid('query')
      const forbidden = forbiddenStatusProblem(c, filters.status)
      if (forbidden) return forbidden
      return versionedJson(c, () => new JsonText(mapTiesJson(c.var.index, filters)))
    })
    .openapi(mapSettingsRoute, (c) => c.json({ styleUrl: styleUrl ?? null }, 200))
}
