/**
 * Where an actor is, in words: the city of its address, else the name of the municipality it is located to
 * (from the gazetteer, e.g. "Weißwasser/O.L."). A district is never a place: Görlitz the district is not
 * Weißwasser the town.
 */
import type { Actor } from '@netzwerkatlas/shared'

export function actorPlace(
  actor: Pick<Actor, 'address' | 'municipalityAgs'>,
  municipalityNameOf: (ags: string) => string | undefined,
): string | null {
  return (
    actor.address?.city ??
    (actor.municipalityAgs ? municipalityNameOf(actor.municipalityAgs) : undefined) ??
    null
  )
}
