/**
 * Merging a pending entry into an existing actor (a duplicate the moderation queue found), pure: whether it may
 * happen, and what becomes of each relationship of the merged entry. Rules (ADR 0020):
 * - coordinators only; the merged entry must be pending, at the version the coordinator saw; the target must be
 *   another actor that is not archived;
 * - each relationship moves its merged end to the target; that side's confirmation is dropped, since the
 *   target's people did not give it; a tie between the two would become a loop, so it is withdrawn instead;
 * - the merged entry is archived and points at the target; its owners become owners of the target only when the
 *   coordinator says so.
 */
import type { Actor, NewRelationship, ProblemError, Relationship } from '@netzwerkatlas/shared'
import { isModerator, type Writer } from './write-permissions.ts'

export type MergeDecision =
  | { kind: 'forbidden' }
  | { kind: 'version_conflict'; current: Actor }
  | { kind: 'invalid'; errors: ProblemError[] }
  | { kind: 'wrong_state'; detail: string }
  | { kind: 'merge' }

const intoError = (detail: string): MergeDecision => ({
  kind: 'invalid',
  errors: [{ pointer: '#/into', detail }],
})

export function decideActorMerge(
  writer: Writer,
  merged: Actor,
  into: Actor | undefined,
  expectedVersion: number,
): MergeDecision {
  if (!isModerator(writer)) return { kind: 'forbidden' }
  if (merged.version !== expectedVersion) return { kind: 'version_conflict', current: merged }
  if (merged.status !== 'pending')
    return { kind: 'wrong_state', detail: 'Only pending entries are merged.' }
  if (!into) return intoError('no such actor')
  if (into.id === merged.id) return intoError('an entry cannot be merged into itself')
  if (into.status === 'archived') return intoError('this actor is archived')
  return { kind: 'merge' }
}

/** The relationship's next facts once `mergedId` is merged into `intoId`. */
export function relationshipAfterMerge(
  { createdAt: _c, updatedAt: _u, version: _v, ...facts }: Relationship,
  mergedId: string,
  intoId: string,
): NewRelationship {
  const moved = (side: 'source' | 'target') =>
    (side === 'source' ? facts.sourceId : facts.targetId) === mergedId
  const sourceId = moved('source') ? intoId : facts.sourceId
  const targetId = moved('target') ? intoId : facts.targetId
  if (sourceId === targetId) return { ...facts, status: 'archived' }
  const confirmedBy = facts.confirmedBy.filter((side) => !moved(side))
  return { ...facts, sourceId, targetId, confirmedBy }
}
