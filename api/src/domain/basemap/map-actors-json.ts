/**
 * GET /map/actors as JSON text: one array row per located actor of the filtered set, types as indexes into a
 * table. Rows instead of GeoJSON features are a third of the bytes before compression; the page builds the
 * features it hands to MapLibre.
 */
import {
  actorTypes,
  MAP_FLAG_OSM_LOCATION,
  MAP_FLAG_SYNTHETIC,
  mapPrecisions,
  type Actor,
  type Filters,
} from '@netzwerkatlas/shared'
import type { ActorCatalog } from '../actors/actor-catalog.ts'

const typeIndex = new Map<string, number>(actorTypes.ids.map((id, index) => [id, index]))
const precisionIndex = new Map<string, number>(mapPrecisions.map((id, index) => [id, index]))

/** Coordinates credited to OpenStreetMap (ODbL): the map then shows the ODbL credit. */
function isOsmLocation(actor: Actor): boolean {
  return /openstreetmap/i.test(actor.location?.attribution ?? '')
}

function flagsOf(actor: Actor): number {
  return (
    (actor.provenance.synthetic ? MAP_FLAG_SYNTHETIC : 0) |
    (isOsmLocation(actor) ? MAP_FLAG_OSM_LOCATION : 0)
  )
}

export interface MapRow {
  actor: Actor
  location: NonNullable<Actor['location']>
  precision: number
  flags: number
}

/**
 * The located actors of the filtered set in the order /map/actors lists them (a row's position is its index
 * there, which /map/clusters points into), and how many have no place.
 */
export function mapRowsOf(
  catalog: ActorCatalog,
  filters: Filters,
): { rows: MapRow[]; withoutPlace: number } {
  const rows: MapRow[] = []
  let withoutPlace = 0
  for (const position of catalog.positionsMatching(filters)) {
    const actor = catalog.actorsInNameOrder[position]!
    const location = actor.location
    if (!location) {
      withoutPlace += 1
      continue
    }
    rows.push({
      actor,
      location,
      precision: precisionIndex.get(location.precision)!,
      flags: flagsOf(actor),
    })
  }
  return { rows, withoutPlace }
}

export function mapActorsJson(catalog: ActorCatalog, filters: Filters): string {
  const { rows, withoutPlace } = mapRowsOf(catalog, filters)
  // WARNING: only the name is free text; ids are slugs (enforced by the shared schemas on every write).
  const texts = rows.map(
    ({ actor, location, precision, flags }) =>
      `["${actor.id}",${JSON.stringify(actor.name)},${location.lon},${location.lat},${typeIndex.get(actor.type)},${precision},${flags}]`,
  )
  return `{"dataVersion":${catalog.dataVersion},"types":${JSON.stringify(actorTypes.ids)},"actors":[${texts.join(',')}],"withoutPlace":${withoutPlace}}`
}
