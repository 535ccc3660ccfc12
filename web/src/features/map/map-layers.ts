/**
 * The data layers drawn over any basemap (offline or online, unchanged): the district choropleth, all
 * relationships of the filtered set (faded), the selected actor's relationships, the clustered actors and
 * the selection ring. Imperative MapLibre code, kept apart from the React component that drives it.
 */
import { actorTypes, MAP_FLAG_OSM_LOCATION, type MapClustersResponse } from '@netzwerkatlas/shared'
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl'
import { actorTypeSymbols, codeInk } from '../../ui/actor-symbols.ts'
import type { FeatureCollection } from '../../map-base/geojson.ts'
import { LABEL_FONT } from '../../map-base/map-style.ts'

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] }

const ACTOR_POINT_LAYER = 'actor-points'
const CLUSTER_LAYER = 'actor-clusters'
export const DISTRICT_FILL_LAYER = 'district-choropleth'

function byType(
  pick: (symbol: { colour: string; code: string }) => string,
): ExpressionSpecification {
  const cases = actorTypes.ids.flatMap((id, index) => [index, pick(actorTypeSymbols[id])])
  return [
    'match',
    ['get', 't'],
    ...cases,
    pick(actorTypeSymbols.unspecified),
  ] as unknown as ExpressionSpecification
}

/** The count a group shows, abbreviated as MapLibre's own clustering did ("1.2k", "15k"). */
function abbreviated(count: number): string {
  if (count >= 10000) return `${Math.round(count / 1000)}k`
  if (count >= 1000) return `${Math.round(count / 100) / 10}k`
  return String(count)
}

/**
 * The groups and single actors of one zoom level and view (GET /map/clusters) as the features the style draws:
 * groups with the properties MapLibre's clustering gave them (`point_count`, `point_count_abbreviated`) plus
 * the zoom at which they fall apart and the OpenStreetMap flag; single actors with their row's index (`i`,
 * back to id and name in the page), type, precision and the OpenStreetMap flag.
 */
export function clusterFeatures(data: MapClustersResponse): FeatureCollection {
  const typeIds = data.types.map((type) => actorTypes.ids.indexOf(type))
  return {
    type: 'FeatureCollection',
    features: [
      ...data.clusters.map(([lon, lat, count, expansion, osm]) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [lon, lat] as [number, number] },
        properties: {
          point_count: count,
          point_count_abbreviated: abbreviated(count),
          expansion,
          o: osm,
        },
      })),
      ...data.points.map(([row, lon, lat, type, precision, flags]) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [lon, lat] as [number, number] },
        properties: {
          i: row,
          t: typeIds[type] ?? -1,
          p: precision,
          o: flags & MAP_FLAG_OSM_LOCATION ? 1 : 0,
        },
      })),
    ],
  }
}

/** How far from its centre a drawn group or actor takes the pointer, in pixels (the radii of the style below). */
export const clusterRadius = (count: number) =>
  count >= 1000 ? 25 : count >= 100 ? 20 : count >= 10 ? 16 : 13
export const POINT_RADIUS = 9

