/**
 * The map view, in the app and embedded: the shared filter column (the list's filters, from the URL; not in
 * the embed, whose filters are its link), the map with its layers, the shared detail panel for the selected
 * actor, the district layer with its profile and table, and an aria-live region that announces keyboard
 * selections.
 */
import { MAP_FLAG_SYNTHETIC } from '@netzwerkatlas/shared'
import { Link } from '@tanstack/react-router'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ActorDetailPanel } from '../../actor-panel/actor-detail-panel.tsx'
import { useActorDetail } from '../../actor-panel/use-actor-detail.ts'
import { DemoBanner } from '../../filter-panel/demo-banner.tsx'
import { FilterColumn } from '../../filter-panel/filter-column.tsx'
import { useLabel, useMeta } from '../../api/use-meta.ts'
import { useViewSearch } from '../../view-state/use-view-search.ts'
import { encodeSearch, filtersOf, type ViewSearch } from '../../view-state/view-search.ts'
import type { DistrictMetric } from './choropleth.ts'
import { colouredDistricts, useDistrictPolygons } from './district-areas.ts'
import { DistrictProfile } from './district-profile.tsx'
import { DistrictTable } from './district-table.tsx'
import { EmbedSnippet } from './embed-snippet.tsx'
import { MapCanvas } from './map-canvas.tsx'
import { MapLegend } from './map-legend.tsx'
import { mapPrecisionKey } from './precision.ts'
import {
  allTies,
  partnersWithoutPlace,
  selectedTies,
  selectedTiesIn,
  type SetTies,
} from './relationship-lines.ts'
import { useMapData } from './use-map-data.ts'
import type { ViewBox } from './view-box.ts'
import './map.css'

type Layer = NonNullable<ViewSearch['layers']>[number]

