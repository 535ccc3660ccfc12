/**
 * The view state lives in the URL, so every view is a shareable link. The URL holds the filters in their
 * string form (the same as the API's query string) plus the selected actor; this module reads and writes it
 * with the shared FiltersSchema, keeping valid parameters and dropping broken ones instead of failing.
 */
import { FiltersSchema, SlugSchema, type Filters } from '@netzwerkatlas/shared'
import { z } from 'zod'

const ViewSearchSchema = FiltersSchema.extend({
  /** The actor whose details are open. */
  actor: SlugSchema.optional(),
})

export type ViewSearch = z.output<typeof ViewSearchSchema>
/** The search params as the router stores them: strings only. */
export type RawViewSearch = z.input<typeof ViewSearchSchema>

const KEYS = Object.keys(ViewSearchSchema.shape) as (keyof ViewSearch)[]

/** Keeps every known parameter whose value is valid on its own; drops the rest. */
export function sanitiseSearch(raw: Record<string, unknown>): RawViewSearch {
  const clean: Record<string, string> = {}
  for (const key of KEYS) {
    // The router's query-string decoder already turns "false" and "30" into a boolean and a number.
    const rawValue = raw[key]
    if (!['string', 'number', 'boolean'].includes(typeof rawValue)) continue
    const value = String(rawValue)
    const field = ViewSearchSchema.shape[key]
    if (z.safeDecode(field, value).success) clean[key] = value
  }
  return clean
}

export function decodeSearch(raw: RawViewSearch): ViewSearch {
  const parsed = ViewSearchSchema.safeDecode(raw)
  return parsed.success ? parsed.data : {}
}

export function encodeSearch(search: ViewSearch): RawViewSearch {
  return z.encode(ViewSearchSchema, search)
}

export function filtersOf(search: ViewSearch): Filters {
  const { actor: _selected, ...filters } = search
  return filters
}
