/**
 * Query and path of GET /export/{format}: the shared filters plus how to shape the file. One schema for the API
 * and the web app's Export page, so the page can only build links the API accepts.
 */
import { z } from 'zod'
import { withDecodedDocs } from './decoded-parameters.ts'
import { BooleanParamSchema, FiltersSchema, requireNearForRadius } from './filters.ts'

export const exportFormats = ['graphml', 'gexf', 'csv', 'geojson', 'json', 'bundle'] as const
export type ExportFormat = (typeof exportFormats)[number]

const csvTables = ['nodes', 'edges'] as const
const jsonFlavours = ['networkx', 'graphology'] as const
/** two-mode: every actor and tie as recorded; one-mode: organisations tied through shared projects/events. */
export const exportVariants = ['two-mode', 'one-mode'] as const
export type ExportVariant = (typeof exportVariants)[number]

export const ExportParamsSchema = z.strictObject({
  format: z.enum(exportFormats).meta({ description: 'File format.', example: 'graphml' }),
})

const shapeParameters = {
  table: z
    .enum(csvTables)
    .meta({ description: 'CSV only: which table (default `nodes`). Example: `edges`.' })
    .optional(),
  flavour: z
    .enum(jsonFlavours)
    .meta({
      description:
        'JSON only: `networkx` node-link (default, `networkx.node_link_graph`) or `graphology` (`Graph.from`). Example: `graphology`.',
    })
    .optional(),
  variant: z
    .enum(exportVariants)
    .meta({
      description:
        '`two-mode` (default): organisations, projects and events with their ties as recorded. `one-mode`: organisations only, two tied when both are tied to the same project or event (weight = how many). Example: `one-mode`.',
    })
    .optional(),
  bom: BooleanParamSchema.meta({
    description:
      'CSV only: `true` starts the file with a UTF-8 byte order mark, so Excel (and pandas with `encoding="utf-8-sig"`) read the umlauts right; default `false` (plain UTF-8, as R and most tools expect). Example: `true`.',
  }).optional(),
}

export const ExportQuerySchema = z
  .strictObject({ ...withDecodedDocs(FiltersSchema.shape), ...withDecodedDocs(shapeParameters) })
  .superRefine(requireNearForRadius)

export type ExportQuery = z.output<typeof ExportQuerySchema>

/**
 * Which shape parameter belongs to which format: any other combination is a 400 naming the parameter. A bundle
 * holds every table, flavour and both variants.
 */
export const shapeParameterFormats = {
  table: ['csv'],
  bom: ['csv'],
  flavour: ['json'],
  variant: ['graphml', 'gexf', 'csv', 'geojson', 'json'],
} as const satisfies Record<keyof typeof shapeParameters, readonly ExportFormat[]>

/** Query of GET /export-preview: the shared filters and the variant, as the file would be asked for. */
export const ExportPreviewQuerySchema = z
  .strictObject({
    ...withDecodedDocs(FiltersSchema.shape),
    variant: shapeParameters.variant,
  })
  .superRefine(requireNearForRadius)

/** What an export of these filters will hold: the same counts every file of that variant has. */
export const ExportPreviewResponseSchema = z
  .object({
    dataVersion: z.number().int(),
    variant: z.enum(exportVariants),
    actors: z.number().int().meta({ description: 'Nodes in every file of this variant.' }),
    relationships: z.number().int().meta({ description: 'Edges in every file of this variant.' }),
    actorsWithoutPlace: z
      .number()
      .int()
      .meta({ description: 'Actors the GeoJSON leaves out, for lack of a place.' }),
    relationshipsWithoutPlace: z
      .number()
      .int()
      .meta({ description: 'Relationships the GeoJSON leaves out: an end has no place.' }),
  })
  .meta({ id: 'ExportPreview' })

export type ExportPreviewResponse = z.infer<typeof ExportPreviewResponseSchema>
