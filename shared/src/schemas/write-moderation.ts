/** Moderation: the reason a coordinator gives when rejecting a pending entry (kept in the audit log). */
import { z } from 'zod'

export const RejectBodySchema = z
  .strictObject({ reason: z.string().trim().min(1).max(1000) })
  .meta({ id: 'RejectBody' })
