/** The short form of an actor used in lists and as a neighbour. */
import type { Actor, ActorSummary } from '@netzwerkatlas/shared'

/** `place` is the actor's place in words (see actor-place.ts); the summary calls it `city`. */
export function toActorSummary(actor: Actor, place: string | null): ActorSummary {
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
    city: place,
    synthetic: actor.provenance.synthetic,
    dataset: actor.provenance.dataset,
  }
}
