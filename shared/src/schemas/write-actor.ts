/**
 * What a client may write of an actor: the facts, never the id, status, provenance, timestamps or version
 * (the server sets those). A create names at least name, kind and type; a patch replaces the fields it names.
 * The record a write would store is then checked whole with NewActorSchema (rules across fields).
 */
import { z } from 'zod'
import { ActorSchema } from './actor.ts'
import { ContactConsentBodySchema } from './contact-consent.ts'

/** Links a visitor may click: http(s) only, so no javascript: or data: URL reaches an href. */
const HttpUrlSchema = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .max(2000)
  .meta({ example: 'https://www.example.org/' })

const ActorFactsSchema = ActorSchema.pick({
  name: true,
  kind: true,
  type: true,
  description: true,
  topics: true,
  address: true,
  municipalityAgs: true,
  districtAgs: true,
  location: true,
  contact: true,
  offers: true,
  offersText: true,
  needs: true,
  needsText: true,
  foundedYear: true,
  stage: true,
  startDate: true,
  startTime: true,
  endDate: true,
  endTime: true,
}).extend({
  website: HttpUrlSchema.nullable(),
  contact: ActorSchema.shape.contact
    .unwrap()
    .extend({ consent: ContactConsentBodySchema.optional() })
    .strict()
    .nullable()
    .meta({ id: 'ContactWrite' }),
})

export const ActorCreateBodySchema = ActorFactsSchema.partial()
  .required({ name: true, kind: true, type: true })
  .strict()
  .meta({ id: 'ActorCreateBody' })
export type ActorCreateBody = z.infer<typeof ActorCreateBodySchema>

export const ActorPatchBodySchema = ActorFactsSchema.partial()
  .strict()
  .meta({ id: 'ActorPatchBody' })
export type ActorPatchBody = z.infer<typeof ActorPatchBodySchema>
