/**
 * The graph view (route /netzwerk): the network drawn with Cytoscape.js beside the explore tools and the shared
 * detail panel. Filters, selection, year and the drawing choices live in the URL, shared with the map and list.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ActorDetailPanel } from '../../actor-panel/actor-detail-panel.tsx'
import { useViewSearch } from '../../view-state/use-view-search.ts'
import { ExploreTools } from './explore/explore-tools.tsx'
import { NO_FOCUS, type GraphFocus } from './graph-focus.ts'
import './graph.css'

export function GraphPage() {
  const { t } = useTranslation()
  const [search, setSearch] = useViewSearch()
  const [focus, setFocus] = useState<GraphFocus>(NO_FOCUS)

  const selectActor = (id: string) => void setSearch((current) => ({ ...current, actor: id }))
  const setYear = (year: number | undefined) =>
    void setSearch((current) => ({ ...current, year }), { replace: true })

  return (
    <div className="graph-view">
      <h1 className="graph-heading">{t('graph.heading')}</h1>
      <div className="graph-layout">
        <section className="graph-frame" aria-label={t('graph.canvasRegion')} />
        <div className="graph-side">
          <ExploreTools
            focus={focus}
            onFocusChange={setFocus}
            onSelectActor={selectActor}
            year={search.year}
            onYearChange={setYear}
          />
          {search.actor && (
            <ActorDetailPanel
              id={search.actor}
              onClose={() => void setSearch((current) => ({ ...current, actor: undefined }))}
            />
          )}
        </div>
      </div>
    </div>
  )
}
