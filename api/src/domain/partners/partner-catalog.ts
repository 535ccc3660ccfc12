/** What the partner finder needs from the read model: the actor catalog, the places, and topics by area. */
import type { Bbox, Topic } from '@netzwerkatlas/shared'
import type { ActorCatalog } from '../actors/actor-catalog.ts'
import type { PlaceDirectory } from '../places/place-directory.ts'
import type { PartnerColumns } from './partner-columns.ts'

export interface PartnerCatalog extends ActorCatalog {
  places: PlaceDirectory
  /**
   * Positions (name order, each once, in no particular order) of located actors with any of the topics in the
   * box; a view of a buffer the next call overwrites.
   */
  positionsWithTopicsInBbox(topics: readonly Topic[], bbox: Bbox): Int32Array
  /** What the score reads of each actor, by name-order position (partner-columns.ts). */
  partnerColumns(): PartnerColumns
}
