/** What the domain needs from the read model to answer network and relationship queries. */
import type { Relationship } from '@netzwerkatlas/shared'
import type { ActorCatalog } from '../actors/actor-catalog.ts'

export interface NetworkCatalog extends ActorCatalog {
  /** All relationships, ordered by id. */
  relationshipsById: readonly Relationship[]
  /** For the relationship at each index of `relationshipsById`: the name-order positions of its two ends. */
  sourcePositions: Int32Array
  targetPositions: Int32Array
}
