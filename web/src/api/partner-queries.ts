/**
 * Query options of the partner finder: the ranked search and the place autocomplete. The search is sent as the
 * URL holds it (strings), so whatever the API refuses comes back as a problem naming the field.
 */
import { PartnersResponseSchema, PlacesResponseSchema } from '@netzwerkatlas/shared'
import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { getJson, queryString } from './client.ts'

const partnerKeys = {
  all: ['partners'] as const,
  search: (parameters: Record<string, string>) =>
    [...partnerKeys.all, 'search', parameters] as const,
  places: (text: string) => [...partnerKeys.all, 'places', text] as const,
}

export function partnersQuery(parameters: Record<string, string>) {
  return queryOptions({
    queryKey: partnerKeys.search(parameters),
    queryFn: ({ signal }) =>
      getJson(`/api/partners${queryString(parameters)}`, PartnersResponseSchema, signal),
    retry: false,
  })
}

export function placesQuery(text: string) {
  return queryOptions({
    queryKey: partnerKeys.places(text),
    queryFn: ({ signal }) =>
      getJson(`/api/places${queryString({ q: text })}`, PlacesResponseSchema, signal),
    enabled: text.trim().length > 0,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  })
}
