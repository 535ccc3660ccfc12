/** Response bodies of the read API. The web app parses what it receives with the same schemas. */
import { z } from 'zod'
import { actorKinds } from '../taxonomy/actor-kinds.ts'
import { actorTypes } from '../taxonomy/actor-types.ts'
import { relationshipTypes } from '../taxonomy/relationship-types.ts'
import { ActorSchema, ActorSummarySchema } from './actor.ts'
import { DatasetSummarySchema } from './dataset.ts'
import { DistrictAgsSchema } from './primitives.ts'
import { RelationshipSchema } from './relationship.ts'

const nextCursor = z
  .string()
  .nullable()
  .meta({ description: 'Pass as `cursor` to get the next page; null on the last page.' })

export const ActorListResponseSchema = z
  .object({
    items: z.array(ActorSummarySchema),
    total: z.number().int().min(0).meta({ description: 'Actors matching the filters, all pages.' }),
    nextCursor,
    dataVersion: z.number().int(),
  })
  .meta({ id: 'ActorList' })

export const ActorDetailResponseSchema = z
  .object({
    actor: ActorSchema,
    place: z.string().nullable().meta({
      description:
        "Where the actor is, in words: its address's city, else the name of the municipality it is located to (e.g. 'Weißwasser/O.L.'); null when neither is known.",
    }),
    relationships: z.array(RelationshipSchema),
    neighbours: z.array(ActorSummarySchema),
    dataVersion: z.number().int(),
  })
  .meta({ id: 'ActorDetail' })

export const RelationshipListResponseSchema = z
  .object({
    items: z.array(RelationshipSchema),
    total: z.number().int().min(0),
    nextCursor,
    dataVersion: z.number().int(),
  })
  .meta({ id: 'RelationshipList' })

/** A compact node for map and graph; details come from the actor endpoint. */
const NetworkNodeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: actorKinds.schema,
    type: actorTypes.schema,
    lon: z.number().nullable(),
    lat: z.number().nullable(),
    district: DistrictAgsSchema.nullable(),
    synthetic: z.boolean(),
    activeFrom: z.number().int().nullable().meta({
      description:
        'First year it is active (founding year, else start date); null: from the beginning. As in /network/timeline.',
    }),
    activeTo: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'Last year it is active (end date); null: still active.' }),
  })
  .meta({ id: 'NetworkNode' })

const NetworkEdgeSchema = z
  .object({
    id: z.string(),
    source: z.string(),
    target: z.string(),
    type: relationshipTypes.schema,
    directed: z.boolean(),
    since: z.string().nullable(),
    until: z.string().nullable(),
  })
  .meta({ id: 'NetworkEdge' })

export const NetworkResponseSchema = z
  .object({
    dataVersion: z.number().int(),
    nodes: z.array(NetworkNodeSchema),
    edges: z.array(NetworkEdgeSchema),
  })
  .meta({ id: 'Network' })

const LabelSchema = z.object({ de: z.string(), en: z.string() })
const TermCountSchema = z.object({ id: z.string(), label: LabelSchema, count: z.number().int() })

const CreditSchema = z
  .object({
    text: z.string(),
    url: z.url().nullable(),
    licence: z.string().nullable(),
    licenceUrl: z.url().nullable(),
  })
  .meta({ id: 'Credit' })

const DistrictSchema = z
  .object({
    ags: DistrictAgsSchema,
    name: z.string(),
    type: z.string(),
    population: z.number().int(),
    actors: z.number().int(),
  })
  .meta({ id: 'District' })

const RealSyntheticCountSchema = z.object({
  total: z.number().int(),
  real: z.number().int(),
  synthetic: z.number().int(),
})

/**
 * Records the public views leave out. What anyone sees is published actors and the published relationships
 * between two published actors; every other count in the meta, and every list, is of that view.
 */
const NotShownCountSchema = z
  .object({
    actors: z.number().int().meta({ description: 'Actors with this status.' }),
    relationships: z.number().int().meta({
      description:
        'Relationships with this status, or with an end (source or target actor) that has it. A relationship can count under both archived and pending.',
    }),
  })
  .meta({ description: 'Records with this status: not shown in any public view.' })

export const MetaResponseSchema = z
  .object({
    dataVersion: z.number().int(),
    hasDemoData: z.boolean(),
    counts: z.object({
      actors: RealSyntheticCountSchema,
      relationships: RealSyntheticCountSchema,
      archived: NotShownCountSchema,
      pending: NotShownCountSchema,
    }),
    taxonomies: z.object({
      kinds: z.array(TermCountSchema),
      actorTypes: z.array(TermCountSchema),
      topics: z.array(TermCountSchema),
      offersNeeds: z.array(TermCountSchema),
      relationshipTypes: z.array(TermCountSchema),
      statuses: z.array(TermCountSchema),
      projectStages: z.array(TermCountSchema),
      locationPrecisions: z.array(TermCountSchema),
    }),
    datasets: z.array(DatasetSummarySchema),
    districts: z.array(DistrictSchema),
    geoCredits: z.array(CreditSchema),
  })
  .meta({ id: 'Meta' })

export const HealthResponseSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.enum(['ok', 'unavailable']),
    /** `building` while the port is open but the first index is not built yet (start-up). */
    index: z.enum(['ready', 'building']),
    dataVersion: z.number().int(),
  })
  .meta({ id: 'Health' })

export const LivenessResponseSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Liveness' })

export type ActorListResponse = z.infer<typeof ActorListResponseSchema>
export type ActorDetailResponse = z.infer<typeof ActorDetailResponseSchema>
export type RelationshipListResponse = z.infer<typeof RelationshipListResponseSchema>
export type NetworkResponse = z.infer<typeof NetworkResponseSchema>
export type MetaResponse = z.infer<typeof MetaResponseSchema>
export type Credit = z.infer<typeof CreditSchema>
