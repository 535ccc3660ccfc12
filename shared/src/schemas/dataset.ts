/** A dataset: one source of records (the press-release seed, an import, the demo generator), with its licence. */
import { z } from 'zod'
import type { NewActor } from './actor.ts'
import { DatasetIdSchema } from './provenance.ts'
import type { NewRelationship } from './relationship.ts'

const DatasetSchema = z
  .object({
    id: DatasetIdSchema,
    title: z.string().min(1),
    synthetic: z.boolean(),
    licence: z.string().nullable(),
    attribution: z.string().nullable(),
    sourceUrl: z.url().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'Dataset' })

export type Dataset = z.infer<typeof DatasetSchema>

export const DatasetSummarySchema = DatasetSchema.extend({
  actors: z
    .number()
    .int()
    .meta({ description: 'Actors of this dataset the public sees (published).' }),
  relationships: z.number().int().meta({
    description:
      'Relationships of this dataset the public sees: published, between two published actors.',
  }),
  loadedAt: z.string(),
}).meta({ id: 'DatasetSummary' })

export type DatasetSummary = z.infer<typeof DatasetSummarySchema>

/** What every dataset module (seed, import, generator) produces, ready for the store. */
export interface DatasetRecords {
  dataset: Dataset
  actors: NewActor[]
  relationships: NewRelationship[]
  /** How the records were made (e.g. generator size and seed), kept with the dataset. */
  parameters?: Record<string, unknown>
}
