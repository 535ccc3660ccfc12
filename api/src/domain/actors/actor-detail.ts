/** Answers GET /actors/{id}: the actor, its published relationships and the actors on their other ends. */
import type { Actor, ActorDetailResponse } from '@netzwerkatlas/shared'
import type { ActorCatalog } from './actor-catalog.ts'
import { isPublicStatus } from './actor-filters.ts'
import { toActorSummary } from './actor-summary.ts'

export type ActorDetailResult = ({ kind: 'ok' } & ActorDetailResponse) | { kind: 'not_found' }

export function actorDetail(catalog: ActorCatalog, id: string): ActorDetailResult {
  const actor = catalog.actorById(id)
  if (!actor || !isPublicStatus(actor.status)) return { kind: 'not_found' }
  const otherEnd = (sourceId: string, targetId: string) => (sourceId === id ? targetId : sourceId)
  const relationships = catalog.relationshipsOf(id).filter((relationship) => {
    const neighbour = catalog.actorById(otherEnd(relationship.sourceId, relationship.targetId))
    return (
      relationship.status === 'published' &&
      neighbour !== undefined &&
      isPublicStatus(neighbour.status)
    )
  })
  const neighbours = new Map<string, Actor>()
  for (const relationship of relationships) {
    const neighbour = catalog.actorById(otherEnd(relationship.sourceId, relationship.targetId))
    if (neighbour) neighbours.set(neighbour.id, neighbour)
  }
  return {
    kind: 'ok',
    actor,
    relationships,
    neighbours: [...neighbours.values()]
      .sort((a, b) => a.name.localeCompare(b.name, 'de'))
      .map(toActorSummary),
    dataVersion: catalog.dataVersion,
  }
}
