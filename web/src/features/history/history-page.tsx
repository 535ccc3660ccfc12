/**
 * /verlauf/akteur/{id} and /verlauf/verbindung/{id}: every version of a record, newest first, who made it and
 * when, a table of the fields it changed (before → after), where a merge went (or came from), and "Fassung N wiederherstellen", which stores that
 * version's facts as a new version (If-Match with the current version; a 412 reloads the history).
 */
import { ActorSchema, RelationshipSchema, type HistoryEntry } from '@netzwerkatlas/shared'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiProblem } from '../../api/client.ts'
import { historyQuery, myKeys, type HistoryEntity } from '../../api/contribution-queries.ts'
import { useSession, useWrite } from '../../api/session.ts'
import { useFieldValue } from './field-value.ts'

const ENTITY_OF_SEGMENT: Record<string, HistoryEntity> = {
  akteur: 'actors',
  verbindung: 'relationships',
}

function Author({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation()
  const { changedBy } = entry
  if (changedBy.isSelf) return <>{t('contribute.history.self')}</>
  if (changedBy.accountDeleted) return <>{t('contribute.history.deletedAccount')}</>
  if (changedBy.email) return <>{changedBy.email}</>
  if (changedBy.role)
    return (
      <>
        {t('contribute.history.someone', { role: t(`contribute.account.role.${changedBy.role}`) })}
      </>
    )
  return <>{t('contribute.history.system', { label: changedBy.system ?? '' })}</>
}

function ChangeTable({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation()
  const valueText = useFieldValue()
  if (entry.changes.length === 0) return <p>{t('contribute.history.noChanges')}</p>
  return (
    <div className="table-scroll">
      <table className="history-diff">
        <caption>{t('contribute.history.changesOf', { version: entry.version })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('contribute.history.field')}</th>
            <th scope="col">{t('contribute.history.before')}</th>
            <th scope="col">{t('contribute.history.after')}</th>
          </tr>
        </thead>
        <tbody>
          {entry.changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">{valueText.fieldLabel(change.field)}</th>
              <td className="diff-before">{valueText.of(change.field, change.before)}</td>
              <td className="diff-after">{valueText.of(change.field, change.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The other side of a merge (ADR 0020), linked to its history, so a reader can follow where the entry went. */
function MergeNote({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation()
  const other = (actor: { id: string; name: string }) => (
    <Link to="/verlauf/$entity/$id" params={{ entity: 'akteur', id: actor.id }}>
      {actor.name}
    </Link>
  )
  if (entry.mergedInto)
    return (
      <p>
        {t('contribute.history.mergedInto')} {other(entry.mergedInto)}
      </p>
    )
  if (entry.mergedFrom)
    return (
      <p>
        {other(entry.mergedFrom)} {t('contribute.history.mergedFrom')}
      </p>
    )
  return null
}

export function HistoryPage() {
  const { t, i18n } = useTranslation()
  const { entity: segment, id } = useParams({ from: '/shell/verlauf/$entity/$id' })
  const entity = ENTITY_OF_SEGMENT[segment] ?? 'actors'
  const history = useQuery(historyQuery(entity, id))
  const queryClient = useQueryClient()
  const write = useWrite()
  const session = useSession()
  const [announcement, setAnnouncement] = useState('')
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' })

  async function restore(version: number, currentVersion: number) {
    try {
      const { record } = await write(
        {
          method: 'POST',
          path: `/api/${entity}/${encodeURIComponent(id)}/revert`,
          body: { version },
          version: currentVersion,
        },
        entity === 'actors' ? ActorSchema : RelationshipSchema,
      )
      setAnnouncement(t('contribute.history.restored', { version, next: record.version }))
    } catch (error) {
      setAnnouncement(
        error instanceof ApiProblem && error.problem.status === 412
          ? t('contribute.history.conflict')
          : t('contribute.entries.failed', { detail: (error as Error).message }),
      )
    }
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: myKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['actors'] }),
    ])
  }

  const name = history.data?.entries.find((entry) =>
    entry.changes.some((change) => change.field === 'name'),
  )
  const title = name?.changes.find((change) => change.field === 'name')?.after
  const role = session.data?.user.role
  const isModerator = role === 'coordinator' || role === 'admin'
  return (
    <section className="contribute-page" aria-labelledby="history-heading">
      <h2 id="history-heading">
        {typeof title === 'string'
          ? t('contribute.history.headingOf', { name: title })
          : t('contribute.history.heading')}
      </h2>
      <p>{t('contribute.history.intro')}</p>
      <p>
        {/* Coordinators come here from the queue or the audit log; "my entries" would be the wrong way back. */}
        {isModerator ? (
          <Link to="/moderation">{t('contribute.history.backToModeration')}</Link>
        ) : (
          <Link to="/meine-eintraege">{t('contribute.history.back')}</Link>
        )}
      </p>
      <p role="status" className="announcement">
        {announcement}
      </p>
      {history.isPending && <p>{t('app.loading')}</p>}
      {history.error && (
        <p role="alert">
          {history.error instanceof ApiProblem && history.error.problem.status === 403
            ? t('contribute.history.forbidden')
            : t('contribute.entries.failed', { detail: history.error.message })}
        </p>
      )}
      {history.data && (
        <ol className="history-list">
          {history.data.entries.map((entry) => (
            <li key={entry.version}>
              <h3>
                {t('contribute.history.version', { version: entry.version })}:{' '}
                {t(`contribute.history.actions.${entry.action}`)}{' '}
                {entry.version === history.data.currentVersion && t('contribute.history.current')}
              </h3>
              <p>
                {when.format(new Date(entry.changedAt))} · <Author entry={entry} />
              </p>
              <MergeNote entry={entry} />
              <ChangeTable entry={entry} />
              {entry.version < history.data.currentVersion && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => void restore(entry.version, history.data.currentVersion)}
                >
                  {t('contribute.history.restoreVersion', { version: entry.version })}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
