/**
 * The partner finder's URL state: the parameters of `GET /api/partners` (PartnerSearchSchema's keys) as the
 * user entered them, plus the language and the selected result. Values stay strings and go to the API unchanged, so a refused value is
 * reported at its field from the API's problem, and a shared link reproduces the same search.
 */
import { PartnerSearchSchema } from '@netzwerkatlas/shared'
import { sanitiseSearch } from '../../view-state/view-search.ts'

/** The search's parameters, the language, and the selected result (`actor`: its details are open). */
const KEYS = [...Object.keys(PartnerSearchSchema.shape), 'lang', 'actor'] as const

export type PartnerSearchParams = Partial<Record<string, string>>

/** Keeps the known parameters with a text value; anything else is no part of a partner search. */
export function sanitisePartnerSearch(raw: Record<string, unknown>): PartnerSearchParams {
  const clean: Record<string, string> = {}
  for (const key of KEYS) {
    const value = raw[key]
    if (['string', 'number', 'boolean'].includes(typeof value)) clean[key] = String(value)
  }
  return clean
}

/** The parameters sent to the API: everything but the language and the selection, empty values left out. */
export function apiParameters(search: PartnerSearchParams): Record<string, string> {
  const parameters: Record<string, string> = {}
  for (const [key, value] of Object.entries(search)) {
    if (key !== 'lang' && key !== 'actor' && value !== undefined && value !== '')
      parameters[key] = value
  }
  return parameters
}

export const listOf = (value: string | undefined) => (value ? value.split(',') : [])

/** The shared filters the partner search takes as they are (the list, the map and the graph spell them alike). */
export const CARRIED_FILTER_KEYS = [
  'kind',
  'type',
  'topic',
  'district',
  'municipality',
  'text',
  'synthetic',
] as const

/**
 * The partner finder's address from another view's: its valid shared filters and the language, so "Partner
 * finden" keeps what the list or the map shows; the view's own parameters (order, layers, selection) stay behind.
 */
export function partnerSearchFromView(raw: Record<string, unknown>): PartnerSearchParams {
  const view = sanitiseSearch(raw) as Record<string, string | undefined>
  const carried: PartnerSearchParams = {}
  for (const key of [...CARRIED_FILTER_KEYS, 'lang'] as const) {
    if (view[key] !== undefined) carried[key] = view[key]
  }
  return carried
}
