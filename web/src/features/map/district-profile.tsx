/**
 * One district's profile: its figures, counts by type and topic, the most connected actors (links open them)
 * and the neighbouring districts with the ties they share (links open their profiles).
 */
import type { DistrictFigures } from '@netzwerkatlas/shared'
import { Link } from '@tanstack/react-router'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useLabel, useMeta } from '../../api/use-meta.ts'
import { formatMetric } from './format-metric.ts'

interface Props {
  district: DistrictFigures
  /** Opened by a click here: focus the heading. Opened by the URL (a link, a reload, the filter): leave focus. */
  takeFocus: boolean
  onOpenDistrict: (ags: string) => void
  onClose: () => void
}

export function DistrictProfile({ district, takeFocus, onOpenDistrict, onClose }: Props) {
  const { t, i18n } = useTranslation()
  const label = useLabel()
  const { data: meta } = useMeta()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (takeFocus) headingRef.current?.focus()
  }, [district.ags, takeFocus])
  const termLabel = (list: 'actorTypes' | 'topics', id: string) => {
    const term = meta?.taxonomies[list].find((entry) => entry.id === id)
    return term ? label(term.label) : id
  }
  return (
    <aside
      className="detail-panel district-profile"
      aria-labelledby="district-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose()
      }}
    >
      <div className="detail-header">
        <h2 id="district-heading" ref={headingRef} tabIndex={-1}>
          {t('map.profile')}: <span lang="de">{district.name}</span>
        </h2>
        <button type="button" className="secondary" onClick={onClose}>
          {t('map.closeProfile')}
        </button>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('map.actors')}</dt>
          <dd>{district.actors}</dd>
        </div>
        <div>
          <dt>{t('map.metricDensity')}</dt>
          <dd>{formatMetric(district.actorsPer100k, 'density', i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('map.metricCrossBorder')}</dt>
          <dd>
            {formatMetric(district.crossBorderShare, 'crossBorder', i18n.language)} (
            {district.crossBorder} / {district.relationships})
          </dd>
        </div>
      </dl>
      <h3>{t('map.byType')}</h3>
      <ul>
        {district.byType.map((entry) => (
          <li key={entry.id}>
            {termLabel('actorTypes', entry.id)}: {entry.count}
          </li>
        ))}
      </ul>
      <h3>{t('map.byTopic')}</h3>
      <ul>
        {district.byTopic.map((entry) => (
          <li key={entry.id}>
            {termLabel('topics', entry.id)}: {entry.count}
          </li>
        ))}
      </ul>
      <h3>{t('map.mostConnected')}</h3>
      <ol>
        {district.mostConnected.map((actor) => (
          <li key={actor.id}>
            <Link
              to="."
              lang="de"
              search={(previous: Record<string, unknown>) => ({ ...previous, actor: actor.id })}
            >
              {actor.name}
            </Link>{' '}
            ({t('map.connections', { count: actor.relationships })})
          </li>
        ))}
      </ol>
      <h3>{t('map.neighbours')}</h3>
      <ul>
        {district.neighbours.map((neighbour) => (
          <li key={neighbour.ags}>
            <button
              type="button"
              className="link-button"
              onClick={() => onOpenDistrict(neighbour.ags)}
            >
              <span lang="de">{neighbour.name}</span>
            </button>
            : {t('map.sharedTies', { count: neighbour.sharedRelationships })}
          </li>
        ))}
      </ul>
    </aside>
  )
}
