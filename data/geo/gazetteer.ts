/**
 * Saxony's districts, municipalities and postcodes, read from GEO_DIR (../shared/data/geo, never copied into the
 * repository), with the offline geocoding the imports and the demo generator need.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { LonLat } from '@netzwerkatlas/shared'
import { isPointInGeometry, type PolygonGeometry } from './point-in-polygon.ts'

interface District {
  ags: string
  name: string
  type: string
  population: number
  areaKm2: number
  geometry: PolygonGeometry
}

export interface Municipality {
  ags: string
  name: string
  type: string
  districtAgs: string
  population: number
  areaKm2: number
  /** Destatis' geographic centre of the municipality. */
  center: LonLat
  /** Postcode of the municipal administration's seat. */
  plz: string
}

interface Postcode {
  plz: string
  name: string
  places: string[]
  districtAgs: string
  /** Mean of the GeoNames places of the postcode: approximate, not an official centroid. */
  point: LonLat
}

export interface Gazetteer {
  districts: District[]
  municipalities: Municipality[]
  postcodes: Postcode[]
  municipalityByAgs: ReadonlyMap<string, Municipality>
  postcodeByPlz: ReadonlyMap<string, Postcode>
  /** The district whose polygon contains the point, if the point is in Saxony. */
  districtAt(point: LonLat): District | undefined
  /** The municipality whose (coarse) polygon contains the point, within the point's district. */
  municipalityAt(point: LonLat): Municipality | undefined
  /** A municipality by its official name, optionally within a district (names are not unique). */
  municipalityNamed(name: string, districtAgs?: string): Municipality | undefined
}

interface Feature<Properties> {
  properties: Properties
  geometry: { type: string; coordinates: unknown }
}

function readFeatures<Properties>(geoDir: string, file: string): Feature<Properties>[] {
  const fullPath = path.join(geoDir, file)
  if (!fs.existsSync(fullPath)) {
    throw new Error(
      `geodata file ${fullPath} not found: set GEO_DIR to the folder with Saxony's geodata`,
    )
  }
  return (JSON.parse(fs.readFileSync(fullPath, 'utf8')) as { features: Feature<Properties>[] })
    .features
}

const normaliseName = (name: string) => name.toLocaleLowerCase('de').replace(/\s+/g, ' ').trim()

export function loadGazetteer(geoDir: string): Gazetteer {
  const districts = readFeatures<{
    ags: string
    name: string
    type: string
    population: number
    area_km2: number
  }>(geoDir, 'districts.geojson').map(({ properties: p, geometry }) => ({
    ags: p.ags,
    name: p.name,
    type: p.type,
    population: p.population,
    areaKm2: p.area_km2,
    geometry: geometry as PolygonGeometry,
  }))

  const municipalities = readFeatures<{
    ags: string
    name: string
    type: string
    district_ags: string
    population: number
    area_km2: number
    plz: string
  }>(geoDir, 'municipalities.geojson').map(({ properties: p, geometry }) => ({
    ags: p.ags,
    name: p.name,
    type: p.type,
    districtAgs: p.district_ags,
    population: p.population,
    areaKm2: p.area_km2,
    center: geometry.coordinates as LonLat,
    plz: p.plz,
  }))

  const municipalityPolygons = readFeatures<{ ags: string; district_ags: string }>(
    geoDir,
    'municipalities_polygons.geojson',
  ).map(({ properties, geometry }) => ({
    ags: properties.ags,
    geometry: geometry as PolygonGeometry,
  }))

  const postcodes = readFeatures<{
    plz: string
    name: string
    places: string[]
    district_ags: string
  }>(geoDir, 'postcodes.geojson').map(({ properties: p, geometry }) => ({
    plz: p.plz,
    name: p.name,
    places: p.places,
    districtAgs: p.district_ags,
    point: geometry.coordinates as LonLat,
  }))

  const municipalityByAgs = new Map(municipalities.map((m) => [m.ags, m]))
  const postcodeByPlz = new Map(postcodes.map((p) => [p.plz, p]))

  const districtAt = (point: LonLat) => districts.find((d) => isPointInGeometry(point, d.geometry))

  return {
    districts,
    municipalities,
    postcodes,
    municipalityByAgs,
    postcodeByPlz,
    districtAt,
    municipalityAt(point) {
      const district = districtAt(point)
      if (!district) return undefined
      // The municipality polygons are coarse (1:5 million): keep to the district found with the exact outline.
      const inDistrict = municipalityPolygons.filter((m) => m.ags.startsWith(district.ags))
      const containing = inDistrict.find((m) => isPointInGeometry(point, m.geometry))
      if (containing) return municipalityByAgs.get(containing.ags)
      return nearest(
        point,
        municipalities.filter((m) => m.districtAgs === district.ags),
      )
    },
    municipalityNamed(name, districtAgs) {
      const wanted = normaliseName(name)
      return municipalities.find(
        (m) =>
          normaliseName(m.name) === wanted &&
          (districtAgs === undefined || m.districtAgs === districtAgs),
      )
    },
  }
}

function nearest(point: LonLat, candidates: Municipality[]): Municipality | undefined {
  let best: Municipality | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const distance = (candidate.center[0] - point[0]) ** 2 + (candidate.center[1] - point[1]) ** 2
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}
