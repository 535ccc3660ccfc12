/**
 * The partner finder: one query schema for `GET /partners` and the `/partner` page's URL, and the ranked answer
 * with its reasons in German and English. The weights are part of the answer, so a user can see why one actor
 * ranks above another.
 */
import { z } from 'zod'
import { offersNeeds } from '../taxonomy/offers-needs.ts'
import { topics } from '../taxonomy/topics.ts'
import { ActorSchema, ActorSummarySchema } from './actor.ts'
import { withDecodedDocs } from './decoded-parameters.ts'
import { commaList, FiltersSchema } from './filters.ts'
import { PlaceSchema } from './places.ts'
import { SlugSchema } from './primitives.ts'

const LabelSchema = z.object({ de: z.string(), en: z.string() })

export const DEFAULT_PARTNER_RADIUS_KM = 30
export const MAX_PARTNER_RADIUS_KM = 300

/** Saxony (11.87–15.04° E, 50.17–51.69° N) and about 100 km around it: a `near` beyond is a mistake. */
const SAXONY_SURROUNDINGS = { minLon: 10.4, minLat: 49.25, maxLon: 16.5, maxLat: 52.6 }

const { kind, type, topic, district, municipality, text, synthetic, near } = FiltersSchema.shape

const PartnerQueryShape = {
  kind,
  type,
  topic,
  district,
  municipality,
  text,
  synthetic,
  place: z
    .string()
    .trim()
    .min(1, 'name a place, a postcode or actor:<id>')
    .max(120)
    .meta({
      description:
        'Where to search around: a municipality ("Weißwasser/O.L.", "Weisswasser"), a district ("Landkreis Görlitz"), a postcode ("02943"), a `ref` from `GET /places`, or `actor:<id>` (my organisation). Example: `Weißwasser`.',
    })
    .optional(),
  near: near
    .unwrap()
    .refine(
      ([lon, lat]) =>
        lon >= SAXONY_SURROUNDINGS.minLon &&
        lon <= SAXONY_SURROUNDINGS.maxLon &&
        lat >= SAXONY_SURROUNDINGS.minLat &&
        lat <= SAXONY_SURROUNDINGS.maxLat,
      { message: 'outside Saxony and its surroundings' },
    )
    .optional(),
  radiusKm: z
    .codec(
      z.string().regex(/^\d+(\.\d+)?$/, 'a distance in kilometres'),
      z
        .number()
        .positive('more than 0 km')
        .max(MAX_PARTNER_RADIUS_KM, `at most ${MAX_PARTNER_RADIUS_KM} km`),
      { decode: Number, encode: String },
    )
    .meta({
      description: `Search radius around the place, 0 < r ≤ ${MAX_PARTNER_RADIUS_KM} (default ${DEFAULT_PARTNER_RADIUS_KM}). Example: \`30\`.`,
    })
    .optional(),
  offers: commaList(
    offersNeeds.schema,
    'What I can offer: actors that need it rank higher.',
    'premises',
  ).optional(),
  needs: commaList(
    offersNeeds.schema,
    'What I am looking for: actors that offer it rank higher.',
    'volunteers',
  ).optional(),
  from: SlugSchema.meta({
    description:
      'My organisation (actor id): its partners count (shared partners, already partnered), and its topics, offers, needs and place stand in for those not given.',
  }).optional(),
  limit: z
    .codec(z.string().regex(/^\d{1,3}$/, 'a whole number'), z.number().int().min(1).max(100), {
      decode: Number,
      encode: String,
    })
    .meta({ description: 'Results at most, 1–100 (default 20). Example: `20`.' })
    .optional(),
}

/** Where to search: a place, a point, or my organisation; never a place and a point at once. */
function requireOneCentre(
  query: { place?: unknown; near?: unknown; from?: unknown },
  ctx: z.RefinementCtx,
) {
  if (query.place !== undefined && query.near !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['near'], message: 'give place or near, not both' })
  }
  if (query.place === undefined && query.near === undefined && query.from === undefined) {
    ctx.addIssue({ code: 'custom', path: ['place'], message: 'name a place (or near=lon,lat)' })
  }
}

/** The page's URL state: the same fields and rules, every one optional while the form is filled in. */
export const PartnerSearchSchema = z.object(PartnerQueryShape)

/** Query of GET /partners. Strict: an unknown parameter is an error. */
export const PartnerQuerySchema = z
  .strictObject(withDecodedDocs(PartnerQueryShape))
  .superRefine(requireOneCentre)
export type PartnerQuery = z.output<typeof PartnerQuerySchema>

const partnerReasonKinds = [
  'distance',
  'topic',
  'they_offer',
  'they_need',
  'type',
  'shared_partners',
  'same_community',
  'already_partnered',
  'freshness',
] as const

const ReasonSchema = z
  .object({
    kind: z.enum(partnerReasonKinds),
    weight: z.number().meta({ description: 'Points this reason adds to the score.' }),
    de: z.string(),
    en: z.string(),
    distanceKm: z.number().optional(),
    topics: z.array(topics.schema).optional(),
    offersNeeds: z.array(offersNeeds.schema).optional(),
    partners: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
    community: z
      .object({ id: z.number().int(), name: LabelSchema })
      .optional()
      .meta({ description: 'same_community: the Louvain community of /api/network/communities.' }),
    lastVerified: z.string().optional(),
  })
  .meta({ id: 'PartnerReason' })
export type PartnerReason = z.infer<typeof ReasonSchema>

const WeightsSchema = z
  .object({
    distance: z.number(),
    topic: z.number(),
    complement: z.number(),
    type: z.number(),
    network: z.number(),
    freshness: z.number(),
  })
  .meta({ id: 'PartnerWeights', description: 'Points each part of the score can add at most.' })
export type PartnerWeights = z.infer<typeof WeightsSchema>

const PartnerActorSchema = ActorSummarySchema.extend(
  ActorSchema.pick({ contact: true, website: true, offers: true, needs: true }).shape,
).meta({ id: 'PartnerActor', description: 'The actor with its public contact only.' })

const RelaxationSchema = z
  .object({
    parameter: z.enum(['radiusKm', 'topic', 'type', 'kind', 'text', 'district', 'municipality']),
    radiusKm: z.number().optional(),
    count: z.number().int(),
    de: z.string(),
    en: z.string(),
  })
  .meta({ id: 'PartnerRelaxation' })

export const PartnersResponseSchema = z
  .object({
    place: PlaceSchema,
    alternatives: z.array(PlaceSchema).meta({ description: 'Other places the text also names.' }),
    radiusKm: z.number(),
    weights: WeightsSchema,
    total: z
      .number()
      .int()
      .meta({ description: 'Actors within the radius that pass the filters.' }),
    results: z.array(
      z.object({
        actor: PartnerActorSchema,
        distanceKm: z.number(),
        score: z.number(),
        reasons: z.array(ReasonSchema),
      }),
    ),
    relaxations: z.array(RelaxationSchema).meta({
      description: 'When nothing is found: what to change, and how many results that gives.',
    }),
    dataVersion: z.number().int(),
    analysisVersion: z.number().int().nullable().meta({
      description:
        'The data version of the network analysis the communities come from (the last finished one); null: none finished yet, so no community points.',
    }),
  })
  .meta({ id: 'Partners' })
export type PartnersResponse = z.infer<typeof PartnersResponseSchema>
export type PartnerResult = PartnersResponse['results'][number]
export type PartnerRelaxation = z.infer<typeof RelaxationSchema>
