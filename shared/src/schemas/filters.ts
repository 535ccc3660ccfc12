/**
 * FiltersSchema: one filter language for the API query string and the web app's URL state.
 * Each field is a codec between its URL form ("housing,care", "12.1,50.2,15.0,51.7") and its typed form, so
 * `z.decode` reads a query and `z.encode` writes one, and both sides agree on the format.
 */
import { z } from 'zod'
import { actorKinds } from '../taxonomy/actor-kinds.ts'
import { actorTypes } from '../taxonomy/actor-types.ts'
import { recordStatuses } from '../taxonomy/record-status.ts'
import { relationshipTypes } from '../taxonomy/relationship-types.ts'
import { topics } from '../taxonomy/topics.ts'
import { withDecodedDocs } from './decoded-parameters.ts'
import { DistrictAgsSchema, MunicipalityAgsSchema, SlugSchema } from './primitives.ts'
import { MAX_SEARCH_TERMS, searchTermsOf } from './search-text.ts'
import { ActorSortSchema } from './sort.ts'

const MAX_LIST_ITEMS = 50

export function commaList<Item extends z.ZodType<string, string>>(
  item: Item,
  description: string,
  example: string,
) {
  return z
    .codec(z.string(), z.array(item).min(1).max(MAX_LIST_ITEMS), {
      decode: (text) => text.split(',').map((part) => part.trim()) as z.input<Item>[],
      encode: (items) => items.join(','),
    })
    .meta({
      // The example goes into the text: as an `example`, the docs' "Try it out" would prefill it as a filter.
      description: `${description} Comma-separated; any of them matches. Example: \`${example}\`.`,
    })
}

/** `minLon,minLat,maxLon,maxLat` in WGS84 degrees. */
const BboxSchema = z
  .codec(
    z
      .string()
      .regex(/^[^,]+(,[^,]+){3}$/, 'four comma-separated numbers: minLon,minLat,maxLon,maxLat'),
    z
      .tuple([
        z.number().min(-180).max(180),
        z.number().min(-90).max(90),
        z.number().min(-180).max(180),
        z.number().min(-90).max(90),
      ])
      .refine(([minLon, minLat, maxLon, maxLat]) => minLon <= maxLon && minLat <= maxLat, {
        message: 'min must not exceed max',
      }),
    {
      decode: (text) => text.split(',').map(Number) as [number, number, number, number],
      encode: (box) => box.join(','),
    },
  )
  .meta({
    description:
      'Bounding box minLon,minLat,maxLon,maxLat (WGS84 degrees). Example: `12.2,51.2,12.6,51.45`.',
  })

export type Bbox = readonly [minLon: number, minLat: number, maxLon: number, maxLat: number]

/** `lon,lat` in WGS84 degrees. */
const LonLatParamSchema = z
  .codec(
    z.string().regex(/^[^,]+,[^,]+$/, 'two comma-separated numbers: lon,lat'),
    z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
    {
      decode: (text) => text.split(',').map(Number) as [number, number],
      encode: (point) => point.join(','),
    },
  )
  .meta({ description: 'A point lon,lat (WGS84 degrees). Example: `14.6347,51.5003`.' })

/** `true` / `false` in the URL, a boolean in the domain. */
export const BooleanParamSchema = z.codec(z.enum(['true', 'false']), z.boolean(), {
  decode: (text) => text === 'true',
  encode: (flag) => (flag ? 'true' : 'false'),
})

export const FiltersSchema = z.object({
  kind: commaList(actorKinds.schema, 'Actor kinds.', 'organisation,project').optional(),
  type: commaList(actorTypes.schema, 'Actor types.', 'welfare_org,social_enterprise').optional(),
  topic: commaList(topics.schema, 'Topics.', 'housing,seniors').optional(),
  district: commaList(DistrictAgsSchema, 'District keys (AGS, 5 digits).', '14626').optional(),
  municipality: commaList(
    MunicipalityAgsSchema,
    'Municipality keys (AGS, 8 digits).',
    '14626610',
  ).optional(),
  text: z
    .string()
    .trim()
    .min(1)
    .max(200)
    // Each term costs a lookup (prefixes and typos: many): bound the work one request can ask for.
    .refine((text) => searchTermsOf(text).length <= MAX_SEARCH_TERMS, {
      message: `at most ${MAX_SEARCH_TERMS} words`,
    })
    .meta({ description: 'Full-text search in name, description and place. Example: `Caritas`.' })
    .optional(),
  bbox: BboxSchema.optional(),
  status: commaList(
    recordStatuses.schema,
    'Record status. Only published records are public: archived and pending answer 403 (moderators only).',
    'published',
  ).optional(),
  synthetic: BooleanParamSchema.meta({
    description: 'true: demo data only; false: real data only; absent: both. Example: `false`.',
  }).optional(),
  located: BooleanParamSchema.meta({
    description:
      'true: only actors with a location; false: only those without (the map counts them). Example: `false`.',
  }).optional(),
  near: LonLatParamSchema.optional(),
  radiusKm: z
    .codec(
      z.string().regex(/^\d+(\.\d+)?$/, 'a distance in kilometres'),
      z.number().positive().max(500),
      {
        decode: Number,
        encode: String,
      },
    )
    .meta({
      description: 'With `near`: only actors within this many km (default 25). Example: `30`.',
    })
    .optional(),
  relationshipType: commaList(
    relationshipTypes.schema,
    'Relationship types (network and relationship lists).',
    'partnership,funding',
  ).optional(),
})

