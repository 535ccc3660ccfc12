/**
 * The part of the map the groups are asked for (GET /map/clusters): the zoom level MapLibre cuts its tiles at
 * and the view widened to whole 512 px tiles of that level, plus one tile on each side. Whole tiles make small
 * pans ask for the same box again (one cached answer, one query key); the extra tile brings the groups whose
 * centre is just outside the view but whose circle reaches into it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl'

export interface ViewBox {
  zoom: number
  /** minLon,minLat,maxLon,maxLat, as the `view` parameter takes it. */
  view: string
}

const MAX_LAT = 85.0511
const round = (degrees: number) => Math.round(degrees * 1e6) / 1e6
const clampTile = (tile: number, tiles: number) => Math.min(Math.max(tile, 0), tiles)

function tileOfLat(lat: number, tiles: number): number {
  const radians = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180
  return ((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2) * tiles
}

const latOfTile = (y: number, tiles: number) =>
  (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / tiles))) * 180) / Math.PI

export function viewBoxOf(map: MapLibreMap): ViewBox {
  const zoom = Math.max(0, Math.min(24, Math.floor(map.getZoom())))
  const tiles = 2 ** zoom
  const bounds = map.getBounds()
  const west = clampTile(Math.floor(((bounds.getWest() + 180) / 360) * tiles) - 1, tiles)
  const east = clampTile(Math.floor(((bounds.getEast() + 180) / 360) * tiles) + 2, tiles)
  const north = clampTile(Math.floor(tileOfLat(bounds.getNorth(), tiles)) - 1, tiles)
  const south = clampTile(Math.floor(tileOfLat(bounds.getSouth(), tiles)) + 2, tiles)
  const box = [
    (west / tiles) * 360 - 180,
    Math.max(-90, latOfTile(south, tiles)),
    (east / tiles) * 360 - 180,
    Math.min(90, latOfTile(north, tiles)),
  ].map(round)
  return { zoom, view: box.join(',') }
}
