/**
 * The list view: filters, the table of actors, and the details of the selected actor. Closing the details
 * returns focus to the row that opened them, so keyboard users keep their place.
 */
import { useEffect, useRef } from 'react'
import { useViewSearch } from '../../view-state/use-view-search.ts'
import { filtersOf } from '../../view-state/view-search.ts'
import { ActorDetailPanel } from '../../actor-panel/actor-detail-panel.tsx'
import { FilterPanel } from '../../filter-panel/filter-panel.tsx'
import { ActorTable } from './actor-table.tsx'
import { DemoBanner } from '../../filter-panel/demo-banner.tsx'
import { UrlNotice } from './url-notice.tsx'
import { useActorList } from './use-actors.ts'
import { useListPosition } from './use-list-position.ts'

export function ActorsPage() {
  const [search, setSearch] = useViewSearch()
  const filters = filtersOf(search)
  const list = useActorList(filters, search.sort)
  useListPosition(list, JSON.stringify([filters, search.sort ?? null]))
  const showsDemoActors =
    list.data?.pages.some((page) => page.items.some((actor) => actor.synthetic)) ?? false

  const opener = useRef<string | undefined>(undefined)
  const focusAfterClose = useRef<string | undefined>(undefined)
  const closeDetails = () => {
    focusAfterClose.current = opener.current ?? search.actor ?? ''
    opener.current = undefined
    void setSearch((current) => ({ ...current, actor: undefined }))
  }
  useEffect(() => {
    const id = focusAfterClose.current
    if (search.actor || id === undefined) return
    focusAfterClose.current = undefined
    const row = document.querySelector<HTMLElement>(`[data-actor-link="${CSS.escape(id)}"]`)
    ;(row ?? document.getElementById('main'))?.focus()
  }, [search.actor])

  return (
    <>
      <UrlNotice />
      <DemoBanner showsDemoActors={showsDemoActors} />
      <div className="actors-page">
        <FilterPanel />
        <ActorTable list={list} sort={search.sort} onOpen={(id) => (opener.current = id)} />
        {search.actor && <ActorDetailPanel id={search.actor} onClose={closeDetails} />}
      </div>
    </>
  )
}