export function addDataLayers(map: MapLibreMap) {
  map.addSource('district-areas', { type: 'geojson', data: EMPTY })
  map.addLayer({
    id: DISTRICT_FILL_LAYER,
    type: 'fill',
    source: 'district-areas',
    layout: { visibility: 'none' },
    paint: {
      'fill-color': ['get', 'colour'],
      'fill-opacity': 0.75,
      'fill-outline-color': '#2f3a45',
    },
  })
  map.addSource('all-ties', { type: 'geojson', data: EMPTY })
  map.addLayer({
    id: 'all-ties',
    type: 'line',
    source: 'all-ties',
    paint: { 'line-color': '#3a4a5a', 'line-opacity': 0.12, 'line-width': 0.7 },
  })
  map.addSource('ties', { type: 'geojson', data: EMPTY })
  map.addLayer({
    id: 'ties',
    type: 'line',
    source: 'ties',
    layout: { 'line-cap': 'round' },
    paint: {
      'line-color': ['get', 'colour'],
      'line-width': 2.5,
      'line-dasharray': ['case', ['get', 'directed'], ['literal', [1]], ['literal', [2, 1.5]]],
    },
  })
  map.addLayer({
    id: 'tie-arrows',
    type: 'symbol',
    source: 'ties',
    filter: ['get', 'directed'],
    layout: {
      'symbol-placement': 'line',
      'symbol-spacing': 80,
      'text-field': '▶',
      'text-font': LABEL_FONT,
      'text-size': 12,
      'text-keep-upright': false,
    },
    paint: { 'text-color': ['get', 'colour'] },
  })
  // Grouped on the server (GET /map/clusters, ADR 0023) for the zoom level and view: the worker only cuts the
  // few hundred features in view into tiles, instead of clustering every actor.
  map.addSource('actors', {
    type: 'geojson',
    data: EMPTY,
    // Points need no tiles beyond street level: fewer tiles for the worker to cut.
    maxzoom: 14,
  })
  map.addLayer({
    id: CLUSTER_LAYER,
    type: 'circle',
    source: 'actors',
    filter: ['has', 'point_count'],
    paint: {
      'circle-color': '#2f3a45',
      'circle-opacity': 0.85,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
      'circle-radius': ['step', ['get', 'point_count'], 13, 10, 16, 100, 20, 1000, 25],
    },
  })
  map.addLayer({
    id: 'actor-cluster-counts',
    type: 'symbol',
    source: 'actors',
    filter: ['has', 'point_count'],
    layout: {
      'text-field': ['get', 'point_count_abbreviated'],
      'text-font': LABEL_FONT,
      'text-size': 12,
      'text-allow-overlap': true,
    },
    paint: { 'text-color': '#ffffff' },
  })
  // Imprecise places (postcode, municipality): a wide ring of the type's colour around a smaller point.
  map.addLayer({
    id: 'actor-imprecise-rings',
    type: 'circle',
    source: 'actors',
    filter: ['all', ['!', ['has', 'point_count']], ['>', ['get', 'p'], 0]],
    paint: {
      'circle-radius': 13,
      'circle-color': byType((s) => s.colour),
      'circle-opacity': 0.15,
      'circle-stroke-color': byType((s) => s.colour),
      'circle-stroke-width': 2,
    },
  })
  map.addLayer({
    id: ACTOR_POINT_LAYER,
    type: 'circle',
    source: 'actors',
    filter: ['!', ['has', 'point_count']],
    paint: {
      'circle-radius': ['case', ['>', ['get', 'p'], 0], 7, 9],
      'circle-color': byType((s) => s.colour),
      'circle-stroke-color': '#1b1b1b',
      'circle-stroke-width': 1,
    },
  })
  map.addLayer({
    id: 'actor-codes',
    type: 'symbol',
    source: 'actors',
    filter: ['!', ['has', 'point_count']],
    layout: {
      'text-field': byType((s) => s.code),
      'text-font': LABEL_FONT,
      'text-size': 9,
      'text-allow-overlap': true,
    },
    paint: { 'text-color': byType((s) => codeInk(s.colour)) },
  })
  map.addSource('selection', { type: 'geojson', data: EMPTY })
  map.addLayer({
    id: 'selection-ring',
    type: 'circle',
    source: 'selection',
    paint: {
      'circle-radius': 15,
      'circle-opacity': 0,
      'circle-stroke-color': '#d1410c',
      'circle-stroke-width': 4,
    },
  })
}

export function setVisible(map: MapLibreMap, layers: readonly string[], visible: boolean) {
  for (const layer of layers) {
    if (map.getLayer(layer))
      map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none')
  }
}

export const ACTOR_LAYERS = [
  CLUSTER_LAYER,
  'actor-cluster-counts',
  'actor-imprecise-rings',
  ACTOR_POINT_LAYER,
  'actor-codes',
]