export function MapView({ embedded }: { embedded: boolean }) {
  const { t } = useTranslation()
  const label = useLabel()
  const [search, setSearch] = useViewSearch()
  const filters = filtersOf(search)
  const layers = search.layers ?? ['actors']
  const show = {
    actors: layers.includes('actors'),
    ties: layers.includes('ties'),
    districts: layers.includes('districts'),
  }
  const [metric, setMetric] = useState<DistrictMetric>('density')
  // The profile is the URL's: one district in the filter opens it (a link from the graph, a reload); closing
  // it keeps the filter, so which district was closed is remembered here.
  const filteredDistrict = search.district?.length === 1 ? search.district[0] : undefined
  const [closedProfile, setClosedProfile] = useState<string | undefined>(undefined)
  const profileAgs = filteredDistrict === closedProfile ? undefined : filteredDistrict
  const [profileTakesFocus, setProfileTakesFocus] = useState(false)
  const [panelTakesFocus, setPanelTakesFocus] = useState(true)
  const [announcement, setAnnouncement] = useState('')
  const { data: meta } = useMeta()
  const year = search.year
  const fitKey = JSON.stringify(filters)
  // The groups are asked for the view the map shows once it has fitted to the current filters: a filtered
  // first visit (or a new filter) makes one request, not one for the view the map is about to leave.
  const [view, setView] = useState<{ box: ViewBox; fittedTo: string | undefined }>()
  const viewBox = view?.fittedTo === fitKey ? view.box : undefined
  const data = useMapData(filters, show, Boolean(search.actor) && year !== undefined, viewBox)
  const detail = useActorDetail(search.actor)
  const polygons = useDistrictPolygons(show.districts)

  const rows = data.actors.data
  const rowById = useMemo(() => new Map((rows?.actors ?? []).map((row) => [row[0], row])), [rows])
  const typeLabel = (type: string) => {
    const term = meta?.taxonomies.actorTypes.find((entry) => entry.id === type)
    return term ? label(term.label) : type
  }
  const describe = (id: string) => {
    const row = rowById.get(id)
    if (!row) return undefined
    return `${row[1]} · ${t(mapPrecisionKey(row[5]))}`
  }

  const selectedRow = search.actor ? rowById.get(search.actor) : undefined
  const selectedLocation = detail.data?.actor.location
  const selected = search.actor
    ? {
        id: search.actor,
        lonLat: selectedRow
          ? ([selectedRow[2], selectedRow[3]] as [number, number])
          : selectedLocation
            ? ([selectedLocation.lon, selectedLocation.lat] as [number, number])
            : null,
      }
    : undefined
  const unfilteredTies = data.unfilteredTies.data
  const ties = useMemo(() => {
    if (year === undefined) return selectedTies(detail.data)
    // In a year the lines come from the ties with their years; none until those are loaded.
    return search.actor && unfilteredTies
      ? selectedTiesIn(unfilteredTies, search.actor, year)
      : { type: 'FeatureCollection' as const, features: [] }
  }, [detail.data, year, search.actor, unfilteredTies])
  const networkTies = useMemo(
    () => (show.ties && data.ties.data ? allTies(data.ties.data, year) : undefined),
    [show.ties, data.ties.data, year],
  )
  const choropleth = useMemo(
    () =>
      show.districts && polygons.data && data.districts.data
        ? colouredDistricts(polygons.data, data.districts.data, metric)
        : undefined,
    [show.districts, polygons.data, data.districts.data, metric],
  )

  const select = (id: string, how: 'pointer' | 'keyboard') => {
    setPanelTakesFocus(how === 'pointer')
    void setSearch((current) => ({ ...current, actor: id }), { replace: how === 'keyboard' })
    const row = rowById.get(id)
    if (row) {
      setAnnouncement(
        t('map.selected', {
          name: row[1],
          type: typeLabel(rows!.types[row[4]]!),
          precision: t(mapPrecisionKey(row[5])),
        }),
      )
    }
  }
  const openDistrict = (ags: string) => {
    setClosedProfile(undefined)
    setProfileTakesFocus(true)
    void setSearch((current) => ({ ...current, district: [ags], actor: undefined }))
  }
  const toggleLayer = (layer: Layer, on: boolean) => {
    const next = on
      ? [...layers.filter((l) => l !== 'basemap'), layer]
      : layers.filter((l) => l !== layer)
    void setSearch((current) => ({ ...current, layers: next.length > 0 ? next : ['basemap'] }), {
      replace: true,
    })
  }

  const { layers: _layers, ...withoutLayers } = search
  const { actor: _actor, ...withoutActor } = search
  const listSearch = encodeSearch(withoutLayers)
  const embedQuery = new URLSearchParams(encodeSearch(withoutActor)).toString()
  const profile = show.districts
    ? data.districts.data?.districts.find((d) => d.ags === profileAgs)
    : undefined
  const homeless = partnersWithoutPlace(detail.data)

  return (
    <div className={embedded ? 'map-view embedded' : 'map-view'}>
      <h1 className={embedded ? 'visually-hidden' : 'map-heading'}>{t('map.heading')}</h1>
      <DemoBanner
        showsDemoActors={(rows?.actors ?? []).some((row) => (row[6] & MAP_FLAG_SYNTHETIC) !== 0)}
      />
      <FilterColumn showColumn={!embedded}>
        <div className="map-main">
          <div className="map-toolbar">
            {!embedded && (
              <fieldset className="map-layers">
                <legend>{t('map.layers')}</legend>
                {(
                  [
                    ['actors', t('map.layerActors')],
                    ['ties', t('map.layerTies')],
                    ['districts', t('map.layerDistricts')],
                  ] as const
                ).map(([layer, text]) => (
                  <label key={layer}>
                    <input
                      type="checkbox"
                      checked={layers.includes(layer)}
                      onChange={(event) => toggleLayer(layer, event.target.checked)}
                    />
                    {text}
                  </label>
                ))}
                {show.districts && (
                  <label>
                    {t('map.districtMetric')}{' '}
                    <select
                      value={metric}
                      onChange={(event) => setMetric(event.target.value as DistrictMetric)}
                    >
                      <option value="density">{t('map.metricDensity')}</option>
                      <option value="crossBorder">{t('map.metricCrossBorder')}</option>
                    </select>
                  </label>
                )}
              </fieldset>
            )}
            <p className="map-counts">
              {rows && show.actors && <span>{t('map.shown', { count: rows.actors.length })}</span>}
              {networkTies && (
                <span>
                  {' · '}
                  <TiesCount ties={networkTies} year={year} />
                </span>
              )}
              {rows && rows.withoutPlace > 0 && (
                <span>
                  {' · '}
                  {t('map.withoutPlace', { count: rows.withoutPlace })} —{' '}
                  <Link to="/" search={{ ...listSearch, actor: undefined, located: 'false' }}>
                    {t('map.inTheList')}
                  </Link>
                </span>
              )}
              {' · '}
              {embedded ? (
                <a
                  href={`/karte${embedQuery ? `?${embedQuery}` : ''}`}
                  target="_blank"
                  rel="noopener"
                >
                  {t('map.openFull')}
                </a>
              ) : (
                <Link to="/" search={listSearch}>
                  {t('map.showList')}
                </Link>
              )}
            </p>
          </div>
          <div className="map-layout">
            {/* The style is chosen once, when the map is made: wait for the settings. */}
            {data.settings.isFetched ? (
              <MapCanvas
                styleUrl={data.settings.data?.styleUrl ?? null}
                actors={show.actors ? rows : undefined}
                clusters={show.actors ? data.clusters.data : undefined}
                clustersAreCurrent={data.clusters.isSuccess && !data.clusters.isPlaceholderData}
                onViewChange={(box, fittedTo) =>
                  setView((current) =>
                    current &&
                    current.fittedTo === fittedTo &&
                    current.box.zoom === box.zoom &&
                    current.box.view === box.view
                      ? current
                      : { box, fittedTo },
                  )
                }
                showActors={show.actors}
                fitKey={fitKey}
                selected={selected}
                ties={ties}
                allTies={networkTies?.lines}
                districtAreas={choropleth?.areas}
                credits={meta?.geoCredits ?? []}
                canvasLabel={t('map.canvas')}
                odblText={t('map.odbl')}
                noneNearbyText={t('map.noneNearby')}
                describe={describe}
                onSelect={select}
                onSelectDistrict={openDistrict}
                onAnnounce={setAnnouncement}
              />
            ) : (
              <p role="status">{t('map.loading')}</p>
            )}
            {search.actor ? (
              <ActorDetailPanel
                id={search.actor}
                takeFocus={panelTakesFocus}
                onClose={() => void setSearch((current) => ({ ...current, actor: undefined }))}
              >
                {homeless.length > 0 && (
                  <section aria-labelledby="homeless-heading">
                    <h3 id="homeless-heading">{t('map.partnersWithoutPlace')}</h3>
                    <ul>
                      {homeless.map((partner) => (
                        <li key={partner.id} lang="de">
                          {partner.name}
                        </li>
                      ))}
                    </ul>
                  </section>
                )}
              </ActorDetailPanel>
            ) : profile ? (
              <DistrictProfile
                district={profile}
                takeFocus={profileTakesFocus}
                onOpenDistrict={openDistrict}
                onClose={() => setClosedProfile(profileAgs)}
              />
            ) : null}
          </div>
          <p className="visually-hidden" role="status" aria-live="polite">
            {announcement}
          </p>
          <MapLegend
            showActors={show.actors}
            choropleth={
              choropleth && data.districts.data
                ? {
                    classes: choropleth.classes,
                    metric,
                    populationDate: data.districts.data.populationDate,
                  }
                : undefined
            }
          />
          {show.districts && data.districts.data && (
            <DistrictTable figures={data.districts.data} onOpen={openDistrict} />
          )}
          {!embedded && <EmbedSnippet search={embedQuery ? `?${embedQuery}` : ''} />}
        </div>
      </FilterColumn>
    </div>
  )
}

/**
 * "206 von 300 Verbindungen aktiv 2015 (94 mit einem Partner ohne Ort)": ties with an unplaced end cannot be
 * drawn, and the total must still equal what the list and the graph's timeline count.
 */
function TiesCount({ ties, year }: { ties: SetTies; year: number | undefined }) {
  const { t } = useTranslation()
  const drawn = ties.lines.features.length
  if (ties.withoutPlace === 0)
    return year === undefined
      ? t('map.tiesShown', { count: drawn })
      : t('map.tiesShownInYear', { count: drawn, year })
  const counts = { count: ties.total, drawn }
  return (
    <>
      {year === undefined
        ? t('map.tiesDrawn', counts)
        : t('map.tiesDrawnInYear', { ...counts, year })}{' '}
      {t('map.tiesWithoutPlace', { count: ties.withoutPlace })}
    </>
  )
}
