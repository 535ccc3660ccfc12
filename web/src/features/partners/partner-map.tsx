/**
 * The partner results on the shared basemap (map-base/): the search centre, the radius as a dashed circle,
 * and each result as a point numbered like the ordered list beside it, which is the map's text alternative.
 * Clicking a point selects its actor (URL `actor`), and the page opens the shared detail panel. Sets
 * `data-map-idle` once drawn, with the numbers and the circle the renderer drew on its frame (for tests).
 */
import type { PartnersResponse } from '@netzwerkatlas/shared'
import { useQuery } from '@tanstack/react-query'
import { LngLatBounds, type ExpressionSpecification, type Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMeta } from '../../api/use-meta.ts'
import { createBaseMap, setSourceData, showCredits } from '../../map-base/base-map.ts'
import type { FeatureCollection } from '../../map-base/geojson.ts'
import { mapSettingsQuery } from '../../map-base/map-settings.ts'
import { LABEL_FONT } from '../../map-base/map-style.ts'
import { radiusCircle, radiusRing, ringBounds } from './radius-circle.ts'
import { resultMarkers, type ResultPoint } from './result-markers.ts'
import './partner-map.css'

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] }
const RESULT_LAYER = 'partner-results'
const RESULT_COLOUR = '#0b5cab'
const SELECTED_COLOUR = '#d1410c'

interface Props {
  response: PartnersResponse
  selectedId: string | undefined
  onSelect: (id: string) => void
}

function resultPoints(response: PartnersResponse): ResultPoint[] {
  return response.results.flatMap((result, index) => {
    const location = result.actor.location
    return location
      ? [{ id: result.actor.id, n: index + 1, lngLat: [location.lon, location.lat] }]
      : []
  })
}

const MARKER_RADIUS: ExpressionSpecification = ['get', 'radius']

const selectedFilter = (selectedId: string | undefined): ExpressionSpecification => [
  'in',
  `,${selectedId ?? ''},`,
  ['get', 'ids'],
]

