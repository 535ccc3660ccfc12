/** What the domain needs from the read model to answer actor queries; the index implements it. */
import type { Actor, Bbox, Filters, LonLat, Relationship } from '@netzwerkatlas/shared'

export interface ActorCatalog {
  dataVersion: number
  actorById(id: string): Actor | undefined
  /** All actors in list order, with their sort keys at the same positions. */
  actorsInNameOrder: readonly Actor[]
  sortKeysInNameOrder: readonly string[]
  /** Ids of actors whose name, description or place match the text (German folding, prefixes, typos). */
  idsMatchingText(text: string): ReadonlySet<string>
  /** Ids of located actors inside the box. */
  idsInBbox(bbox: Bbox): ReadonlySet<string>
  /** Ids of located actors within `radiusKm` of the point (great-circle distance). */
  idsWithinKm(point: LonLat, radiusKm: number): ReadonlySet<string>
  /** Positions (in name order) of the actors that pass the filters; the index caches them per filter. */
  positionsMatching(filters: Filters): readonly number[]
  relationshipsOf(actorId: string): readonly Relationship[]
}
