/**
 * The map's payloads: basemap layers (GeoJSON prepared from GEO_DIR at start-up), the compact actor layer
 * (rows of arrays, turned into GeoJSON in the page: a third of the bytes of GeoJSON), and district figures.
 */
import { z } from 'zod'
import { actorTypes } from '../taxonomy/actor-types.ts'
import { relationshipTypes } from '../taxonomy/relationship-types.ts'
import { topics } from '../taxonomy/topics.ts'
import { DistrictAgsSchema } from './primitives.ts'

export const basemapLayers = [
  'outline',
  'districts',
  'municipalities',
  'rivers',
  'neighbours',
  'towns',
] as const

const BasemapLayerSchema = z.enum(basemapLayers).meta({
  description:
    'outline (Saxony), districts, municipalities (coarse polygons), rivers, neighbours (states and countries), towns (labels of the larger towns).',
})
export type BasemapLayer = z.infer<typeof BasemapLayerSchema>

export const BasemapLayerParamsSchema = z.object({ layer: BasemapLayerSchema })

/** Position of a location precision in a map row: 0 exact, 1 postcode, 2 municipality. */
export const mapPrecisions = ['exact', 'postcode', 'municipality'] as const

/** Bits of a map row's `flags`. */
export const MAP_FLAG_SYNTHETIC = 1
export const MAP_FLAG_OSM_LOCATION = 2

const MapActorRowSchema = z
  .tuple([
    z.string().meta({ description: 'id' }),
    z.string().meta({ description: 'name' }),
    z.number().meta({ description: 'lon' }),
    z.number().meta({ description: 'lat' }),
    z.number().int().min(0).meta({ description: 'index into `types`' }),
    z.number().int().min(0).max(2).meta({ description: '0 exact, 1 postcode, 2 municipality' }),
    z.number().int().min(0).meta({ description: 'bits: 1 demo data, 2 OpenStreetMap coordinates' }),
  ])
  .meta({ id: 'MapActorRow' })

export const MapActorsResponseSchema = z
  .object({
    dataVersion: z.number().int(),
    types: z.array(actorTypes.schema),
    actors: z.array(MapActorRowSchema).meta({
      description:
        'Located actors that pass the filters: [id, name, lon, lat, type, precision, flags].',
    }),
    withoutPlace: z
      .number()
      .int()
      .min(0)
      .meta({ description: 'Actors that pass the filters but have no location.' }),
  })
  .meta({ id: 'MapActors' })

export type MapActorsResponse = z.infer<typeof MapActorsResponseSchema>

const MapClusterRowSchema = z
  .tuple([
    z.number().meta({ description: 'lon' }),
    z.number().meta({ description: 'lat' }),
    z.number().int().min(2).meta({ description: 'how many actors it holds' }),
    z.number().int().min(0).meta({ description: 'the zoom level at which it falls apart' }),
    z
      .number()
      .int()
      .min(0)
      .max(1)
      .meta({ description: '1: some of them have OpenStreetMap coordinates' }),
  ])
  .meta({ id: 'MapClusterRow' })

const MapPointRowSchema = z
  .tuple([
    z
      .number()
      .int()
      .min(0)
      .meta({ description: 'index of its row in /map/actors (same filters and data version)' }),
    z.number().meta({ description: 'lon' }),
    z.number().meta({ description: 'lat' }),
    z.number().int().min(0).meta({ description: 'index into `types`' }),
    z.number().int().min(0).max(2).meta({ description: '0 exact, 1 postcode, 2 municipality' }),
    z.number().int().min(0).meta({ description: 'bits: 1 demo data, 2 OpenStreetMap coordinates' }),
  ])
  .meta({ id: 'MapPointRow' })

