/**
 * The graph view (route /netzwerk): the network drawn with Cytoscape.js beside the explore tools and the shared
 * detail panel. Filters, selection, year and the drawing choices live in the URL, shared with the map and list;
 * the legend and a sortable table below say in words what the canvas shows.
 */
import type { Core } from 'cytoscape'
import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ActorDetailPanel } from '../../actor-panel/actor-detail-panel.tsx'
import { ApiProblem } from '../../api/client.ts'
import { DemoBanner } from '../../filter-panel/demo-banner.tsx'
import { FilterColumn } from '../../filter-panel/filter-column.tsx'
import { useLabel, useMeta } from '../../api/use-meta.ts'
import { useViewSearch } from '../../view-state/use-view-search.ts'
import { filtersOf } from '../../view-state/view-search.ts'
import { ExploreTools } from './explore/explore-tools.tsx'
import { GraphActorMetrics } from './graph-actor-metrics.tsx'
import { FCOSE_MAX_NODES, GraphCanvas } from './graph-canvas.tsx'
import { graphChoicesOf } from './graph-choices.ts'
import { NO_FOCUS, type GraphFocus } from './graph-focus.ts'
import { mostConnected, partnersClockwise, stepThrough } from './graph-keyboard.ts'
import { GraphGroupTable } from './graph-group-table.tsx'
import { foldedKeys, groupKeyOf, toggledOpenKeys } from './graph-groups.ts'
import { GraphLegend } from './graph-legend.tsx'
import { GraphPictureButtons } from './graph-picture-buttons.tsx'
import { OTHER_COMMUNITY_COLOUR } from './graph-symbols.ts'
import { GraphTable, type GraphTableRow } from './graph-table.tsx'
import { GraphToolbar } from './graph-toolbar.tsx'
import { useGraphData } from './use-graph-data.ts'
import './graph.css'

