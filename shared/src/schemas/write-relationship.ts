/** What a client may write of a relationship: its ends (on create only), type, direction, dates and weight. */
import type { z } from 'zod'
import { RelationshipSchema } from './relationship.ts'

const RelationshipFactsSchema = RelationshipSchema.pick({
  type: true,
  directed: true,
  description: true,
  since: true,
  until: true,
  weight: true,
})

export const RelationshipCreateBodySchema = RelationshipFactsSchema.partial()
  .extend(RelationshipSchema.pick({ sourceId: true, targetId: true }).shape)
  .required({ type: true })
  .strict()
  .meta({ id: 'RelationshipCreateBody' })
export type RelationshipCreateBody = z.infer<typeof RelationshipCreateBodySchema>

export const RelationshipPatchBodySchema = RelationshipFactsSchema.partial()
  .strict()
  .meta({ id: 'RelationshipPatchBody' })
export type RelationshipPatchBody = z.infer<typeof RelationshipPatchBodySchema>
