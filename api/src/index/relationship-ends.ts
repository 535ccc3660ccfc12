/** Each relationship's two ends as positions in name order, in typed arrays: the network view scans these. */
import type { Actor, Relationship } from '@netzwerkatlas/shared'

export function relationshipEndPositions(
  actorsInNameOrder: readonly Actor[],
  relationships: readonly Relationship[],
) {
  const positionOf = new Map(actorsInNameOrder.map((actor, position) => [actor.id, position]))
  const sourcePositions = new Int32Array(relationships.length)
  const targetPositions = new Int32Array(relationships.length)
  relationships.forEach((relationship, index) => {
    // -1 (no actor) never matches a kept position; the public view keeps no such tie anyway.
    sourcePositions[index] = positionOf.get(relationship.sourceId) ?? -1
    targetPositions[index] = positionOf.get(relationship.targetId) ?? -1
  })
  return { sourcePositions, targetPositions }
}
