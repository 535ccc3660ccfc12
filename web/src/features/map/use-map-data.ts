/** The data the map view draws, each from its own cached query; layers that are off fetch nothing. */
import type { Filters } from '@netzwerkatlas/shared'
import { useQuery } from '@tanstack/react-query'
import { mapSettingsQuery } from '../../map-base/map-settings.ts'
import { districtsQuery, mapActorsQuery, mapTiesQuery } from './map-queries.ts'

export function useMapData(
  filters: Filters,
  layers: { actors: boolean; ties: boolean; districts: boolean },
  /** The selected actor's lines need its ties' years: with a year set, all ties (its partners need not pass the filters). */
  selectedInYear: boolean,
) {
  // District figures ignore the district filter: the choropleth shows every district, and a district's
  // cross-border ties need the actors beyond its border.
  const { district: _district, ...withoutDistrict } = filters
  return {
    settings: useQuery(mapSettingsQuery()),
    actors: useQuery({ ...mapActorsQuery(filters), enabled: layers.actors }),
    ties: useQuery({ ...mapTiesQuery(filters), enabled: layers.ties }),
    unfilteredTies: useQuery({ ...mapTiesQuery({}), enabled: selectedInYear }),
    districts: useQuery({ ...districtsQuery(withoutDistrict), enabled: layers.districts }),
  }
}
