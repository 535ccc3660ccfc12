/**
 * The explore tools beside the graph: ego network, path finder, communities, timeline and districts, each a
 * section that opens and closes (the APG accordion: a heading's button). A section is mounted when first
 * opened, so closed tools ask the API nothing, and stays mounted, so closing keeps what was typed. One polite
 * live region announces each tool's result.
 */
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useActorDetail } from '../../../actor-panel/use-actor-detail.ts'
import { useViewSearch } from '../../../view-state/use-view-search.ts'
import type { ExploreToolsProps } from '../graph-focus.ts'
import { Announcer } from './announcer.tsx'
import { CommunityList } from './community-list.tsx'
import { DistrictPanel } from './district-panel.tsx'
import { EgoNetwork } from './ego-network.tsx'
import { PathFinder } from './path-finder.tsx'
import { Timeline } from './timeline.tsx'
import './explore.css'

type Section = 'ego' | 'path' | 'communities' | 'timeline' | 'districts'

export function ExploreTools(props: ExploreToolsProps) {
  const { t } = useTranslation()
  const [search] = useViewSearch()
  const detail = useActorDetail(search.actor)
  const selected =
    search.actor && detail.data?.actor.id === search.actor
      ? { id: search.actor, name: detail.data.actor.name }
      : null
  const [open, setOpen] = useState<ReadonlySet<Section>>(() => new Set(['ego', 'path']))
  const [mounted, setMounted] = useState<ReadonlySet<Section>>(open)
  const toggle = (section: Section) => {
    const next = new Set(open)
    if (!next.delete(section)) next.add(section)
    setOpen(next)
    setMounted(new Set([...mounted, section]))
  }
  const section = (id: Section, body: ReactNode) => (
    <section className="explore-section" aria-labelledby={`explore-${id}-heading`}>
      <h2 id={`explore-${id}-heading`}>
        <button
          type="button"
          className="explore-disclosure"
          aria-expanded={open.has(id)}
          aria-controls={`explore-${id}`}
          onClick={() => toggle(id)}
        >
          <span className="chevron" aria-hidden="true" />
          {t(`explore.sections.${id}`)}
        </button>
      </h2>
      <div id={`explore-${id}`} className="explore-body" hidden={!open.has(id)}>
        {mounted.has(id) && body}
      </div>
    </section>
  )

  return (
    <Announcer>
      <div className="explore-tools" role="region" aria-label={t('explore.heading')}>
        {section('ego', <EgoNetwork actorId={search.actor} {...props} />)}
        {section('path', <PathFinder selected={selected} {...props} />)}
        {section('communities', <CommunityList {...props} />)}
        {section('timeline', <Timeline year={props.year} onYearChange={props.onYearChange} />)}
        {section('districts', <DistrictPanel />)}
      </div>
    </Announcer>
  )
}
