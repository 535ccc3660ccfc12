/**
 * The map settings (`GET /api/map/settings`): an online style if one is configured (`MAP_STYLE_URL`), else
 * null for the offline style. Every map of the app asks once and shares the answer.
 */
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { getJson } from '../api/client.ts'

const MapSettingsSchema = z.object({ styleUrl: z.string().nullable() })

export function mapSettingsQuery() {
  return queryOptions({
    queryKey: ['map', 'settings'] as const,
    queryFn: ({ signal }) => getJson('/api/map/settings', MapSettingsSchema, signal),
    staleTime: Infinity,
  })
}
