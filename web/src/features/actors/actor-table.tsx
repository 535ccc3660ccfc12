/**
 * The accessible table of actors for the current filters and order, a page at a time ("50 von 2.821"); names
 * open the details. Record texts (names, places) are German and say so with `lang="de"`.
 */
import type { ActorSort, ActorSummary } from '@netzwerkatlas/shared'
import type { UseInfiniteQueryResult, InfiniteData } from '@tanstack/react-query'
import type { ActorListResponse } from '@netzwerkatlas/shared'
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { ApiProblem } from '../../api/client.ts'
import { useLabel, useMeta } from '../../api/use-meta.ts'
import { placeLabel } from '../../actor-panel/place-label.ts'
import { sortChoiceOf, SortSelect } from './sort-select.tsx'

type ActorList = UseInfiniteQueryResult<InfiniteData<ActorListResponse>>

export function ActorTable({
  list,
  sort,
  onOpen,
}: {
  list: ActorList
  sort: ActorSort | undefined
  onOpen: (id: string) => void
}) {
  const { t } = useTranslation()
  const label = useLabel()
  const { data: meta } = useMeta()
  const actors = list.data?.pages.flatMap((page) => page.items) ?? []
  const total = list.data?.pages[0]?.total
  const archived = meta?.counts.archived.actors ?? 0
  const placeUnknown = t('actors.placeUnknown')
  const PlaceCell = ({ text }: { text: string }) => (
    <td lang={text === placeUnknown ? undefined : 'de'}>{text}</td>
  )
  const typeLabel = (actor: ActorSummary) => {
    const term = meta?.taxonomies.actorTypes.find((type) => type.id === actor.type)
    return term ? label(term.label) : actor.type
  }
  const topicLabels = (actor: ActorSummary) =>
    actor.topics
      .map((topic) => meta?.taxonomies.topics.find((term) => term.id === topic))
      .map((term, index) => (term ? label(term.label) : actor.topics[index]))
      .join(', ')
  const ariaSort = (field: ActorSort['field']) =>
    (sort?.field ?? 'name') === field
      ? sort?.descending
        ? ('descending' as const)
        : ('ascending' as const)
      : undefined

  return (
    <section className="actor-list" aria-labelledby="actor-list-heading">
      <div className="list-heading">
        <h2 id="actor-list-heading">{t('actors.heading')}</h2>
        <p role="status" aria-live="polite">
          {list.isPending
            ? t('app.loading')
            : total !== undefined && t('actors.shownOf', { shown: actors.length, total })}
        </p>
        <SortSelect />
      </div>
      {archived > 0 && <p className="archived-note">{t('actors.archived', { count: archived })}</p>}
      {list.isError && (
        <p role="alert">
          {t('app.error')}
          {list.error instanceof ApiProblem && ` ${list.error.message}`}{' '}
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
            <caption>
              {t('actors.tableCaption', { order: t(`sort.${sortChoiceOf(sort)}`) })}
            </caption>
            <thead>
              <tr>
                <th scope="col" aria-sort={ariaSort('name')}>
                  {t('actors.name')}
                </th>
                <th scope="col" aria-sort={ariaSort('type')}>
                  {t('actors.type')}
                </th>
                <th scope="col">{t('actors.topics')}</th>
                <th scope="col" aria-sort={ariaSort('place')}>
                  {t('actors.place')}
                </th>
              </tr>
            </thead>
            <tbody>
              {actors.map((actor) => (
                <tr key={actor.id}>
                  <th scope="row">
                    <Link
                      to="."
                      lang="de"
                      data-actor-link={actor.id}
                      onClick={() => onOpen(actor.id)}
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
                  <PlaceCell text={placeLabel(actor, meta?.districts, placeUnknown)} />
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
