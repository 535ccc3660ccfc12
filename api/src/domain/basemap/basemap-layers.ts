/**
 * The offline basemap's layers, made from Saxony's geodata (GEO_DIR) once at start-up: only the properties the
 * style draws, coordinates rounded to 4 decimals (about 10 m, far below a pixel at state zoom; the files keep 5),
 * and the larger towns as label points. Pure: start-up reads the files and hands the collections in.
 */
import type { BasemapLayer } from '@netzwerkatlas/shared'

interface Feature {
  type: 'Feature'
  properties: Record<string, unknown>
  geometry: { type: string; coordinates: unknown }
}

export interface FeatureCollection {
  type: 'FeatureCollection'
  features: Feature[]
}

export interface GeodataFiles {
  saxony: FeatureCollection
  districts: FeatureCollection
  municipalityPolygons: FeatureCollection
  municipalityPoints: FeatureCollection
  rivers: FeatureCollection
  neighbours: FeatureCollection
}

/** Towns with at least this many inhabitants get a label: Saxony's 25 towns of 20,000 and more. */
const TOWN_LABEL_MIN_POPULATION = 20_000

const round = (value: number) => Math.round(value * 1e4) / 1e4

function roundCoordinates(coordinates: unknown): unknown {
  if (typeof coordinates === 'number') return round(coordinates)
  return (coordinates as unknown[]).map(roundCoordinates)
}

function pick(collection: FeatureCollection, keys: readonly string[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((feature) => ({
      type: 'Feature',
      properties: Object.fromEntries(keys.map((key) => [key, feature.properties[key] ?? null])),
      geometry: {
        type: feature.geometry.type,
        coordinates: roundCoordinates(feature.geometry.coordinates),
      },
    })),
  }
}

function towns(points: FeatureCollection): FeatureCollection {
  const large = points.features
    .filter((feature) => Number(feature.properties.population) >= TOWN_LABEL_MIN_POPULATION)
    .sort((a, b) => Number(b.properties.population) - Number(a.properties.population))
  return pick({ type: 'FeatureCollection', features: large }, ['ags', 'name', 'population'])
}

/** What the map routes serve besides the index: prepared once from GEO_DIR. */
export interface MapGeodata {
  layers: Record<BasemapLayer, FeatureCollection>
  /** District AGS → the AGS of the districts it borders. */
  districtNeighbours: ReadonlyMap<string, readonly string[]>
  /** Reference date of the population figures (`2023-12-31`). */
  populationDate: string
}

export function basemapLayersOf(files: GeodataFiles): Record<BasemapLayer, FeatureCollection> {
  return {
    outline: pick(files.saxony, ['name']),
    districts: pick(files.districts, ['ags', 'name', 'type', 'population']),
    municipalities: pick(files.municipalityPolygons, ['ags', 'name']),
    rivers: pick(files.rivers, ['name_de']),
    neighbours: pick(files.neighbours, ['name', 'kind', 'code']),
    towns: towns(files.municipalityPoints),
  }
}

/**
 * Which districts touch: they share a vertex. The district polygons tile the state after `mapshaper -clean`
 * (SOURCES.md), so neighbours share their border's vertices exactly.
 */
export function districtNeighboursOf(districts: FeatureCollection): Map<string, string[]> {
  const districtsAtVertex = new Map<string, Set<string>>()
  const collect = (coordinates: unknown, ags: string) => {
    const list = coordinates as unknown[]
    if (typeof list[0] === 'number') {
      const key = `${String(list[0])},${String(list[1])}`
      let set = districtsAtVertex.get(key)
      if (!set) districtsAtVertex.set(key, (set = new Set()))
      set.add(ags)
      return
    }
    for (const part of list) collect(part, ags)
  }
  for (const feature of districts.features) {
    collect(feature.geometry.coordinates, String(feature.properties.ags))
  }
  const neighbours = new Map<string, Set<string>>(
    districts.features.map((feature) => [String(feature.properties.ags), new Set<string>()]),
  )
  for (const set of districtsAtVertex.values()) {
    for (const a of set) for (const b of set) if (a !== b) neighbours.get(a)!.add(b)
  }
  return new Map([...neighbours].map(([ags, set]) => [ags, [...set].sort()]))
}
