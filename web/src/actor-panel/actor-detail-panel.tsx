/**
 * The selected actor: what it is, where, its connections and where the data comes from. A dialog-like
 * region that takes focus when opened and can be closed with its button or Escape.
 */
import type { ActorDetailResponse } from '@netzwerkatlas/shared'
import { Link } from '@tanstack/react-router'
import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiProblem } from '../api/client.ts'
import { useLabel, useMeta } from '../api/use-meta.ts'
import { ActorFacts } from './actor-facts.tsx'
import { useActorDetail } from './use-actor-detail.ts'

interface ActorDetailPanelProps {
  id: string
  onClose: () => void
  /** Move focus to the heading once loaded (default). Off while the map's keyboard moves the selection. */
  takeFocus?: boolean
  /** View-specific additions below the relationships (the map lists partners without a place). */
  children?: ReactNode
}

export function ActorDetailPanel({
  id,
  onClose,
  takeFocus = true,
  children,
}: ActorDetailPanelProps) {
  const { t } = useTranslation()
  const detail = useActorDetail(id)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const close = onClose
  const problem = detail.error instanceof ApiProblem ? detail.error.problem : undefined

  useEffect(() => {
    if (detail.data && takeFocus) headingRef.current?.focus()
  }, [detail.data, takeFocus])

  return (
    <aside
      className="detail-panel"
      aria-labelledby="detail-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') close()
      }}
    >
      <div className="detail-header">
        <h2
          id="detail-heading"
          ref={headingRef}
          tabIndex={-1}
          lang={detail.data ? 'de' : undefined}
        >
          {detail.data?.actor.name ?? t('detail.heading')}
        </h2>
        <button type="button" className="secondary" onClick={close}>
          {t('detail.close')}
        </button>
      </div>
      {detail.isPending && <p role="status">{t('app.loading')}</p>}
      {detail.isError && (
        <p role="alert">
          {problem?.status === 404
            ? t('detail.notFound')
            : t('detail.loadFailed', {
                detail: problem ? (problem.detail ?? problem.title) : detail.error.message,
              })}
        </p>
      )}
      {detail.data && (
        <>
          <ActorFacts actor={detail.data.actor} place={detail.data.place} />
          <Connections detail={detail.data} />
          {children}
        </>
      )}
    </aside>
  )
}

function Connections({ detail }: { detail: ActorDetailResponse }) {
  const { t } = useTranslation()
  const label = useLabel()
  const { data: meta } = useMeta()
  const names = new Map(detail.neighbours.map((neighbour) => [neighbour.id, neighbour.name]))
  const typeLabel = (type: string) => {
    const term = meta?.taxonomies.relationshipTypes.find((entry) => entry.id === type)
    return term ? label(term.label) : type
  }
  return (
    <section aria-labelledby="connections-heading">
      <h3 id="connections-heading">{t('detail.relationships')}</h3>
      {detail.relationships.length === 0 ? (
        <p>{t('detail.noRelationships')}</p>
      ) : (
        <ul className="connections">
          {detail.relationships.map((relationship) => {
            const isOutgoing = relationship.sourceId === detail.actor.id
            const otherId = isOutgoing ? relationship.targetId : relationship.sourceId
            const link = (
              <Link
                to="."
                lang="de"
                search={(previous: Record<string, unknown>) => ({ ...previous, actor: otherId })}
              >
                {names.get(otherId) ?? otherId}
              </Link>
            )
            const type = typeLabel(relationship.type)
            return (
              <li key={relationship.id}>
                {!relationship.directed ? (
                  <>
                    {type}: {link}
                  </>
                ) : isOutgoing ? (
                  <>
                    {type} → {link}
                  </>
                ) : (
                  <>
                    {link} → {type}
                  </>
                )}
                {relationship.since && (
                  <span className="since"> ({relationship.since.slice(0, 4)})</span>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
