/**
 * Reads the geodata the map needs from GEO_DIR (never copied into the repository) and prepares the basemap
 * layers and the district neighbourhood once, at start-up.
 */
import fs from 'node:fs'
import path from 'node:path'
import {
  basemapLayersOf,
  districtNeighboursOf,
  type FeatureCollection,
  type MapGeodata,
} from './domain/basemap/basemap-layers.ts'

function read(geoDir: string, file: string): FeatureCollection {
  return JSON.parse(fs.readFileSync(path.join(geoDir, file), 'utf8')) as FeatureCollection
}

export function readMapGeodata(geoDir: string): MapGeodata {
  const districts = read(geoDir, 'districts.geojson')
  const layers = basemapLayersOf({
    saxony: read(geoDir, 'saxony.geojson'),
    districts,
    municipalityPolygons: read(geoDir, 'municipalities_polygons.geojson'),
    municipalityPoints: read(geoDir, 'municipalities.geojson'),
    rivers: read(geoDir, 'rivers.geojson'),
    neighbours: read(geoDir, 'neighbours.geojson'),
  })
  const populationDate =
    (districts.features[0]?.properties.population_date as string | undefined) ?? ''
  return { layers, districtNeighbours: districtNeighboursOf(districts), populationDate }
}
