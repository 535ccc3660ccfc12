/**
 * GET /map/clusters: the actor layer grouped on the server, per zoom level and view, so the page draws a few
 * hundred features instead of clustering every actor in its worker (ADR 0023). One supercluster index per data
 * version and filters, built from the rows /map/actors serves and with the options MapLibre's own clustering
 * has (map-layers.ts), so the groups and their counts are the same as those the page used to draw.
 */
import {
  actorTypes,
  MAP_FLAG_OSM_LOCATION,
  type Bbox,
  type Filters,
  type MapClustersResponse,
} from '@netzwerkatlas/shared'
import Supercluster from 'supercluster'
import type { ActorCatalog } from '../actors/actor-catalog.ts'
import { mapRowsOf } from './map-actors-json.ts'

/**
 * MapLibre's `clusterRadius: 45` and `clusterMaxZoom: 11`. MapLibre hands supercluster an extent of 8192 and
 * the radius × 8192 / 512 (its tile size): the same ratio as 45 at an extent of 512.
 */
const CLUSTER_OPTIONS = { radius: 45, extent: 512, maxZoom: 11, minPoints: 2 } as const

interface PointProperties {
  /** The actor's position in the rows of /map/actors. */
  row: number
  type: number
  precision: number
  flags: number
}

interface ClusterProperties {
  /** 1 when one of its actors has OpenStreetMap coordinates (the map then shows the ODbL credit). */
  osm: number
}

export type ClusterIndex = Supercluster<PointProperties, ClusterProperties>

const typeIndex = new Map<string, number>(actorTypes.ids.map((id, index) => [id, index]))

export function buildClusterIndex(catalog: ActorCatalog, filters: Filters): ClusterIndex {
  const points: Supercluster.PointFeature<PointProperties>[] = mapRowsOf(catalog, filters).rows.map(
    ({ actor, location, precision, flags }, row) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [location.lon, location.lat] },
      properties: { row, type: typeIndex.get(actor.type)!, precision, flags },
    }),
  )
  const index = new Supercluster<PointProperties, ClusterProperties>({
    ...CLUSTER_OPTIONS,
    map: (point) => ({ osm: point.flags & MAP_FLAG_OSM_LOCATION ? 1 : 0 }),
    reduce: (into, from) => {
      into.osm = Math.max(into.osm, from.osm)
    },
  })
  return index.load(points)
}

/** The groups and single actors of `view` at `zoom`, as compact rows (MapClustersResponseSchema). */
export function mapClusters(
  index: ClusterIndex,
  dataVersion: number,
  zoom: number,
  view: Bbox,
): MapClustersResponse {
  const clusters: MapClustersResponse['clusters'] = []
  const points: MapClustersResponse['points'] = []
  for (const feature of index.getClusters([...view], zoom)) {
    const [lon, lat] = feature.geometry.coordinates as [number, number]
    const properties = feature.properties
    if ('cluster' in properties && properties.cluster) {
      clusters.push([
        lon,
        lat,
        properties.point_count,
        index.getClusterExpansionZoom(properties.cluster_id),
        properties.osm,
      ])
    } else {
      const point = properties as PointProperties
      points.push([point.row, lon, lat, point.type, point.precision, point.flags])
    }
  }
  return { dataVersion, zoom, types: [...actorTypes.ids], clusters, points }
}
