/**
 * The MapLibre map: basemap (offline style or MAP_STYLE_URL), the data layers on top, pointer and keyboard
 * selection. Sets `data-map-idle` on its frame once the map is idle with the current data, for tests and the bench.
 */
import type { Credit, MapActorsResponse } from '@netzwerkatlas/shared'
import type {
  AttributionControl,
  GeoJSONSource,
  LngLatBoundsLike,
  Map as MapLibreMap,
} from 'maplibre-gl'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { createBaseMap, setSourceData, showCredits } from '../../map-base/base-map.ts'
import type { FeatureCollection } from '../../map-base/geojson.ts'
import {
  ACTOR_LAYERS,
  ACTOR_POINT_LAYER,
  actorFeatures,
  addDataLayers,
  CLUSTER_LAYER,
  DISTRICT_FILL_LAYER,
  setVisible,
} from './map-layers.ts'
import { nearestInDirection, nearestTo, type Direction, type ScreenPoint } from './nearest-actor.ts'

export interface MapCanvasProps {
  styleUrl: string | null
  actors: MapActorsResponse | undefined
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
  // Where the selected actor is on screen: its name label follows the point while the map moves.
  const [selectedPoint, setSelectedPoint] = useState<{ x: number; y: number } | undefined>()
  const attributionRef = useRef<AttributionControl | null>(null)

  /** A drawn point's actor id: points carry their row's index (`actorFeatures`). */
  const idOf = (feature: { properties: Record<string, unknown> } | undefined) =>
    feature ? propsRef.current.actors?.actors[Number(feature.properties.i)]?.[0] : undefined

  useEffect(() => {
    const map = createBaseMap({
      container: frameRef.current!,
      styleUrl: props.styleUrl,
      canvasLabel: props.canvasLabel,
    })
    mapRef.current = map
    map.on('load', () => {
      addDataLayers(map)
      setLoaded(true)
    })
    map.on('move', () => {
      const lonLat = propsRef.current.selected?.lonLat
      setSelectedPoint(lonLat ? map.project(lonLat) : undefined)
    })
    map.on('idle', () => {
      if (!map.getSource('actors')) return
      setIdle(true)
      // ODbL credit while OpenStreetMap-derived points (alone or in a group) are on screen.
      const rendered = map.queryRenderedFeatures({ layers: [ACTOR_POINT_LAYER, CLUSTER_LAYER] })
      setOdbl(rendered.some((f) => Number(f.properties.o ?? f.properties.osm ?? 0) > 0))
    })
    map.on('click', CLUSTER_LAYER, (event) => {
      const feature = event.features?.[0]
      if (!feature) return
      const source = map.getSource<GeoJSONSource>('actors')!
      void source.getClusterExpansionZoom(Number(feature.properties.cluster_id)).then((zoom) =>
        map.easeTo({
          center: (feature.geometry as { coordinates: [number, number] }).coordinates,
          zoom,
        }),
      )
    })
    map.on('click', ACTOR_POINT_LAYER, (event) => {
      const id = idOf(event.features?.[0])
      if (id) propsRef.current.onSelect(id, 'pointer')
    })
    map.on('click', DISTRICT_FILL_LAYER, (event) => {
      const onPoint = map.queryRenderedFeatures(event.point, {
        layers: [ACTOR_POINT_LAYER, CLUSTER_LAYER],
      })
      const ags = event.features?.[0]?.properties.ags as string | undefined
      if (ags && onPoint.length === 0) propsRef.current.onSelectDistrict(ags)
    })
    map.on('mousemove', ACTOR_POINT_LAYER, (event) => {
      const feature = event.features?.[0]
      if (!feature) return
      map.getCanvas().style.cursor = 'pointer'
      const id = idOf(feature)
      const text = id ? propsRef.current.describe(id) : undefined
      if (text) setTooltip({ x: event.point.x, y: event.point.y, text })
    })
    map.on('mouseleave', ACTOR_POINT_LAYER, () => {
      map.getCanvas().style.cursor = ''
      setTooltip(null)
    })
    for (const layer of [CLUSTER_LAYER, DISTRICT_FILL_LAYER]) {
      map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'))
      map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''))
    }
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

  // Data changes: draw them, and the map is not idle until it has.
  useEffect(() => {
    const map = mapRef.current
    if (!map || !loaded) return
    setIdle(false)
    setSourceData(
      map,
      'actors',
      props.showActors && props.actors ? actorFeatures(props.actors) : EMPTY,
    )
    setVisible(map, ACTOR_LAYERS, props.showActors)
  }, [loaded, props.actors, props.showActors])

  useEffect(() => {
    const map = mapRef.current
    // Unfiltered, the whole state is in view already: a fit would only re-tile the basemap at another zoom.
    if (!map || !loaded || !props.actors || props.fitKey === '{}') return
    const bounds = boundsOf(props.actors)
    if (bounds) map.fitBounds(bounds, { padding: 40, maxZoom: 12, duration: 0 })
    // Fit only when the filters change, not when the same data is refetched.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, props.fitKey, props.actors === undefined])

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
