/** Where a record comes from. Every actor and relationship carries one; credits travel with the record. */
import { z } from 'zod'
import { IsoDateSchema } from './primitives.ts'

export const DatasetIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .meta({ example: 'press-release' })

export const ProvenanceSchema = z
  .object({
    dataset: DatasetIdSchema,
    source: z.string().min(1).meta({ example: 'Medieninformation SMS, 08.10.2021' }),
    sourceUrl: z.url().nullable(),
    /** The id of the record in its source (e.g. a Leipzig Data URI), for tracing and re-import. */
    sourceRecordId: z.string().nullable(),
    licence: z.string().nullable().meta({ example: 'CC0-1.0' }),
    attribution: z.string().nullable(),
    note: z.string().nullable().meta({ example: 'Stand 2013–2018, nicht geprüft' }),
    synthetic: z.boolean(),
    lastVerified: IsoDateSchema.nullable(),
  })
  .meta({ id: 'Provenance' })

export type Provenance = z.infer<typeof ProvenanceSchema>
