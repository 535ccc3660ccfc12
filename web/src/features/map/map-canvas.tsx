/**
 * The MapLibre map: basemap (offline style or MAP_STYLE_URL), the data layers on top, pointer and keyboard
 * selection. Sets `data-map-idle` on its frame once the map is idle with the current data, for tests and the bench.
 */
import {
  MAP_FLAG_OSM_LOCATION,
  type Credit,
  type MapActorsResponse,
  type MapClustersResponse,
} from '@netzwerkatlas/shared'
import type {
  AttributionControl,
  LngLatBoundsLike,
  Map as MapLibreMap,
  MapMouseEvent,
} from 'maplibre-gl'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { createBaseMap, setSourceData, showCredits } from '../../map-base/base-map.ts'
import type { FeatureCollection } from '../../map-base/geojson.ts'
import {
  ACTOR_LAYERS,
  addDataLayers,
  clusterFeatures,
  clusterRadius,
  DISTRICT_FILL_LAYER,
  POINT_RADIUS,
  setVisible,
} from './map-layers.ts'
import { nearestInDirection, nearestTo, type Direction, type ScreenPoint } from './nearest-actor.ts'
import { viewBoxOf, type ViewBox } from './view-box.ts'

export interface MapCanvasProps {
  styleUrl: string | null
  /** The rows of /map/actors: names, keyboard selection, fitting to the filtered set. */
  actors: MapActorsResponse | undefined
  /** The groups and single actors drawn, for the last view box reported by `onViewChange`. */
  clusters: MapClustersResponse | undefined
  /** False while the groups of a newer view box are still on their way (the older ones stay drawn). */
  clustersAreCurrent: boolean
  /**
   * The view box, whenever the camera rests, with the `fitKey` the camera was last fitted to: until that is
   * the current one, the view is one the map is about to leave (ask for no groups of it).
   */
  onViewChange: (box: ViewBox, fittedTo: string | undefined) => void
  showActors: boolean
  /** Changes when the filters do: the map then fits to the filtered set. */
  fitKey: string
  selected: { id: string; lonLat: [number, number] | null } | undefined
  ties: FeatureCollection
  allTies: FeatureCollection | undefined
  districtAreas: FeatureCollection | undefined
  credits: readonly Credit[]
  canvasLabel: string
  odblText: string
  describe: (id: string) => string | undefined
  onSelect: (id: string, how: 'pointer' | 'keyboard') => void
  onSelectDistrict: (ags: string) => void
  onAnnounce: (text: string) => void
  noneNearbyText: string
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] }

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
}

/** What is under the pointer: a group (zoom in) or a single actor (its row in /map/actors). */
type Hit = { group: { lonLat: [number, number]; expansion: number } } | { row: number }

/**
 * The drawn group or actor under `point`, by the rows that drew them. Not by queryRenderedFeatures: right after
 * a setData MapLibre 5.24 can answer it from a stale feature index (nothing, or "Out of bounds" errors;
 * maplibre-gl-js #7634, #7752), and the pointer then missed points that were on screen.
 */
function hitAt(
  map: MapLibreMap,
  clusters: MapClustersResponse | undefined,
  point: { x: number; y: number },
): Hit | undefined {
  if (!clusters) return undefined
  let best: { hit: Hit; distance: number } | undefined
  const consider = (lonLat: [number, number], radius: number, hit: Hit) => {
    const at = map.project(lonLat)
    const distance = Math.hypot(at.x - point.x, at.y - point.y)
    if (distance <= radius && (!best || distance < best.distance)) best = { hit, distance }
  }
  for (const [lon, lat, count, expansion] of clusters.clusters)
    consider([lon, lat], clusterRadius(count), { group: { lonLat: [lon, lat], expansion } })
  for (const [row, lon, lat] of clusters.points) consider([lon, lat], POINT_RADIUS, { row })
  return best?.hit
}

/** Whether actors with OpenStreetMap coordinates (alone or in a group) are in view: the ODbL credit. */
function showsOsmPoints(map: MapLibreMap, clusters: MapClustersResponse | undefined): boolean {
  if (!clusters) return false
  const bounds = map.getBounds()
  return (
    clusters.clusters.some(([lon, lat, , , osm]) => osm > 0 && bounds.contains([lon, lat])) ||
    clusters.points.some(
      ([, lon, lat, , , flags]) =>
        (flags & MAP_FLAG_OSM_LOCATION) !== 0 && bounds.contains([lon, lat]),
    )
  )
}

function boundsOf(data: MapActorsResponse): LngLatBoundsLike | undefined {
  if (data.actors.length === 0) return undefined
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const row of data.actors) {
    minLon = Math.min(minLon, row[2])
    maxLon = Math.max(maxLon, row[2])
    minLat = Math.min(minLat, row[3])
    maxLat = Math.max(maxLat, row[3])
  }
  return [minLon, minLat, maxLon, maxLat]
}

