/**
 * Places a user can type (municipality, district, postcode, an actor as "my organisation"), resolved offline from
 * the gazetteer. The partner finder and `GET /places` answer with the same shapes.
 */
import { z } from 'zod'
import { defineVocabulary } from '../taxonomy/vocabulary.ts'

const placeKinds = defineVocabulary([
  { id: 'municipality', de: 'Gemeinde', en: 'Municipality' },
  { id: 'district', de: 'Landkreis', en: 'District' },
  { id: 'postcode', de: 'Postleitzahl', en: 'Postcode' },
  { id: 'actor', de: 'Organisation', en: 'Organisation' },
  { id: 'point', de: 'Koordinate', en: 'Coordinates' },
])

/** How exact the point of a resolved place is: the search radius is drawn around it. */
export const placePrecisions = defineVocabulary([
  { id: 'point', de: 'Koordinate (genau)', en: 'Coordinates (exact)' },
  { id: 'address', de: 'Adresse (genau)', en: 'Address (exact)' },
  { id: 'postcode', de: 'Postleitzahlgebiet (ungefähr)', en: 'Postcode area (approximate)' },
  { id: 'municipality', de: 'Gemeindemittelpunkt', en: 'Centre of the municipality' },
  { id: 'district', de: 'Mitte des Landkreises (grob)', en: 'Centre of the district (coarse)' },
])
export type PlacePrecision = (typeof placePrecisions.ids)[number]

const LonLatSchema = z
  .tuple([z.number(), z.number()])
  .meta({ description: '[lon, lat] in WGS84 degrees.' })

export const PlaceSchema = z
  .object({
    kind: placeKinds.schema,
    /** AGS of a municipality or district, a postcode, or an actor id. */
    id: z.string(),
    name: z.string(),
    /** The name with what tells it apart: "Weißwasser/O.L. (Görlitz)", "02943 Weißwasser/O.L.". */
    label: z.string(),
    point: LonLatSchema,
    precision: placePrecisions.schema,
    /** The value to send as `place` to select exactly this place again (e.g. `ags:14626610`). */
    ref: z.string(),
  })
  .meta({ id: 'Place' })

export type Place = z.infer<typeof PlaceSchema>

export const PlacesQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .meta({ description: 'What the user typed so far. Example: `Weisswasser`.' }),
})

export const PlacesResponseSchema = z
  .object({
    query: z.string(),
    places: z.array(PlaceSchema).meta({ description: 'Best first, at most 10.' }),
    suggestions: z.array(z.string()).meta({
      description: 'When nothing matches: the nearest spellings of known places.',
    }),
  })
  .meta({ id: 'Places' })