function addPartnerLayers(map: MapLibreMap) {
  map.addSource('partner-radius', { type: 'geojson', data: EMPTY })
  map.addLayer({
    id: 'partner-radius-fill',
    type: 'fill',
    source: 'partner-radius',
    paint: { 'fill-color': RESULT_COLOUR, 'fill-opacity': 0.06 },
  })
  map.addLayer({
    id: 'partner-radius-line',
    type: 'line',
    source: 'partner-radius',
    paint: { 'line-color': RESULT_COLOUR, 'line-width': 2, 'line-dasharray': [3, 2] },
  })
  map.addSource('partner-centre', { type: 'geojson', data: EMPTY })
  map.addLayer({
    id: 'partner-centre',
    type: 'circle',
    source: 'partner-centre',
    paint: {
      'circle-radius': 6,
      'circle-color': '#ffffff',
      'circle-stroke-color': '#1b1b1b',
      'circle-stroke-width': 3,
    },
  })
  map.addSource('partner-results', { type: 'geojson', data: EMPTY })
  map.addLayer({
    id: RESULT_LAYER,
    type: 'circle',
    source: 'partner-results',
    paint: {
      'circle-radius': MARKER_RADIUS,
      'circle-color': RESULT_COLOUR,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  })
  map.addLayer({
    id: 'partner-selected',
    type: 'circle',
    source: 'partner-results',
    filter: selectedFilter(undefined),
    paint: {
      'circle-radius': ['+', MARKER_RADIUS, 4],
      'circle-opacity': 0,
      'circle-stroke-color': SELECTED_COLOUR,
      'circle-stroke-width': 4,
    },
  })
  map.addLayer({
    id: 'partner-result-numbers',
    type: 'symbol',
    source: 'partner-results',
    layout: {
      'text-field': ['get', 'label'],
      'text-font': LABEL_FONT,
      'text-size': 12,
      // Markers do not overlap (markers()), so every label is drawn; a clipped label would hide a number.
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#ffffff' },
  })
}

export function PartnerMap({ response, selectedId, onSelect }: Props) {
  const { t } = useTranslation()
  const { data: meta } = useMeta()
  const settings = useQuery(mapSettingsQuery())
  const frameRef = useRef<HTMLDivElement>(null)
  const mapRef = useRef<MapLibreMap | null>(null)
  const onSelectRef = useRef(onSelect)
  useLayoutEffect(() => {
    onSelectRef.current = onSelect
  })
  const attributionRef = useRef<ReturnType<typeof showCredits> | null>(null)
  const [loaded, setLoaded] = useState(false)
  const [idle, setIdle] = useState(false)
  const [drawn, setDrawn] = useState({ numbers: '', circle: false })
  const points = resultPoints(response)
  // The results drawn now, for regrouping them after a zoom.
  const pointsRef = useRef<ResultPoint[]>([])
  const canvasLabel = t('partners.mapCanvas', {
    radius: response.radiusKm,
    place: response.place.label,
    count: points.length,
  })
  const osm = response.results.some((result) =>
    /openstreetmap/i.test(result.actor.location?.attribution ?? ''),
  )

  // The style is chosen once, when the map is made: wait for the settings.
  const styleReady = settings.isFetched
  const styleUrl = settings.data?.styleUrl ?? null
  useEffect(() => {
    if (!styleReady) return
    const map = createBaseMap({ container: frameRef.current!, styleUrl, canvasLabel })
    mapRef.current = map
    map.on('load', () => {
      addPartnerLayers(map)
      setLoaded(true)
    })
    map.on('idle', () => {
      if (!map.getSource('partner-results')) return
      // What is drawn, read back from the renderer: the numbers on screen and whether the circle is.
      const numbers = map
        .queryRenderedFeatures({ layers: ['partner-result-numbers'] })
        .flatMap((feature) => String(feature.properties.numbers).split(',').map(Number))
      const circle = map.queryRenderedFeatures({ layers: ['partner-radius-line'] }).length > 0
      setDrawn({ numbers: [...new Set(numbers)].sort((a, b) => a - b).join(','), circle })
      setIdle(true)
    })
    map.on('zoomend', () => {
      if (map.getSource('partner-results'))
        setSourceData(
          map,
          'partner-results',
          resultMarkers(pointsRef.current, (lngLat) => map.project(lngLat)),
        )
    })
    map.on('click', RESULT_LAYER, (event) => {
      const properties = event.features?.[0]?.properties
      if (!properties) return
      const ids = String(properties.ids).split(',').filter(Boolean)
      const members = pointsRef.current.filter((point) => ids.includes(point.id))
      const bounds = new LngLatBounds()
      for (const member of members) bounds.extend(member.lngLat)
      // A marker of several results opens up where zooming can part them; else it selects the best-ranked.
      const apart = bounds.getWest() < bounds.getEast() || bounds.getSouth() < bounds.getNorth()
      if (members.length > 1 && apart) {
        map.fitBounds(bounds, { padding: 80, maxZoom: 16 })
      } else {
        onSelectRef.current(String(properties.id))
      }
    })
    map.on('mouseenter', RESULT_LAYER, () => (map.getCanvas().style.cursor = 'pointer'))
    map.on('mouseleave', RESULT_LAYER, () => (map.getCanvas().style.cursor = ''))
    return () => {
      map.remove()
      mapRef.current = null
      attributionRef.current = null
      setLoaded(false)
    }
    // Made once per style; the search's data goes through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [styleReady, styleUrl])

  useEffect(() => {
    mapRef.current?.getCanvas().setAttribute('aria-label', canvasLabel)
  }, [canvasLabel])

  useEffect(() => {
    const map = mapRef.current
    if (!map) return
    attributionRef.current = showCredits(
      map,
      attributionRef.current,
      meta?.geoCredits ?? [],
      osm ? t('map.odbl') : null,
    )
  }, [meta?.geoCredits, osm, t, styleReady])

  const centre = response.place.point
  const key = `${centre.join(',')}|${response.radiusKm}|${points.map((point) => point.id).join(',')}`
  useEffect(() => {
    const map = mapRef.current
    if (!map || !loaded) return
    setIdle(false)
    setSourceData(map, 'partner-radius', radiusCircle(centre, response.radiusKm))
    setSourceData(map, 'partner-centre', {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: centre }, properties: {} },
      ],
    })
    // The credit line stays visible over the map's foot: keep the circle clear of it.
    const credits = map.getContainer().querySelector<HTMLElement>('.maplibregl-ctrl-bottom-right')
    map.fitBounds(ringBounds(radiusRing(centre, response.radiusKm)), {
      padding: { top: 24, left: 24, right: 48, bottom: 24 + (credits?.offsetHeight ?? 0) },
      duration: 0,
    })
    // Grouped at the zoom just set (fitBounds without animation has moved the map already).
    pointsRef.current = points
    setSourceData(
      map,
      'partner-results',
      resultMarkers(points, (lngLat) => map.project(lngLat)),
    )
    // Redrawn when the search's answer changes (centre, radius, results), not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, key])

  useEffect(() => {
    const map = mapRef.current
    if (!map || !loaded) return
    map.setFilter('partner-selected', selectedFilter(selectedId))
  }, [loaded, selectedId])

  return (
    <div
      className="partner-map"
      data-map-idle={idle ? 'true' : 'false'}
      data-result-points={points.length}
      data-radius-km={response.radiusKm}
      data-drawn-numbers={drawn.numbers}
      data-drawn-circle={drawn.circle}
    >
      <div ref={frameRef} className="partner-map-canvas" />
    </div>
  )
}