export function MapCanvas(props: MapCanvasProps) {
  const frameRef = useRef<HTMLDivElement>(null)
  const mapRef = useRef<MapLibreMap | null>(null)
  const propsRef = useRef(props)
  useLayoutEffect(() => {
    propsRef.current = props
  })
  const [loaded, setLoaded] = useState(false)
  const [idle, setIdle] = useState(false)
  const [tooltip, setTooltip] = useState<{ x: number; y: number; text: string } | null>(null)
  const [odbl, setOdbl] = useState(false)
  // "zoom,lon,lat" of the camera once it rests: with the canvas size it says where each place is drawn (e2e).
  const [camera, setCamera] = useState('')
  // Where the selected actor is on screen: its name label follows the point while the map moves.
  const [selectedPoint, setSelectedPoint] = useState<{ x: number; y: number } | undefined>()
  const attributionRef = useRef<AttributionControl | null>(null)
  // Unfiltered, the first view (all Saxony) is the fitted one; filtered, the fit waits for the rows.
  const fittedToRef = useRef<string | undefined>(props.fitKey === '{}' ? '{}' : undefined)

  /** The actor id of a row of /map/actors, if the rows are of the same data as the groups. */
  const idOfRow = (row: number) => {
    const { actors, clusters } = propsRef.current
    return actors && actors.dataVersion === clusters?.dataVersion
      ? actors.actors[row]?.[0]
      : undefined
  }

  useEffect(() => {
    const map = createBaseMap({
      container: frameRef.current!,
      styleUrl: props.styleUrl,
      canvasLabel: props.canvasLabel,
    })
    mapRef.current = map
    // The view is known before the style has loaded: the groups are fetched alongside the basemap.
    const settled = () => {
      propsRef.current.onViewChange(viewBoxOf(map), fittedToRef.current)
      const centre = map.getCenter()
      setCamera([map.getZoom(), centre.lng, centre.lat].map((n) => n.toFixed(6)).join(','))
    }
    settled()
    map.on('moveend', settled)
    map.on('resize', () => propsRef.current.onViewChange(viewBoxOf(map), fittedToRef.current))
    // The data layers join as soon as the style is parsed, not at `load`: `load` comes after the basemap's
    // first complete frame, and layers added then cost a second pass of tiles and placement before `idle`
    // (ADR 0023, "Measured"). The groups then arrive while the basemap's tiles are still being cut.
    map.on('style.load', () => {
      addDataLayers(map)
      setLoaded(true)
    })
    map.on('move', () => {
      const lonLat = propsRef.current.selected?.lonLat
      setSelectedPoint(lonLat ? map.project(lonLat) : undefined)
    })
    map.on('idle', () => {
      if (!map.getSource('actors')) return
      const { showActors, clusters, clustersAreCurrent } = propsRef.current
      // Idle with the current data: with actors shown, the groups of this view are drawn.
      if (showActors && !(clusters && clustersAreCurrent)) return
      setIdle(true)
      setOdbl(showActors && showsOsmPoints(map, clusters))
    })
    const hitOf = (event: MapMouseEvent) =>
      propsRef.current.showActors ? hitAt(map, propsRef.current.clusters, event.point) : undefined
    map.on('click', (event) => {
      const hit = hitOf(event)
      if (hit && 'group' in hit) {
        map.easeTo({ center: hit.group.lonLat, zoom: hit.group.expansion })
      } else if (hit) {
        const id = idOfRow(hit.row)
        if (id) propsRef.current.onSelect(id, 'pointer')
      } else if (map.getLayoutProperty(DISTRICT_FILL_LAYER, 'visibility') === 'visible') {
        const district = map.queryRenderedFeatures(event.point, {
          layers: [DISTRICT_FILL_LAYER],
        })[0]
        const ags = district?.properties.ags as string | undefined
        if (ags) propsRef.current.onSelectDistrict(ags)
      }
    })
    map.on('mousemove', (event) => {
      const hit = hitOf(event)
      const id = hit && 'row' in hit ? idOfRow(hit.row) : undefined
      const text = id ? propsRef.current.describe(id) : undefined
      setTooltip(text ? { x: event.point.x, y: event.point.y, text } : null)
      const onDistrict =
        !hit &&
        map.getLayoutProperty(DISTRICT_FILL_LAYER, 'visibility') === 'visible' &&
        map.queryRenderedFeatures(event.point, { layers: [DISTRICT_FILL_LAYER] }).length > 0
      map.getCanvas().style.cursor = hit || onDistrict ? 'pointer' : ''
    })
    map.getCanvas().addEventListener('mouseleave', () => setTooltip(null))
    return () => {
      map.remove()
      mapRef.current = null
    }
    // The map is made once; later prop changes go through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    const map = mapRef.current
    if (!map) return
    attributionRef.current = showCredits(
      map,
      attributionRef.current,
      props.credits,
      odbl ? props.odblText : null,
    )
  }, [props.credits, props.odblText, odbl])

  // Data changes: draw them, and the map is not idle until it has. (Also when the same groups come back for a
  // newer view: the setData makes MapLibre report idle again.)
  useEffect(() => {
    const map = mapRef.current
    if (!map || !loaded) return
    setIdle(false)
    setSourceData(
      map,
      'actors',
      props.showActors && props.clusters ? clusterFeatures(props.clusters) : EMPTY,
    )
    setVisible(map, ACTOR_LAYERS, props.showActors)
  }, [loaded, props.clusters, props.clustersAreCurrent, props.showActors])

  // Not waiting for the style: the camera can move before it has loaded, and the groups of the fitted view are
  // then fetched alongside the basemap.
  useEffect(() => {
    const map = mapRef.current
    if (!map) return
    // Unfiltered, the whole state is in view already: a fit would only re-tile the basemap at another zoom.
    const fitsNow = props.fitKey === '{}' || props.actors !== undefined
    if (!fitsNow || fittedToRef.current === props.fitKey) return
    fittedToRef.current = props.fitKey
    const bounds = props.fitKey === '{}' ? undefined : props.actors && boundsOf(props.actors)
    if (bounds) map.fitBounds(bounds, { padding: 40, maxZoom: 12, duration: 0 })
    props.onViewChange(viewBoxOf(map), props.fitKey)
    // Fit only when the filters change, not when the same data is refetched.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.fitKey, props.actors === undefined])

  useEffect(() => {
    const map = mapRef.current
    if (!map || !loaded) return
    setSourceData(map, 'ties', props.ties)
    setSourceData(map, 'all-ties', props.allTies ?? EMPTY)
    setSourceData(map, 'district-areas', props.districtAreas ?? EMPTY)
    setVisible(map, [DISTRICT_FILL_LAYER], props.districtAreas !== undefined)
    const lonLat = props.selected?.lonLat
    setSourceData(
      map,
      'selection',
      lonLat
        ? {
            type: 'FeatureCollection',
            features: [
              { type: 'Feature', geometry: { type: 'Point', coordinates: lonLat }, properties: {} },
            ],
          }
        : EMPTY,
    )
  }, [loaded, props.ties, props.allTies, props.districtAreas, props.selected?.lonLat])

  // A selection off screen (from the URL, the panel's links or the keyboard) is brought into view.
  useEffect(() => {
    const map = mapRef.current
    const lonLat = props.selected?.lonLat
    if (!map || !loaded || !lonLat) return
    if (!map.getBounds().contains(lonLat)) map.easeTo({ center: lonLat, duration: 300 })
    setSelectedPoint(map.project(lonLat))
  }, [loaded, props.selected?.lonLat])

  function screenPoints(): ScreenPoint[] {
    const map = mapRef.current!
    return (props.actors?.actors ?? []).map(([id, , lon, lat]) => {
      const { x, y } = map.project([lon, lat])
      return { id, x, y }
    })
  }

  function onKeyDown(event: React.KeyboardEvent) {
    const map = mapRef.current
    if (!map || !props.showActors || !props.actors) return
    const direction = ARROWS[event.key]
    if (event.key === 'Enter' && event.target === map.getCanvas()) {
      const centre = map.project(map.getCenter())
      const found = nearestTo(centre, screenPoints())
      if (found) props.onSelect(found.id, 'keyboard')
      event.preventDefault()
    } else if (direction && event.shiftKey) {
      event.preventDefault()
      const lonLat = props.selected?.lonLat
      const from = lonLat ? map.project(lonLat) : map.project(map.getCenter())
      const found = nearestInDirection(from, direction, screenPoints(), props.selected?.id)
      if (found) props.onSelect(found.id, 'keyboard')
      else props.onAnnounce(props.noneNearbyText)
    }
  }

  const selectedText = props.selected ? props.describe(props.selected.id) : undefined

  return (
    <div
      className="map-frame"
      data-map-idle={idle ? 'true' : 'false'}
      data-map-camera={camera}
      data-selected-ties={props.ties.features.length}
      data-all-ties={props.allTies?.features.length ?? 0}
      onKeyDown={onKeyDown}
    >
      <div ref={frameRef} className="map-canvas" />
      {tooltip && (
        <div className="map-tooltip" aria-hidden="true" style={{ left: tooltip.x, top: tooltip.y }}>
          {tooltip.text}
        </div>
      )}
      {!tooltip && selectedText && selectedPoint && props.selected?.lonLat && (
        <div
          className="map-tooltip"
          aria-hidden="true"
          style={{ left: selectedPoint.x, top: selectedPoint.y }}
        >
          {selectedText}
        </div>
      )}
    </div>
  )
}
