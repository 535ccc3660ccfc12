/** The short form of an actor used in lists and as a neighbour. */
import type { Actor, ActorSummary } from '@netzwerkatlas/shared'

export function toActorSummary(actor: Actor): ActorSummary {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    type: actor.type,
    topics: actor.topics,
    municipalityAgs: actor.municipalityAgs,
    districtAgs: actor.districtAgs,
    location: actor.location,
    status: actor.status,
    startDate: actor.startDate,
    city: actor.address?.city ?? null,
    synthetic: actor.provenance.synthetic,
    dataset: actor.provenance.dataset,
  }
}
