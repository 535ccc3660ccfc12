/**
 * The offline basemap as a MapLibre style: only our own origin's GeoJSON layers (GET /api/map/basemap/…), no
 * tiles, glyphs or sprites; labels come from system fonts (MapLibre ≥ 5.11 draws text without `glyphs`).
 */
import type { StyleSpecification } from 'maplibre-gl'

/** The worker fetches the GeoJSON from a blob: context, where relative URLs do not resolve. */
export const basemapUrl = (layer: string) =>
  new URL(`/api/map/basemap/${layer}`, globalThis.location.href).href

export const LABEL_FONT = ['DejaVu Sans', 'sans-serif']

/** Saxony with a margin, so the state fills the view on load. */
export const SAXONY_BOUNDS: [number, number, number, number] = [11.8, 50.15, 15.1, 51.72]

export function offlineStyle(): StyleSpecification {
  const source = (layer: string) => ({ type: 'geojson' as const, data: basemapUrl(layer) })
  return {
    version: 8,
    sources: {
      neighbours: source('neighbours'),
      outline: source('outline'),
      districts: source('districts'),
      municipalities: source('municipalities'),
      rivers: source('rivers'),
      towns: source('towns'),
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dfe7ee' } },
      {
        id: 'neighbours-fill',
        type: 'fill',
        source: 'neighbours',
        paint: { 'fill-color': '#eeeeea' },
      },
      {
        id: 'neighbours-line',
        type: 'line',
        source: 'neighbours',
        paint: { 'line-color': '#a8a8a8', 'line-width': 0.8 },
      },
      { id: 'saxony-fill', type: 'fill', source: 'outline', paint: { 'fill-color': '#ffffff' } },
      {
        id: 'municipalities-line',
        type: 'line',
        source: 'municipalities',
        minzoom: 8.5,
        paint: { 'line-color': '#d5dae0', 'line-width': 0.5 },
      },
      {
        id: 'rivers',
        type: 'line',
        source: 'rivers',
        paint: { 'line-color': '#5b9bd5', 'line-width': 1.2 },
      },
      {
        id: 'districts-line',
        type: 'line',
        source: 'districts',
        paint: { 'line-color': '#7d8792', 'line-width': 1 },
      },
      {
        id: 'saxony-line',
        type: 'line',
        source: 'outline',
        paint: { 'line-color': '#2f3a45', 'line-width': 2 },
      },
      {
        id: 'town-labels',
        type: 'symbol',
        source: 'towns',
        layout: {
          'text-field': ['get', 'name'],
          'text-font': LABEL_FONT,
          'text-size': ['interpolate', ['linear'], ['zoom'], 7, 11, 11, 14],
          'symbol-sort-key': ['-', 0, ['get', 'population']],
        },
        paint: { 'text-color': '#2f3a45', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      },
    ],
  }
}
