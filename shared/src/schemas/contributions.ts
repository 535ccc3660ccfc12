/**
 * What the contribution screens read: the signed-in user's own entries in every state, and a record's history
 * (who changed what, field by field), with the body that restores an earlier version.
 */
import { z } from 'zod'
import { ActorSchema } from './actor.ts'
import { RelationshipSchema } from './relationship.ts'
import { RoleSchema } from './account.ts'
import { ContactConsentSchema } from './contact-consent.ts'

const SideSchema = z.enum(['source', 'target'])

const MyRelationshipSchema = RelationshipSchema.extend({
  sourceName: z.string(),
  targetName: z.string(),
  /** The ends whose actor the user owns: the side(s) the user may confirm. */
  mySides: z.array(SideSchema),
}).meta({ id: 'MyRelationship' })
export type MyRelationship = z.infer<typeof MyRelationshipSchema>

export const MyEntriesResponseSchema = z
  .object({
    /** Owned or created by the user, pending, published and archived, by name. */
    actors: z.array(ActorSchema),
    /** Ties of those actors, or proposed by the user, in every state. */
    relationships: z.array(MyRelationshipSchema),
    /** The user's live consents to publishing contact data, one per entry; each can be withdrawn. */
    contactConsents: z.array(ContactConsentSchema),
  })
  .meta({ id: 'MyEntries' })
export type MyEntriesResponse = z.infer<typeof MyEntriesResponseSchema>

export const historyActions = [
  'create',
  'update',
  'archive',
  'restore',
  'accept',
  'reject',
  'merge',
  'revert',
  'withdraw_consent',
  'delete',
] as const

const FieldChangeSchema = z.object({
  /** The record's field ("name", "address", "topics"). */
  field: z.string(),
  /** Its value before (null for a create) and after, as the record holds it. */
  before: z.unknown(),
  after: z.unknown(),
})
export type FieldChange = z.infer<typeof FieldChangeSchema>

/** The other side of a merge, by its current name. */
const MergedActorSchema = z.object({ id: z.string(), name: z.string() })

const HistoryEntrySchema = z
  .object({
    /** The version this change made (a create makes version 1). */
    version: z.number().int().min(1),
    action: z.enum(historyActions),
    changedAt: z.string(),
    changedBy: z.object({
      /** The user's email for coordinators and for the user's own changes; otherwise only the role. */
      email: z.string().nullable(),
      role: RoleSchema.nullable(),
      isSelf: z.boolean(),
      /** Who changed it when no user did (an import, the admin CLI). */
      system: z.string().nullable(),
      /** A user whose account is deleted since: the history keeps only a pseudonym (ADR 0026). */
      accountDeleted: z.boolean(),
    }),
    /** Field by field; a create lists every field the first version has. */
    changes: z.array(FieldChangeSchema),
    /** On the merged entry's `merge` version: the actor it was merged into (ADR 0020). */
    mergedInto: MergedActorSchema.nullable(),
    /** On the target's `merge` version: the entry merged into it. */
    mergedFrom: MergedActorSchema.nullable(),
  })
  .meta({ id: 'HistoryEntry' })
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>

export const HistoryResponseSchema = z
  .object({
    id: z.string(),
    currentVersion: z.number().int().min(1),
    /** Newest first. */
    entries: z.array(HistoryEntrySchema),
  })
  .meta({ id: 'History' })
export type HistoryResponse = z.infer<typeof HistoryResponseSchema>

export const RevertBodySchema = z
  .strictObject({
    /** The earlier version whose facts become the next version. */
    version: z.number().int().min(1),
  })
  .meta({ id: 'RevertBody' })
