/**
 * Moderation: the reason a coordinator gives when rejecting a pending entry (kept in the audit log), and the
 * actor a pending duplicate is merged into.
 */
import { z } from 'zod'
import { ActorSchema } from './actor.ts'
import { SlugSchema } from './primitives.ts'
import { RelationshipSchema } from './relationship.ts'

export const RejectBodySchema = z
  .strictObject({ reason: z.string().trim().min(1).max(1000) })
  .meta({ id: 'RejectBody' })

export const MergeBodySchema = z
  .strictObject({
    /** The existing actor the pending entry is a duplicate of. */
    into: SlugSchema,
    /** Make the pending entry's owners owners of `into` too (off unless the coordinator checked who they are). */
    transferOwners: z.boolean().default(false),
  })
  .meta({ id: 'MergeBody' })

export const MergeResponseSchema = z
  .object({
    /** The pending entry, now archived and pointing at `into`. */
    merged: ActorSchema,
    into: ActorSchema,
    /** The merged entry's relationships as they are now (moved to `into`, or withdrawn if they joined the two). */
    relationships: z.array(RelationshipSchema),
  })
  .meta({ id: 'MergeResult' })
