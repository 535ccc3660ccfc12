/** Each relationship's two ends as positions in name order, in typed arrays: the network view scans these. */
import type { Actor, Relationship } from '@netzwerkatlas/shared'
import { eachInSlices, type Steps } from '../domain/work-in-slices.ts'

export function* relationshipEndPositions(
  actorsInNameOrder: readonly Actor[],
  relationships: readonly Relationship[],
): Steps<{ sourcePositions: Int32Array; targetPositions: Int32Array }> {
  const positionOf = new Map<string, number>()
  yield* eachInSlices(actorsInNameOrder, (actor, position) => positionOf.set(actor.id, position))
  const sourcePositions = new Int32Array(relationships.length)
  const targetPositions = new Int32Array(relationships.length)
  yield* eachInSlices(relationships, (relationship, index) => {
    // -1 (no actor) never matches a kept position; the public view keeps no such tie anyway.
    sourcePositions[index] = positionOf.get(relationship.sourceId) ?? -1
    targetPositions[index] = positionOf.get(relationship.targetId) ?? -1
  })
  return { sourcePositions, targetPositions }
}
