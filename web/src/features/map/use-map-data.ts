/** The data the map view draws, each from its own cached query; layers that are off fetch nothing. */
import type { Filters } from '@netzwerkatlas/shared'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { mapSettingsQuery } from '../../map-base/map-settings.ts'
import { districtsQuery, mapActorsQuery, mapClustersQuery, mapTiesQuery } from './map-queries.ts'
import type { ViewBox } from './view-box.ts'

export function useMapData(
  filters: Filters,
  layers: { actors: boolean; ties: boolean; districts: boolean },
  /** The selected actor's lines need its ties' years: with a year set, all ties (its partners need not pass the filters). */
  selectedInYear: boolean,
  /** The zoom level and view the map shows (undefined until the map is made): its groups of actors. */
  viewBox: ViewBox | undefined,
) {
  const fallbackBox: ViewBox = { zoom: 0, view: '-180,-85,180,85' }
  // District figures ignore the district filter: the choropleth shows every district, and a district's
  // cross-border ties need the actors beyond its border.
  const { district: _district, ...withoutDistrict } = filters
  return {
    settings: useQuery(mapSettingsQuery()),
    actors: useQuery({ ...mapActorsQuery(filters), enabled: layers.actors }),
    // The previous view's groups stay drawn while the next ones load (panning does not blank the map).
    clusters: useQuery({
      ...mapClustersQuery(filters, viewBox ?? fallbackBox),
      enabled: layers.actors && viewBox !== undefined,
      placeholderData: keepPreviousData,
    }),
    ties: useQuery({ ...mapTiesQuery(filters), enabled: layers.ties }),
    unfilteredTies: useQuery({ ...mapTiesQuery({}), enabled: selectedInYear }),
    districts: useQuery({ ...districtsQuery(withoutDistrict), enabled: layers.districts }),
  }
}
