/** The districts' polygons (the basemap layer) coloured by the chosen figure, for the choropleth source. */
import type { DistrictsResponse } from '@netzwerkatlas/shared'
import { useQuery } from '@tanstack/react-query'
import type { Feature, FeatureCollection } from '../../map-base/geojson.ts'
import { classify, colourOf, metricValue, type DistrictMetric } from './choropleth.ts'
import { basemapUrl } from '../../map-base/map-style.ts'

export function useDistrictPolygons(enabled: boolean) {
  return useQuery({
    queryKey: ['map', 'basemap', 'districts'],
    queryFn: async ({ signal }) => {
      const response = await fetch(basemapUrl('districts'), { signal })
      return (await response.json()) as FeatureCollection
    },
    staleTime: Infinity,
    enabled,
  })
}

export function colouredDistricts(
  polygons: FeatureCollection,
  figures: DistrictsResponse,
  metric: DistrictMetric,
) {
  const values = figures.districts
    .map((district) => metricValue(district, metric))
    .filter((value): value is number => value !== null)
  const classes = classify(values)
  const byAgs = new Map(figures.districts.map((district) => [district.ags, district]))
  const areas: FeatureCollection = {
    type: 'FeatureCollection',
    features: polygons.features.map((feature: Feature) => {
      const district = byAgs.get(String(feature.properties.ags))
      const value = district ? metricValue(district, metric) : null
      return { ...feature, properties: { ...feature.properties, colour: colourOf(value, classes) } }
    }),
  }
  return { areas, classes }
}
