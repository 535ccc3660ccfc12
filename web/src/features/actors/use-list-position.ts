/**
 * Keeps the reader's place in the list over a reload: how many pages were loaded and how far the page was
 * scrolled are remembered per view (filters and order) for this tab, and restored when the same view loads.
 */
import type { ActorListResponse } from '@netzwerkatlas/shared'
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'

const STORAGE_KEY = 'netzwerkatlas.listPosition'

interface Position {
  view: string
  pages: number
  scrollY: number
}

function storedPosition(): Position | undefined {
  try {
    const parsed: unknown = JSON.parse(globalThis.sessionStorage?.getItem(STORAGE_KEY) ?? 'null')
    if (parsed && typeof parsed === 'object' && 'view' in parsed) return parsed as Position
  } catch {
    // Unreadable: start at the top.
  }
  return undefined
}

export function useListPosition(
  list: UseInfiniteQueryResult<InfiniteData<ActorListResponse>>,
  view: string,
) {
  const restoring = useRef(storedPosition()?.view === view ? storedPosition() : undefined)
  const pages = list.data?.pages.length ?? 0

  useEffect(() => {
    const target = restoring.current
    if (!target || pages === 0 || list.isFetchingNextPage) return
    if (pages < target.pages && list.hasNextPage) {
      void list.fetchNextPage()
      return
    }
    restoring.current = undefined
    requestAnimationFrame(() => window.scrollTo(0, target.scrollY))
  }, [pages, list, view])

  useEffect(() => {
    const remember = () => {
      if (restoring.current) return
      const position: Position = { view, pages, scrollY: window.scrollY }
      globalThis.sessionStorage?.setItem(STORAGE_KEY, JSON.stringify(position))
    }
    window.addEventListener('pagehide', remember)
    return () => window.removeEventListener('pagehide', remember)
  }, [view, pages])
}
