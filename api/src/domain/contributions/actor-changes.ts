/**
 * The decisions of an actor write, pure: who may, whether the client saw the current version, and whether the
 * record it would store is valid. Checked in this order, so a stranger learns nothing about the record.
 */
import {
  NewActorSchema,
  type Actor,
  type ActorCreateBody,
  type ActorPatchBody,
  type NewActor,
  type ProblemError,
  type Provenance,
  type RecordStatus,
} from '@netzwerkatlas/shared'
import { isModerator, mayEditActor, type Writer } from './write-permissions.ts'
import { checkRecord } from './check-record.ts'

export type ActorDecision =
  | { kind: 'forbidden' }
  | { kind: 'version_conflict'; current: Actor }
  | { kind: 'invalid'; errors: ProblemError[] }
  | { kind: 'wrong_state'; detail: string }
  | { kind: 'change'; next: NewActor }

/** Entries by actors wait for a coordinator; a coordinator's own entries are published at once. */
export const statusOfNewEntry = (writer: Writer): RecordStatus =>
  isModerator(writer) ? 'published' : 'pending'

export function actorFromCreateBody(
  body: ActorCreateBody,
  { id, writer, provenance }: { id: string; writer: Writer; provenance: Provenance },
): { kind: 'invalid'; errors: ProblemError[] } | { kind: 'change'; next: NewActor } {
  const candidate: NewActor = {
    id,
    description: null,
    topics: [],
    address: null,
    municipalityAgs: null,
    districtAgs: null,
    location: null,
    website: null,
    contact: null,
    offers: [],
    offersText: null,
    needs: [],
    needsText: null,
    foundedYear: null,
    stage: null,
    startDate: null,
    startTime: null,
    endDate: null,
    endTime: null,
    ...body,
    status: statusOfNewEntry(writer),
    provenance,
  }
  return checkRecord(NewActorSchema, candidate)
}

interface ChangeRequest {
  writer: Writer
  ownsActor: boolean
  current: Actor
  expectedVersion: number
}

function refusal({ writer, ownsActor, current, expectedVersion }: ChangeRequest) {
  if (!mayEditActor(writer, ownsActor)) return { kind: 'forbidden' } as const
  if (current.version !== expectedVersion) return { kind: 'version_conflict', current } as const
  return undefined
}

const storedFacts = ({ createdAt: _c, updatedAt: _u, version: _v, ...facts }: Actor): NewActor =>
  facts

export function decideActorPatch(request: ChangeRequest, patch: ActorPatchBody): ActorDecision {
  const refused = refusal(request)
  if (refused) return refused
  if (request.current.status === 'archived')
    return { kind: 'wrong_state', detail: 'Restore the archived entry before editing it.' }
  return checkRecord(NewActorSchema, { ...storedFacts(request.current), ...patch })
}

export function decideActorArchive(request: ChangeRequest): ActorDecision {
  const refused = refusal(request)
  if (refused) return refused
  if (request.current.status === 'archived')
    return { kind: 'wrong_state', detail: 'The entry is archived already.' }
  return { kind: 'change', next: { ...storedFacts(request.current), status: 'archived' } }
}

/** A restored entry is published again if a coordinator restores it, else it waits for one. */
export function decideActorRestore(request: ChangeRequest): ActorDecision {
  const refused = refusal(request)
  if (refused) return refused
  if (request.current.status !== 'archived')
    return { kind: 'wrong_state', detail: 'Only an archived entry can be restored.' }
  const status = statusOfNewEntry(request.writer)
  return { kind: 'change', next: { ...storedFacts(request.current), status } }
}

/**
 * Restoring an earlier version: its facts become the next version, while the state (status, provenance) stays
 * as it is now, so a restore never publishes or hides an entry by itself. `earlier` is that version, if it exists.
 */
export function decideActorRevert(
  request: ChangeRequest,
  earlier: Actor | undefined,
  version: number,
): ActorDecision {
  const refused = refusal(request)
  if (refused) return refused
  if (request.current.status === 'archived')
    return {
      kind: 'wrong_state',
      detail: 'Restore the archived entry before going back to a version.',
    }
  if (!earlier || version >= request.current.version)
    return {
      kind: 'invalid',
      errors: [{ pointer: '#/version', detail: 'no such earlier version' }],
    }
  const { status, provenance } = request.current
  return checkRecord(NewActorSchema, {
    ...storedFacts(earlier),
    id: request.current.id,
    status,
    provenance,
  })
}
