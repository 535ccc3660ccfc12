/**
 * One basemap for every map of the app (the map view, the partner finder): the offline style from GEO_DIR or
 * MAP_STYLE_URL, Saxony in view, no rotation, zoom buttons, and the credit line of SOURCES.md always visible in
 * MapLibre's attribution control (plus the ODbL credit while OpenStreetMap-derived points are on screen).
 * The data layers on top are each page's own.
 */
import type { Credit } from '@netzwerkatlas/shared'
import maplibregl, { type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl'
import 'maplibre-gl/dist/maplibre-gl.css'
import { attributionHtml } from './attribution.ts'
import type { FeatureCollection } from './geojson.ts'
import { offlineStyle, SAXONY_BOUNDS } from './map-style.ts'

export interface BaseMapOptions {
  container: HTMLElement
  /** MAP_STYLE_URL, or null for the offline style. */
  styleUrl: string | null
  /** The canvas's accessible name: what the map shows. */
  canvasLabel: string
  bounds?: [number, number, number, number]
}

export function createBaseMap({
  container,
  styleUrl,
  canvasLabel,
  bounds = SAXONY_BOUNDS,
}: BaseMapOptions): MapLibreMap {
  const map = new maplibregl.Map({
    container,
    style: styleUrl ?? offlineStyle(),
    bounds,
    attributionControl: false,
    dragRotate: false,
    // No symbol fade-in: every faded frame is a full software-rendered frame on machines without a GPU.
    fadeDuration: 0,
    pitchWithRotate: false,
  })
  map.keyboard.disableRotation()
  map.touchZoomRotate.disableRotation()
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right')
  map.getCanvas().setAttribute('aria-label', canvasLabel)
  map.getCanvas().setAttribute('role', 'application')
  return map
}

/**
 * Puts the credit line on the map, replacing the previous one (the credits arrive with /api/meta, the ODbL
 * credit comes and goes with the points on screen). Returns the control, to pass as `previous` next time.
 */
export function showCredits(
  map: MapLibreMap,
  previous: maplibregl.AttributionControl | null,
  credits: readonly Credit[],
  odblText: string | null,
): maplibregl.AttributionControl {
  if (previous) map.removeControl(previous)
  const control = new maplibregl.AttributionControl({
    compact: false,
    customAttribution: attributionHtml(credits, odblText),
  })
  map.addControl(control, 'bottom-right')
  return control
}

/** Replaces a GeoJSON source's data (a missing source is left alone: the style may not have loaded it). */
export function setSourceData(map: MapLibreMap, source: string, data: FeatureCollection) {
  map.getSource<GeoJSONSource>(source)?.setData(data as Parameters<GeoJSONSource['setData']>[0])
}