/** Decoded filters, as the domain uses them. */
export type Filters = z.output<typeof FiltersSchema>

const PageQuerySchema = z.object({
  limit: z
    .codec(z.string().regex(/^\d{1,4}$/, 'a whole number'), z.number().int().min(1).max(500), {
      decode: Number,
      encode: String,
    })
    .meta({ description: 'Page size, 1–500 (default 50). Example: `50`.' })
    .optional(),
  cursor: z
    .string()
    .max(500)
    .regex(/^[A-Za-z0-9_-]+$/, 'an opaque cursor from a previous response')
    .meta({ description: 'Opaque cursor from `nextCursor` of the previous page.' })
    .optional(),
})

// The query schemas of the routes, documented in OpenAPI by their decoded types (arrays, numbers, booleans).
const documentedFilters = withDecodedDocs(FiltersSchema.shape)
const documentedPage = withDecodedDocs(PageQuerySchema.shape)

/** A radius means nothing without its centre (the web app's URL state follows the same rule). */
export function requireNearForRadius(
  filters: { near?: unknown; radiusKm?: unknown },
  ctx: z.RefinementCtx,
) {
  if (filters.radiusKm !== undefined && filters.near === undefined) {
    ctx.addIssue({ code: 'custom', path: ['radiusKm'], message: 'radiusKm needs near=lon,lat' })
  }
}

/** Query of GET /network: the filters, and nothing else. */
export const NetworkQuerySchema = z
  .strictObject(documentedFilters)
  .superRefine(requireNearForRadius)

/**
 * Query of GET /map/clusters: the filters, the map's zoom level and the part of it in view. `view`, not
 * `bbox`: the box of the filters keeps actors, this one only says which clusters to send.
 */
export const MapClustersQuerySchema = z
  .strictObject({
    ...documentedFilters,
    ...withDecodedDocs({
      zoom: z
        .codec(
          z.string().regex(/^\d{1,2}$/, 'a whole zoom level'),
          z.number().int().min(0).max(24),
          {
            decode: Number,
            encode: String,
          },
        )
        .meta({ description: 'Zoom level of the map, 0–24 (clusters stop at 11). Example: `7`.' }),
      view: BboxSchema.meta({
        description:
          'The part of the map in view, minLon,minLat,maxLon,maxLat (WGS84 degrees). Example: `11.8,50.1,15.1,51.7`.',
      }),
    }),
  })
  .superRefine(requireNearForRadius)

const YearQuerySchema = z
  .codec(z.string().regex(/^\d{4}$/, 'a four-digit year'), z.number().int().min(1900).max(2100), {
    decode: Number,
    encode: String,
  })
  .meta({
    description:
      'Count only the actors active in this year and the ties active then (the rule of /network/timeline); the groups keep the keys of every year. Example: `2015`.',
  })

/** Query of GET /network/groups and /network/groups/{key}: the filters and the year the timeline shows. */
export const NetworkGroupsQuerySchema = z
  .strictObject({ ...documentedFilters, ...withDecodedDocs({ year: YearQuerySchema.optional() }) })
  .superRefine(requireNearForRadius)

/** Query of GET /actors. Strict: an unknown parameter is an error, not silently ignored. */
export const ActorListQuerySchema = z
  .strictObject({
    ...documentedFilters,
    ...documentedPage,
    // Documented by its input (the spelt order, e.g. -connections), which is what a client sends.
    sort: ActorSortSchema.optional(),
  })
  .superRefine(requireNearForRadius)

export const RelationshipListQuerySchema = z
  .strictObject({
    ...documentedFilters,
    ...documentedPage,
    actor: SlugSchema.meta({
      description: 'Only relationships that involve this actor. Example: `sms-sachsen`.',
    }).optional(),
  })
  .superRefine(requireNearForRadius)

export const ActorIdParamsSchema = z.strictObject({
  id: SlugSchema,
})
