/** Relationships as map lines: the selected actor's (typed colour, arrows where directed) and all of a set. */
import type { ActorDetailResponse, NetworkResponse } from '@netzwerkatlas/shared'
import type { FeatureCollection } from './geojson.ts'
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

export function allTies(network: NetworkResponse): FeatureCollection {
  const at = new Map<string, [number, number]>()
  for (const node of network.nodes) {
    if (node.lon !== null && node.lat !== null) at.set(node.id, [node.lon, node.lat])
  }
  const features: FeatureCollection['features'] = []
  for (const edge of network.edges) {
    const a = at.get(edge.source)
    const b = at.get(edge.target)
    if (a && b) {
      features.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: [a, b] },
        properties: {},
      })
    }
  }
  return { type: 'FeatureCollection', features }
}
