/** The list view: filters, the table of actors, and the details of the selected actor. */
import { useViewSearch } from '../../view-state/use-view-search.ts'
import { filtersOf } from '../../view-state/view-search.ts'
import { ActorDetailPanel } from './actor-detail-panel.tsx'
import { ActorFilters } from './actor-filters.tsx'
import { ActorTable } from './actor-table.tsx'

export function ActorsPage() {
  const [search] = useViewSearch()
  return (
    <div className="actors-page">
      <ActorFilters />
      <ActorTable filters={filtersOf(search)} />
      {search.actor && <ActorDetailPanel id={search.actor} />}
    </div>
  )
}
