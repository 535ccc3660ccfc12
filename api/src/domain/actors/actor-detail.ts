/** Answers GET /actors/{id}: the actor, its relationships and the actors on their other ends. */
import type { Actor, ActorDetailResponse } from '@netzwerkatlas/shared'
import type { ActorCatalog } from './actor-catalog.ts'
import { toActorSummary } from './actor-summary.ts'

export type ActorDetailResult = ({ kind: 'ok' } & ActorDetailResponse) | { kind: 'not_found' }

/** The catalog holds the public view only, so an archived or pending actor is not found. */
export function actorDetail(catalog: ActorCatalog, id: string): ActorDetailResult {
  const actor = catalog.actorById(id)
  if (!actor) return { kind: 'not_found' }
  const relationships = catalog.relationshipsOf(id)
  const neighbours = new Map<string, Actor>()
  for (const relationship of relationships) {
    const otherId = relationship.sourceId === id ? relationship.targetId : relationship.sourceId
    const neighbour = catalog.actorById(otherId)
    if (neighbour) neighbours.set(neighbour.id, neighbour)
  }
  return {
    kind: 'ok',
    actor,
    place: catalog.placeOf(actor),
    relationships: [...relationships],
    neighbours: [...neighbours.values()]
      .sort((a, b) => a.name.localeCompare(b.name, 'de'))
      .map((neighbour) => toActorSummary(neighbour, catalog.placeOf(neighbour))),
    dataVersion: catalog.dataVersion,
  }
}
