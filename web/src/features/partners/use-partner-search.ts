/** Reads the partner search from the URL and replaces it on submit (a new history entry per search). */
import { useNavigate, useSearch } from '@tanstack/react-router'
import { useCallback, useMemo } from 'react'
import { sanitisePartnerSearch, type PartnerSearchParams } from './partner-search.ts'

export function usePartnerSearch() {
  const raw: Record<string, unknown> = useSearch({ strict: false })
  const search = useMemo(() => sanitisePartnerSearch(raw), [raw])
  const navigate = useNavigate()
  const setSearch = useCallback(
    (next: PartnerSearchParams) => {
      const withoutEmpty = Object.fromEntries(
        Object.entries({ ...next, lang: search.lang }).filter(([, value]) => value),
      )
      return navigate({ to: '.', search: withoutEmpty })
    },
    [navigate, search.lang],
  )
  return [search, setSearch] as const
}
