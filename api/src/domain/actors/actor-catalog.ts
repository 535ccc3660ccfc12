/**
 * What the domain needs from the read model to answer actor queries; the index implements it. It holds the
 * public view only (domain/visibility/public-view.ts): published actors and the ties between two of them.
 */
import type { Actor, Bbox, Filters, LonLat, Relationship } from '@netzwerkatlas/shared'

export interface ActorCatalog {
  dataVersion: number
  actorById(id: string): Actor | undefined
  /** All actors in list order, with their sort keys at the same positions. */
  actorsInNameOrder: readonly Actor[]
  sortKeysInNameOrder: readonly string[]
  /** The actor's place in words (actor-place.ts): address city, else its municipality's name. */
  placeOf(actor: Actor): string | null
  /** Ids of actors whose name, description or place match the text (German folding, prefixes, typos). */
  idsMatchingText(text: string): ReadonlySet<string>
  /** Positions (in name order, ascending) of the located actors inside the box. */
  positionsInBbox(bbox: Bbox): readonly number[]
  /** Positions (in name order, ascending) of located actors within `radiusKm` of the point (great circle). */
  positionsWithinKm(point: LonLat, radiusKm: number): readonly number[]
  /** Positions (in name order) of the actors that pass the filters; the index caches them per filter. */
  positionsMatching(filters: Filters): readonly number[]
  relationshipsOf(actorId: string): readonly Relationship[]
}