export const MapClustersResponseSchema = z
  .object({
    dataVersion: z.number().int(),
    zoom: z.number().int().min(0),
    types: z.array(actorTypes.schema),
    clusters: z.array(MapClusterRowSchema).meta({
      description: 'Groups of actors at this zoom: [lon, lat, count, expansion zoom, osm].',
    }),
    points: z.array(MapPointRowSchema).meta({
      description: 'Actors not in a group: [row, lon, lat, type, precision, flags].',
    }),
  })
  .meta({ id: 'MapClusters' })

export type MapClustersResponse = z.infer<typeof MapClustersResponseSchema>

const CountSchema = z.object({ id: z.string(), count: z.number().int().min(0) })

const DistrictFiguresSchema = z
  .object({
    ags: DistrictAgsSchema,
    name: z.string(),
    type: z.string(),
    population: z.number().int(),
    actors: z
      .number()
      .int()
      .min(0)
      .meta({ description: 'Actors of the filtered set in the district.' }),
    actorsPer100k: z.number().min(0).meta({ description: 'actors / population × 100,000' }),
    relationships: z.number().int().min(0).meta({
      description: 'Relationships of the filtered set with at least one end in the district.',
    }),
    crossBorder: z
      .number()
      .int()
      .min(0)
      .meta({ description: 'Of those, the ones whose other end is in another district.' }),
    crossBorderShare: z.number().min(0).max(1).nullable(),
    byType: z.array(CountSchema.extend({ id: actorTypes.schema })),
    byTopic: z.array(CountSchema.extend({ id: topics.schema })),
    mostConnected: z.array(
      z.object({ id: z.string(), name: z.string(), relationships: z.number().int() }),
    ),
    neighbours: z.array(
      z.object({ ags: DistrictAgsSchema, name: z.string(), sharedRelationships: z.number().int() }),
    ),
  })
  .meta({ id: 'DistrictFigures' })

export type DistrictFigures = z.infer<typeof DistrictFiguresSchema>

export const DistrictsResponseSchema = z
  .object({
    dataVersion: z.number().int(),
    populationDate: z.string().meta({ description: 'Reference date of the population figures.' }),
    districts: z.array(DistrictFiguresSchema),
  })
  .meta({ id: 'Districts' })

export type DistrictsResponse = z.infer<typeof DistrictsResponseSchema>

const YearBoundSchema = z.number().int().nullable()

const MapTieEndSchema = z
  .tuple([
    z.string().meta({ description: 'actor id' }),
    z.number().nullable().meta({ description: 'lon; null: the actor has no place' }),
    z.number().nullable().meta({ description: 'lat; null: the actor has no place' }),
  ])
  .meta({ id: 'MapTieEnd' })

const MapTieRowSchema = z
  .tuple([
    z.number().int().min(0).meta({ description: 'source: index into `ends`' }),
    z.number().int().min(0).meta({ description: 'target: index into `ends`' }),
    z.number().int().min(0).meta({ description: 'index into `types`' }),
    z.number().int().min(0).max(1).meta({ description: '1 directed (source → target), 0 not' }),
    YearBoundSchema.meta({ description: 'first year active; null: from the beginning' }),
    YearBoundSchema.meta({ description: 'last year active; null: still active' }),
  ])
  .meta({ id: 'MapTieRow' })

export const MapTiesResponseSchema = z
  .object({
    dataVersion: z.number().int(),
    rule: z.string().meta({ description: 'How the years a tie is active are derived.' }),
    types: z.array(relationshipTypes.schema),
    ends: z.array(MapTieEndSchema).meta({
      description:
        'The actors at the ends of the ties, each once, in name order: [id, lon, lat] (null coordinates: no place).',
    }),
    ties: z.array(MapTieRowSchema).meta({
      description:
        'Relationships between two actors the filters keep, in id order: [source, target, type, directed, from, to]. A tie is active in year Y when (from is null or from ≤ Y) and (to is null or Y ≤ to); from > to: in no year.',
    }),
  })
  .meta({ id: 'MapTies' })

export type MapTiesResponse = z.infer<typeof MapTiesResponseSchema>
