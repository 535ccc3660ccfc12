/**
 * The signed-in user: `GET /api/auth/session` (null when nobody is signed in), and `useWrite`, which sends a
 * write with this session's CSRF token. Signing in or out replaces the session in the cache, so every screen
 * that shows who is signed in follows at once.
 */
import { SessionStateSchema, type SessionResponse } from '@netzwerkatlas/shared'
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { z } from 'zod'
import { getJson } from './client.ts'
import { sendWrite, type WriteRequest } from './write-client.ts'

export const sessionKeys = { all: ['session'] as const }

function sessionQuery() {
  return queryOptions({
    queryKey: sessionKeys.all,
    queryFn: async ({ signal }): Promise<SessionResponse | null> => {
      const state = await getJson('/api/auth/session', SessionStateSchema, signal)
      return state.signedIn ? state : null
    },
    staleTime: 60_000,
    retry: false,
  })
}

export function useSession() {
  return useQuery(sessionQuery())
}

/** Sends writes as the signed-in user (with its CSRF token); without a session, as nobody (sign-in, setup). */
export function useWrite() {
  const queryClient = useQueryClient()
  return useCallback(
    <Schema extends z.ZodType>(request: WriteRequest, schema: Schema) => {
      const session = queryClient.getQueryData<SessionResponse | null>(sessionKeys.all)
      return sendWrite(request, session?.csrfToken, schema)
    },
    [queryClient],
  )
}
