/**
 * The decisions of a relationship write, pure. An actor-role user proposes ties from the actors it owns (the
 * proposal is pending and confirmed by its side); the owner of the other end confirms it; either side edits or
 * withdraws (archives) it. Coordinators may do all of that except confirm on an actor's behalf.
 */
import {
  NewRelationshipSchema,
  type NewRelationship,
  type ProblemError,
  type Provenance,
  type Relationship,
  type RelationshipCreateBody,
  type RelationshipPatchBody,
} from '@netzwerkatlas/shared'
import { statusOfNewEntry } from './actor-changes.ts'
import { checkRecord } from './check-record.ts'
import { isModerator, mayEditRelationship, type Writer } from './write-permissions.ts'

export type RelationshipDecision =
  | { kind: 'forbidden' }
  | { kind: 'version_conflict'; current: Relationship }
  | { kind: 'invalid'; errors: ProblemError[] }
  | { kind: 'wrong_state'; detail: string }
  | { kind: 'change'; next: NewRelationship }

type Side = 'source' | 'target'

/** The sides of a tie whose actor the writer owns. */
function ownedSides(
  { sourceId, targetId }: Pick<Relationship, 'sourceId' | 'targetId'>,
  ownedActorIds: readonly string[],
): Side[] {
  const sides: Side[] = []
  if (ownedActorIds.includes(sourceId)) sides.push('source')
  if (ownedActorIds.includes(targetId)) sides.push('target')
  return sides
}

export function relationshipFromCreateBody(
  body: RelationshipCreateBody,
  context: {
    id: string
    writer: Writer
    ownedActorIds: readonly string[]
    /** Ends that do not exist or are archived. */
    missingEnds: readonly ('sourceId' | 'targetId')[]
    provenance: Provenance
  },
): RelationshipDecision {
  const sides = ownedSides(body, context.ownedActorIds)
  if (!isModerator(context.writer) && sides.length === 0) return { kind: 'forbidden' }
  if (context.missingEnds.length > 0) {
    return {
      kind: 'invalid',
      errors: context.missingEnds.map((end) => ({
        pointer: `#/${end}`,
        detail: 'no such actor (or it is archived)',
      })),
    }
  }
  return checkRecord(NewRelationshipSchema, {
    directed: false,
    description: null,
    since: null,
    until: null,
    weight: 1,
    ...body,
    id: context.id,
    confirmedBy: sides,
    status: statusOfNewEntry(context.writer),
    provenance: context.provenance,
  })
}

interface ChangeRequest {
  writer: Writer
  ownedActorIds: readonly string[]
  current: Relationship
  expectedVersion: number
}

function refusal({ writer, ownedActorIds, current, expectedVersion }: ChangeRequest) {
  if (!mayEditRelationship(writer, ownedSides(current, ownedActorIds)))
    return { kind: 'forbidden' } as const
  if (current.version !== expectedVersion) return { kind: 'version_conflict', current } as const
  return undefined
}

const storedFacts = ({ createdAt: _c, updatedAt: _u, version: _v, ...facts }: Relationship) => facts

export function decideRelationshipPatch(
  request: ChangeRequest,
  patch: RelationshipPatchBody,
): RelationshipDecision {
  const refused = refusal(request)
  if (refused) return refused
  if (request.current.status === 'archived')
    return { kind: 'wrong_state', detail: 'Restore the withdrawn relationship before editing it.' }
  return checkRecord(NewRelationshipSchema, { ...storedFacts(request.current), ...patch })
}

/** Withdrawing a tie archives it: either side may, and its history stays. */
export function decideRelationshipArchive(request: ChangeRequest): RelationshipDecision {
  const refused = refusal(request)
  if (refused) return refused
  if (request.current.status === 'archived')
    return { kind: 'wrong_state', detail: 'The relationship is withdrawn already.' }
  return { kind: 'change', next: { ...storedFacts(request.current), status: 'archived' } }
}

export function decideRelationshipRestore(request: ChangeRequest): RelationshipDecision {
  const refused = refusal(request)
  if (refused) return refused
  if (request.current.status !== 'archived')
    return { kind: 'wrong_state', detail: 'Only a withdrawn relationship can be restored.' }
  const status = statusOfNewEntry(request.writer)
  return { kind: 'change', next: { ...storedFacts(request.current), status } }
}

/** The owner of an end confirms the tie for its side(s); nobody confirms for a side it does not own. */
export function decideRelationshipConfirm(request: ChangeRequest): RelationshipDecision {
  const { current, ownedActorIds, expectedVersion } = request
  const sides = ownedSides(current, ownedActorIds)
  if (sides.length === 0) return { kind: 'forbidden' }
  if (current.version !== expectedVersion) return { kind: 'version_conflict', current }
  const confirmedBy = [...new Set([...current.confirmedBy, ...sides])].sort()
  if (confirmedBy.length === current.confirmedBy.length)
    return { kind: 'wrong_state', detail: 'Your side has confirmed it already.' }
  return { kind: 'change', next: { ...storedFacts(current), confirmedBy } }
}

/** As decideActorRevert: the earlier version's facts; ends, confirmations, status and provenance stay. */
export function decideRelationshipRevert(
  request: ChangeRequest,
  earlier: Relationship | undefined,
  version: number,
): RelationshipDecision {
  const refused = refusal(request)
  if (refused) return refused
  const { current } = request
  if (current.status === 'archived')
    return {
      kind: 'wrong_state',
      detail: 'Restore the withdrawn relationship before going back to a version.',
    }
  if (!earlier || version >= current.version)
    return {
      kind: 'invalid',
      errors: [{ pointer: '#/version', detail: 'no such earlier version' }],
    }
  return checkRecord(NewRelationshipSchema, {
    ...storedFacts(earlier),
    id: current.id,
    sourceId: current.sourceId,
    targetId: current.targetId,
    confirmedBy: current.confirmedBy,
    status: current.status,
    provenance: current.provenance,
  })
}
