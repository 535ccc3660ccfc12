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
import { decideContact, type ContactConsentStep } from './contact-consent.ts'

export type ActorDecision =
  | { kind: 'forbidden' }
  | { kind: 'version_conflict'; current: Actor }
  | { kind: 'invalid'; errors: ProblemError[] }
  | { kind: 'wrong_state'; detail: string }
  /** `contactConsent`: what the write does to the consent record of the contact (keep when absent). */
  | { kind: 'change'; next: NewActor; contactConsent?: ContactConsentStep }

/** Checks the record and the contact's consent together, so one 422 names every field at fault. */
function checkWithContact(
  candidate: NewActor,
  contact: ReturnType<typeof decideContact>,
):
  | { kind: 'invalid'; errors: ProblemError[] }
  | { kind: 'change'; next: NewActor; contactConsent: ContactConsentStep } {
  const checked = checkRecord(NewActorSchema, candidate)
  const errors = [
    ...(checked.kind === 'invalid' ? checked.errors : []),
    ...(contact.kind === 'invalid' ? contact.errors : []),
  ]
  if (errors.length > 0 || checked.kind === 'invalid' || contact.kind === 'invalid')
    return { kind: 'invalid', errors }
  return { kind: 'change', next: checked.next, contactConsent: contact.step }
}

/** Entries by actors wait for a coordinator; a coordinator's own entries are published at once. */
export const statusOfNewEntry = (writer: Writer): RecordStatus =>
  isModerator(writer) ? 'published' : 'pending'

export function actorFromCreateBody(
  body: ActorCreateBody,
  { id, writer, provenance }: { id: string; writer: Writer; provenance: Provenance },
): ReturnType<typeof checkWithContact> {
  const { contact, ...facts } = body
  const contactDecision = decideContact(null, contact)
  const candidate: NewActor = {
    id,
    description: null,
    topics: [],
    address: null,
    municipalityAgs: null,
    districtAgs: null,
    location: null,
    website: null,
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
    ...facts,
    contact: contactDecision.kind === 'ok' ? (contactDecision.contact ?? null) : null,
    status: statusOfNewEntry(writer),
    provenance,
  }
  return checkWithContact(candidate, contactDecision)
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
  const { contact, ...facts } = patch
  const contactDecision = decideContact(request.current.contact, contact)
  const candidate = { ...storedFacts(request.current), ...facts }
  if (contactDecision.kind === 'ok' && contactDecision.contact !== undefined)
    candidate.contact = contactDecision.contact
  return checkWithContact(candidate, contactDecision)
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
 * Restoring an earlier version: its facts become the next version, while the state (status, provenance) and the
 * contact stay as they are now, so a restore never publishes or hides an entry by itself, nor brings back a
 * contact whose consent was withdrawn or replaced (ADR 0027). `earlier` is that version, if it exists.
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
  const { status, provenance, contact } = request.current
  return checkRecord(NewActorSchema, {
    ...storedFacts(earlier),
    id: request.current.id,
    status,
    provenance,
    contact,
  })
}
