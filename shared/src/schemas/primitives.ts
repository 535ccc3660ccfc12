/** Small value schemas shared by entities, filters and responses. */
import { z } from 'zod'

/** Stable, URL-safe actor and relationship ids ("sms-sachsen", "demo-0042"). */
export const SlugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens')
  .meta({ example: 'sms-sachsen' })

/** Amtlicher Gemeindeschlüssel of a Saxon district (Kreis): 5 digits starting with 14. */
export const DistrictAgsSchema = z
  .string()
  .regex(/^14\d{3}$/, 'a Saxon district key: 5 digits starting with 14')
  .meta({ example: '14612' })

/** Amtlicher Gemeindeschlüssel of a Saxon municipality: 8 digits starting with 14. */
export const MunicipalityAgsSchema = z
  .string()
  .regex(/^14\d{6}$/, 'a Saxon municipality key: 8 digits starting with 14')
  .meta({ example: '14612000' })

export const PostcodeSchema = z
  .string()
  .regex(/^\d{5}$/, 'a German postcode: 5 digits')
  .meta({ example: '01097' })

export const IsoDateSchema = z.iso.date().meta({ example: '2021-10-21' })

/** Local wall-clock time in Europe/Berlin, minutes precision. */
export const LocalTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM')
  .meta({ example: '17:00' })

export const TimestampSchema = z.iso.datetime({ offset: true })

export const LongitudeSchema = z.number().min(-180).max(180)
export const LatitudeSchema = z.number().min(-90).max(90)

/** Coordinates are `[lon, lat]`, as in GeoJSON and MapLibre. */
export type LonLat = readonly [lon: number, lat: number]
