/**
 * Relationships as map lines: the selected actor's (typed colour, arrows where directed) and all of a set. With
 * a year ("Aktiv im Jahr"), ties not active in it are left out, by the timeline's rule (`isTieActiveIn`).
 */
import {
  isTieActiveIn,
  type ActorDetailResponse,
  type MapTiesResponse,
} from '@netzwerkatlas/shared'
import type { FeatureCollection } from '../../map-base/geojson.ts'
import { relationshipColour } from '../../ui/actor-symbols.ts'

export function selectedTies(detail: ActorDetailResponse | undefined): FeatureCollection {
  const features: FeatureCollection['features'] = []
  const from = detail?.actor.location
  if (!detail || !from) return { type: 'FeatureCollection', features }
  const neighbours = new Map(detail.neighbours.map((n) => [n.id, n]))
  for (const relationship of detail.relationships) {
    const outgoing = relationship.sourceId === detail.actor.id
    const other = neighbours.get(outgoing ? relationship.targetId : relationship.sourceId)
    if (!other?.location) continue
    const ends: [number, number][] = [
      [from.lon, from.lat],
      [other.location.lon, other.location.lat],
    ]
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: outgoing ? ends : ends.reverse() },
      properties: {
        type: relationship.type,
        directed: relationship.directed,
        colour: relationshipColour(relationship.type),
      },
    })
  }
  return { type: 'FeatureCollection', features }
}

/** Partners the selected actor's lines cannot reach: they have no place. */
export function partnersWithoutPlace(detail: ActorDetailResponse | undefined) {
  return detail?.neighbours.filter((neighbour) => !neighbour.location) ?? []
}

type Tie = MapTiesResponse['ties'][number]

const activeIn = (tie: Tie, year: number | undefined) =>
  year === undefined || isTieActiveIn({ from: tie[4], to: tie[5] }, year)

/**
 * The ties of the set (active in `year`, if given) as faded lines without type, and how many there are: only
 * ties with both ends placed can be drawn, so the map says how many of them it draws and how many it cannot.
 */
export interface SetTies {
  lines: FeatureCollection
  /** Ties of the set (active in the year): the graph timeline's count when no filter is set. */
  total: number
  /** Of those, ties with an end that has no place: not drawn. */
  withoutPlace: number
}

export function allTies(data: MapTiesResponse, year: number | undefined): SetTies {
  const features: FeatureCollection['features'] = []
  let total = 0
  for (const tie of data.ties) {
    if (!activeIn(tie, year)) continue
    total++
    const [, sourceLon, sourceLat] = data.ends[tie[0]]!
    const [, targetLon, targetLat] = data.ends[tie[1]]!
    if (sourceLon === null || sourceLat === null || targetLon === null || targetLat === null)
      continue
    features.push({
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [sourceLon, sourceLat],
          [targetLon, targetLat],
        ],
      },
      properties: {},
    })
  }
  return {
    lines: { type: 'FeatureCollection', features },
    total,
    withoutPlace: total - features.length,
  }
}

/**
 * The selected actor's lines in a year, from all ties (its partners need not pass the filters, as without a
 * year): the same lines as `selectedTies`, less those not active in the year.
 */
export function selectedTiesIn(
  data: MapTiesResponse,
  actorId: string,
  year: number,
): FeatureCollection {
  const features: FeatureCollection['features'] = []
  const at = data.ends.findIndex((end) => end[0] === actorId)
  if (at < 0) return { type: 'FeatureCollection', features }
  for (const tie of data.ties) {
    if ((tie[0] !== at && tie[1] !== at) || !activeIn(tie, year)) continue
    const [, sourceLon, sourceLat] = data.ends[tie[0]]!
    const [, targetLon, targetLat] = data.ends[tie[1]]!
    if (sourceLon === null || sourceLat === null || targetLon === null || targetLat === null)
      continue
    const type = data.types[tie[2]]!
    features.push({
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [sourceLon, sourceLat],
          [targetLon, targetLat],
        ],
      },
      properties: { type, directed: tie[3] === 1, colour: relationshipColour(type) },
    })
  }
  return { type: 'FeatureCollection', features }
}