export function GraphPage() {
  const { t, i18n } = useTranslation()
  const label = useLabel()
  const { data: meta } = useMeta()
  const [search, setSearch] = useViewSearch()
  const filters = filtersOf(search)
  const choices = graphChoicesOf(search)
  const [focus, setFocus] = useState<GraphFocus>(NO_FOCUS)
  const [candidate, setCandidate] = useState<string | undefined>(undefined)
  const [announcement, setAnnouncement] = useState('')
  const [arrangeRequest, setArrangeRequest] = useState(0)
  const [panelTakesFocus, setPanelTakesFocus] = useState(true)
  const cyRef = useRef<Core | null>(null)
  const [openKeys, setOpenKeys] = useState<string[]>([])
  const grouped = search.grouped === undefined ? undefined : search.grouped === 'true'
  const data = useGraphData(filters, search.year, choices, grouped, openKeys)
  const { model, view, neighbours } = data
  /** Opens one group at a time (ADR 0013) and says which one it folded: the canvas alone would not tell. */
  const toggleGroup = (key: string) => {
    const next = toggledOpenKeys(openKeys, key)
    const nameOf = (k: string) => {
      const name = data.groupNames.get(k)
      return name ? label(name) : k
    }
    const folded = foldedKeys(openKeys, next).map(nameOf)
    setOpenKeys(next)
    if (!next.includes(key)) setAnnouncement(t('graph.groupClosed', { name: nameOf(key) }))
    else if (folded.length === 0) setAnnouncement(t('graph.groupOpened', { name: nameOf(key) }))
    else setAnnouncement(t('graph.groupSwitched', { name: nameOf(key), closed: folded.join(', ') }))
  }

  const nodeById = useMemo(() => new Map(model?.nodes.map((n) => [n.id, n])), [model])
  const typeLabel = (type: string) => {
    const term = meta?.taxonomies.actorTypes.find((entry) => entry.id === type)
    return term ? label(term.label) : type
  }
  const describe = (id: string) => {
    const node = nodeById.get(id)
    const partners = t('graph.partners', { count: neighbours?.get(id)?.size ?? 0 })
    const name = node?.name ?? id
    return node?.communityName
      ? t('graph.announce', { name, partners, community: label(node.communityName) })
      : t('graph.announceNoCommunity', { name, partners })
  }

  const selectActor = (id: string, how: 'pointer' | 'keyboard' = 'pointer') => {
    setCandidate(undefined)
    const group = groupKeyOf(id)
    if (group !== undefined) {
      toggleGroup(group)
      return
    }
    setPanelTakesFocus(how === 'pointer')
    void setSearch((current) => ({ ...current, actor: id }), { replace: how === 'keyboard' })
    if (how === 'keyboard') setAnnouncement(t('graph.selected', { name: describe(id) }))
  }
  const setYear = (year: number | undefined) =>
    void setSearch((current) => ({ ...current, year }), { replace: true })

  const onCanvasKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const cy = cyRef.current
    if (!cy || !neighbours || event.target !== event.currentTarget) return
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key] as
      1 | -1 | undefined
    const from = search.actor && view?.nodeIds.has(search.actor) ? search.actor : undefined
    if (event.key === 'Home' || ((step || event.key === 'Enter') && !from)) {
      event.preventDefault()
      const start = mostConnected(neighbours)
      if (start) selectActor(start, 'keyboard')
    } else if (step && from) {
      event.preventDefault()
      const positionOf = (id: string) => {
        const node = cy.getElementById(id)
        return node.nonempty() ? node.position() : undefined
      }
      const order = partnersClockwise(from, neighbours.get(from), positionOf)
      const next = stepThrough(order, candidate, step)
      if (!next) {
        setAnnouncement(t('graph.noPartners', { name: nodeById.get(from)?.name ?? from }))
        return
      }
      setCandidate(next)
      setAnnouncement(describe(next))
    } else if (event.key === 'Enter' && candidate) {
      event.preventDefault()
      selectActor(candidate, 'keyboard')
      const node = cy.getElementById(candidate)
      if (node.nonempty()) cy.animate({ center: { eles: node } }, { duration: 300 })
    } else if (event.key === 'Escape') {
      setCandidate(undefined)
    } else if (event.key === '+' || event.key === '-') {
      event.preventDefault()
      const factor = event.key === '+' ? 1.4 : 1 / 1.4
      cy.zoom({
        level: cy.zoom() * factor,
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      })
    }
  }

  const tableRows = useMemo<GraphTableRow[]>(
    () =>
      (model?.nodes ?? [])
        .filter((node) => view?.nodeIds.has(node.id) && groupKeyOf(node.id) === undefined)
        .map((node) => ({
          id: node.id,
          name: node.name,
          type: typeLabel(node.type),
          partners: neighbours?.get(node.id)?.size ?? 0,
          betweenness: node.metrics.betweenness,
          pageRank: node.metrics.pageRank,
          brokerage: node.metrics.brokerage,
          community: node.communityName ? label(node.communityName) : '',
        })),
    // typeLabel and label change with the language and the meta, both read here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model, view, neighbours, meta, label],
  )
  const legendCommunities = useMemo(() => {
    const names = new Map(model?.nodes.map((n) => [n.community, n.communityName]))
    return [...(data.communityPalette ?? [])].map(([id, colour]) => ({
      id,
      colour,
      name: names.get(id) ? label(names.get(id)!) : String(id),
    }))
  }, [model, data.communityPalette, label])
  // A group node stands for its members: the grouped picture shows demo data when any member is a demo actor.
  const showsDemoActors = useMemo(
    () =>
      data.isGrouped
        ? (data.groups?.syntheticActors ?? 0) > 0
        : (model?.nodes ?? []).some((node) => node.synthetic && view?.nodeIds.has(node.id)),
    [data.isGrouped, data.groups, model, view],
  )
  const tieTypes = useMemo(() => new Set(model?.edges.map((edge) => edge.type)), [model])
  const problem = data.error instanceof ApiProblem ? data.error.problem : undefined
  const focusSize = focus.kind === 'none' ? 0 : focus.actorIds.length

  return (
    <div className="graph-view">
      <h1 className="graph-heading">{t('graph.heading')}</h1>
      <DemoBanner showsDemoActors={showsDemoActors} />
      <FilterColumn>
        <div className="graph-body">
          <GraphToolbar
            choices={choices}
            onChange={(change) => void setSearch((current) => ({ ...current, ...change }))}
            canArrangeFocus={focusSize > 0 && focusSize <= FCOSE_MAX_NODES}
            onArrangeFocus={() => setArrangeRequest((n) => n + 1)}
            isGrouped={data.isGrouped}
            onGroupedChange={(on) => {
              setOpenKeys([])
              void setSearch((current) => ({ ...current, grouped: on ? 'true' : 'false' }))
            }}
            shown={view ? { actors: view.nodeIds.size, ties: view.edgeIds.size } : undefined}
            year={search.year}
          />
          {data.isComputing && <p role="status">{t('graph.computing')}</p>}
          {data.isGrouped && data.groups && (
            <p>
              {t('graph.groupedNote', {
                actors: data.groups.actors.toLocaleString(i18n.language),
                groups: data.groups.groups.key.length.toLocaleString(i18n.language),
              })}
              {data.expandedIsLoading && ` ${t('graph.expandedLoading')}`}
            </p>
          )}
          <div className="graph-layout">
            <section className="graph-main" aria-label={t('graph.canvasRegion')}>
              {data.error ? (
                <p role="alert">
                  {t('graph.loadFailed', {
                    detail: problem ? (problem.detail ?? problem.title) : data.error.message,
                  })}
                </p>
              ) : model && data.positions && data.sizes && data.colours && view ? (
                <GraphCanvas
                  key={choices.webgl ? 'webgl' : 'canvas'}
                  webgl={choices.webgl}
                  model={model}
                  positions={data.positions}
                  layout={choices.layout}
                  view={view}
                  sizes={data.sizes}
                  colours={data.colours}
                  focus={focus}
                  selectedId={search.actor}
                  candidateId={candidate}
                  arrangeFocusRequest={arrangeRequest}
                  canvasLabel={t('graph.canvas')}
                  ringLabel={t('graph.ringLabel')}
                  onSelect={(id) => selectActor(id)}
                  onExpandGroup={toggleGroup}
                  onKeyDown={onCanvasKey}
                  onReady={(cy) => (cyRef.current = cy)}
                />
              ) : (
                <p role="status">{t('graph.loading')}</p>
              )}
            </section>
            <div className="graph-side">
              <ExploreTools
                focus={focus}
                onFocusChange={setFocus}
                onSelectActor={(id) => selectActor(id)}
                year={search.year}
                onYearChange={setYear}
              />
              {search.actor && (
                <ActorDetailPanel
                  id={search.actor}
                  takeFocus={panelTakesFocus}
                  onClose={() => void setSearch((current) => ({ ...current, actor: undefined }))}
                >
                  <GraphActorMetrics node={nodeById.get(search.actor)} />
                </ActorDetailPanel>
              )}
            </div>
          </div>
          <p
            className="visually-hidden"
            role="status"
            aria-live="polite"
            data-testid="graph-announcer"
          >
            {announcement}
          </p>
          <GraphPictureButtons
            cy={() => cyRef.current}
            choices={choices}
            communities={legendCommunities.filter((c) => c.colour !== OTHER_COMMUNITY_COLOUR)}
          />
          <GraphLegend choices={choices} communities={legendCommunities} tieTypes={tieTypes} />
          {data.isGrouped && data.groups && (
            <GraphGroupTable groups={data.groups} openKeys={openKeys} onToggle={toggleGroup} />
          )}
          <GraphTable
            rows={tableRows}
            selectedId={search.actor}
            onSelect={(id) => selectActor(id)}
          />
        </div>
      </FilterColumn>
    </div>
  )
}
