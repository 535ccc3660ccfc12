/** ActorSchema: the only definition of an actor (organisation, project or event) and its variants. */
import { z } from 'zod'
import { actorKinds } from '../taxonomy/actor-kinds.ts'
import { actorTypes } from '../taxonomy/actor-types.ts'
import { offersNeeds } from '../taxonomy/offers-needs.ts'
import { locationPrecisions, projectStages, recordStatuses } from '../taxonomy/record-status.ts'
import { topics } from '../taxonomy/topics.ts'
import {
  DistrictAgsSchema,
  IsoDateSchema,
  LatitudeSchema,
  LocalTimeSchema,
  LongitudeSchema,
  MunicipalityAgsSchema,
  PostcodeSchema,
  SlugSchema,
  TimestampSchema,
} from './primitives.ts'
import { ProvenanceSchema } from './provenance.ts'

const AddressSchema = z
  .object({
    street: z.string().max(200).nullable(),
    houseNumber: z.string().max(20).nullable(),
    postcode: PostcodeSchema.nullable(),
    city: z.string().max(120).nullable(),
  })
  .meta({ id: 'Address' })

/**
 * A point with how exact it is. `attribution` is the credit the coordinates' licence requires
 * (e.g. ODbL for OpenStreetMap-derived points); it must be shown wherever the point is used.
 */
const LocationSchema = z
  .object({
    lon: LongitudeSchema,
    lat: LatitudeSchema,
    precision: locationPrecisions.schema,
    source: z.string().nullable(),
    licence: z.string().nullable(),
    attribution: z.string().nullable(),
  })
  .meta({ id: 'Location' })

const ContactSchema = z
  .object({
    email: z.email().nullable(),
    phone: z.string().max(40).nullable(),
  })
  .meta({
    id: 'Contact',
    description:
      'Public contact of the entry: from a documented source, or written by a user account together with a recorded consent (ADR 0027), and removed when that consent is withdrawn.',
  })

export const ActorSchema = z
  .object({
    id: SlugSchema,
    name: z.string().min(1).max(300),
    kind: actorKinds.schema,
    type: actorTypes.schema,
    description: z.string().max(5000).nullable(),
    topics: z.array(topics.schema),
    address: AddressSchema.nullable(),
    municipalityAgs: MunicipalityAgsSchema.nullable(),
    districtAgs: DistrictAgsSchema.nullable(),
    /** Null when the source gives no place: the actor is listed and in the graph, not on the map. */
    location: LocationSchema.nullable(),
    website: z.url().nullable(),
    contact: ContactSchema.nullable(),
    offers: z.array(offersNeeds.schema),
    offersText: z.string().max(2000).nullable(),
    needs: z.array(offersNeeds.schema),
    needsText: z.string().max(2000).nullable(),
    foundedYear: z.number().int().min(1800).max(2100).nullable(),
    status: recordStatuses.schema,
    /** Projects only. */
    stage: projectStages.schema.nullable(),
    /** Projects: start/end of the project. Events: the day(s) the event takes place (Europe/Berlin). */
    startDate: IsoDateSchema.nullable(),
    /** Events only: local start time in Europe/Berlin; null when the source gives none. */
    startTime: LocalTimeSchema.nullable(),
    endDate: IsoDateSchema.nullable(),
    endTime: LocalTimeSchema.nullable(),
    provenance: ProvenanceSchema,
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    version: z.number().int().min(1),
  })
  .meta({ id: 'Actor' })

export type Actor = z.infer<typeof ActorSchema>
export type Address = z.infer<typeof AddressSchema>
export type Location = z.infer<typeof LocationSchema>

/** An actor as it enters the store (seed, import, generator, later the edit form): no timestamps, no version. */
export const NewActorSchema = ActorSchema.omit({ createdAt: true, updatedAt: true, version: true })
  .superRefine((actor, ctx) => {
    if (actor.stage !== null && actor.kind !== 'project') {
      ctx.addIssue({ code: 'custom', path: ['stage'], message: 'only projects have a stage' })
    }
    for (const field of ['startTime', 'endTime'] as const) {
      if (actor[field] !== null && actor.kind !== 'event') {
        ctx.addIssue({ code: 'custom', path: [field], message: 'only events have a time' })
      }
    }
    if (actor.startDate && actor.endDate && actor.endDate < actor.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'ends before it starts' })
    }
  })
  .meta({ id: 'NewActor' })

export type NewActor = z.infer<typeof NewActorSchema>

/** The optional facts of a new actor, all unknown: sources fill in what they state, nothing more. */
export function unknownActorFacts() {
  return {
    address: null,
    municipalityAgs: null,
    districtAgs: null,
    location: null,
    website: null,
    contact: null,
    offers: [],
    offersText: null,
    needs: [],
    needsText: null,
    foundedYear: null,
    status: 'published',
    stage: null,
    startDate: null,
    startTime: null,
    endDate: null,
    endTime: null,
  } satisfies Partial<NewActor>
}

/** The fields a list row or a neighbour needs. */
export const ActorSummarySchema = ActorSchema.pick({
  id: true,
  name: true,
  kind: true,
  type: true,
  topics: true,
  municipalityAgs: true,
  districtAgs: true,
  location: true,
  status: true,
  startDate: true,
})
  .extend({
    city: z.string().nullable().meta({
      description:
        "Where the actor is, in words: its address's city, else the name of the municipality it is located to (e.g. 'Weißwasser/O.L.'); null when neither is known.",
    }),
    synthetic: z.boolean(),
    dataset: z.string(),
  })
  .meta({ id: 'ActorSummary' })

export type ActorSummary = z.infer<typeof ActorSummarySchema>
