/** The accessible table of actors for the current filters, a page at a time; names open the details. */
import type { ActorSummary, Filters } from '@netzwerkatlas/shared'
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useLabel, useMeta } from '../shell/use-meta.ts'
import { useActorList } from './use-actors.ts'
import { placeLabel } from './place-label.ts'

export function ActorTable({ filters }: { filters: Filters }) {
  const { t } = useTranslation()
  const label = useLabel()
  const { data: meta } = useMeta()
  const list = useActorList(filters)
  const actors = list.data?.pages.flatMap((page) => page.items) ?? []
  const total = list.data?.pages[0]?.total
  const typeLabel = (actor: ActorSummary) => {
    const term = meta?.taxonomies.actorTypes.find((type) => type.id === actor.type)
    return term ? label(term.label) : actor.type
  }
  const topicLabels = (actor: ActorSummary) =>
    actor.topics
      .map((topic) => meta?.taxonomies.topics.find((term) => term.id === topic))
      .map((term, index) => (term ? label(term.label) : actor.topics[index]))
      .join(', ')

  return (
    <section className="actor-list" aria-labelledby="actor-list-heading">
      <div className="list-heading">
        <h2 id="actor-list-heading">{t('actors.heading')}</h2>
        <p role="status" aria-live="polite">
          {list.isPending
            ? t('app.loading')
            : total !== undefined && t('actors.count', { count: total })}
        </p>
      </div>
      {list.isError && (
        <p role="alert">
          {t('app.error')}{' '}
          <button type="button" onClick={() => void list.refetch()}>
            {t('app.retry')}
          </button>
        </p>
      )}
      {list.isSuccess && actors.length === 0 && <p>{t('actors.none')}</p>}
      {actors.length > 0 && (
        // A focusable region, so keyboard users can scroll the table sideways on narrow screens.
        <div
          className="table-scroll"
          role="region"
          aria-labelledby="actor-list-heading"
          tabIndex={0}
        >
          <table>
            <caption>{t('actors.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('actors.name')}</th>
                <th scope="col">{t('actors.type')}</th>
                <th scope="col">{t('actors.topics')}</th>
                <th scope="col">{t('actors.place')}</th>
              </tr>
            </thead>
            <tbody>
              {actors.map((actor) => (
                <tr key={actor.id}>
                  <th scope="row">
                    <Link
                      to="."
                      search={(previous: Record<string, unknown>) => ({
                        ...previous,
                        actor: actor.id,
                      })}
                    >
                      {actor.name}
                    </Link>
                    {actor.synthetic && <span className="badge">{t('demo.badge')}</span>}
                  </th>
                  <td>{typeLabel(actor)}</td>
                  <td>{topicLabels(actor)}</td>
                  <td>{placeLabel(actor, meta?.districts, t('actors.placeUnknown'))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.hasNextPage && (
        <button
          type="button"
          onClick={() => void list.fetchNextPage()}
          disabled={list.isFetchingNextPage}
        >
          {t('actors.more')}
        </button>
      )}
    </section>
  )
}
