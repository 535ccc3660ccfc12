/** RelationshipSchema: a tie between two actors, with its type, time span and provenance. */
import { z } from 'zod'
import { recordStatuses } from '../taxonomy/record-status.ts'
import { relationshipTypes } from '../taxonomy/relationship-types.ts'
import { IsoDateSchema, SlugSchema, TimestampSchema } from './primitives.ts'
import { ProvenanceSchema } from './provenance.ts'

export const RelationshipSchema = z
  .object({
    id: SlugSchema,
    sourceId: SlugSchema,
    targetId: SlugSchema,
    type: relationshipTypes.schema,
    directed: z.boolean(),
    description: z.string().max(2000).nullable(),
    /** Open-ended: null means "not known", not "always". */
    since: IsoDateSchema.nullable(),
    until: IsoDateSchema.nullable(),
    /** Strength of the tie, > 0; 1 when the source says nothing about strength. */
    weight: z.number().positive().max(1000),
    /** Which side(s) confirmed the tie themselves. */
    confirmedBy: z.array(z.enum(['source', 'target'])),
    status: recordStatuses.schema,
    provenance: ProvenanceSchema,
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    version: z.number().int().min(1),
  })
  .meta({ id: 'Relationship' })

export type Relationship = z.infer<typeof RelationshipSchema>

export const NewRelationshipSchema = RelationshipSchema.omit({
  createdAt: true,
  updatedAt: true,
  version: true,
})
  .superRefine((relationship, ctx) => {
    if (relationship.sourceId === relationship.targetId) {
      ctx.addIssue({
        code: 'custom',
        path: ['targetId'],
        message: 'an actor cannot relate to itself',
      })
    }
    if (relationship.since && relationship.until && relationship.until < relationship.since) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'ends before it starts' })
    }
  })
  .meta({ id: 'NewRelationship' })

export type NewRelationship = z.infer<typeof NewRelationshipSchema>
