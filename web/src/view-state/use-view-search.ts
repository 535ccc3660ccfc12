/** Read and change the view state in the URL; map, graph and list share it through this hook only. */
import { useNavigate, useSearch } from '@tanstack/react-router'
import { useCallback, useMemo } from 'react'
import { decodeSearch, encodeSearch, sanitiseSearch, type ViewSearch } from './view-search.ts'

export interface SetViewSearchOptions {
  /** Replace the history entry instead of adding one (e.g. while typing a search). */
  replace?: boolean
}

export function useViewSearch() {
  const raw: Record<string, unknown> = useSearch({ strict: false })
  const search = useMemo(() => decodeSearch(sanitiseSearch(raw)), [raw])
  const navigate = useNavigate()
  const setSearch = useCallback(
    (update: (current: ViewSearch) => ViewSearch, options: SetViewSearchOptions = {}) =>
      navigate({
        to: '.',
        search: (previous: Record<string, unknown>) =>
          encodeSearch(update(decodeSearch(sanitiseSearch(previous)))),
        replace: options.replace ?? false,
      }),
    [navigate],
  )
  return [search, setSearch] as const
}
