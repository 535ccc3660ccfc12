/** The data the map view draws, each from its own cached query; layers that are off fetch nothing. */
import type { Filters } from '@netzwerkatlas/shared'
import { useQuery } from '@tanstack/react-query'
import { districtsQuery, mapActorsQuery, mapSettingsQuery, networkQuery } from './map-queries.ts'

export function useMapData(
  filters: Filters,
  layers: { actors: boolean; ties: boolean; districts: boolean },
) {
  // District figures ignore the district filter: the choropleth shows every district, and a district's
  // cross-border ties need the actors beyond its border.
  const { district: _district, ...withoutDistrict } = filters
  return {
    settings: useQuery(mapSettingsQuery()),
    actors: useQuery({ ...mapActorsQuery(filters), enabled: layers.actors }),
    network: useQuery({ ...networkQuery(filters), enabled: layers.ties }),
    districts: useQuery({ ...districtsQuery(withoutDistrict), enabled: layers.districts }),
  }
}
