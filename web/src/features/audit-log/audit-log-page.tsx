/**
 * /protokoll (admins only): the audit log, newest first — who decided what about which account or entry, when:
 * accounts created and deleted, role changes, passwords set, and every moderation decision with its reason.
 */
import type { AuditLogEntry } from '@netzwerkatlas/shared'
import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { auditLogQuery } from '../../api/contribution-queries.ts'
import { useSession } from '../../api/session.ts'

const KNOWN_ACTIONS = [
  'account_created',
  'account_deleted',
  'role_changed',
  'password_set',
  'password_changed',
  'accept',
  'reject',
  'merge',
] as const
type KnownAction = (typeof KNOWN_ACTIONS)[number]
const isKnownAction = (action: string): action is KnownAction =>
  (KNOWN_ACTIONS as readonly string[]).includes(action)

/** What the detail says, in words: the reason of a rejection, a role change, where a merge went. */
function Detail({ entry }: { entry: AuditLogEntry }) {
  const { t } = useTranslation()
  const { detail } = entry
  const role = (value: unknown) =>
    value === 'actor' || value === 'coordinator' || value === 'admin'
      ? t(`contribute.account.role.${value}`)
      : String(value)
  if (typeof detail.reason === 'string')
    return <>{t('contribute.auditLog.reason', { reason: detail.reason })}</>
  if (entry.action === 'role_changed')
    return (
      <>{t('contribute.auditLog.roleChange', { from: role(detail.from), to: role(detail.to) })}</>
    )
  if (entry.action === 'account_created' && detail.role !== undefined)
    return <>{t('contribute.auditLog.roleGiven', { role: role(detail.role) })}</>
  if (typeof detail.into === 'string')
    return (
      <>
        {t('contribute.auditLog.mergedInto')}{' '}
        <Link to="/verlauf/$entity/$id" params={{ entity: 'akteur', id: detail.into }}>
          {entry.mergedIntoLabel ?? detail.into}
        </Link>
      </>
    )
  return Object.keys(detail).length === 0 ? null : <>{JSON.stringify(detail)}</>
}

function Subject({ entry }: { entry: AuditLogEntry }) {
  const { t } = useTranslation()
  const label = entry.subjectLabel ?? entry.subjectId
  if (entry.subjectType === 'user')
    return <>{entry.subjectLabel ?? t('contribute.auditLog.deletedAccount')}</>
  return (
    <Link
      to="/verlauf/$entity/$id"
      params={{
        entity: entry.subjectType === 'actor' ? 'akteur' : 'verbindung',
        id: entry.subjectId,
      }}
    >
      {label}
    </Link>
  )
}

function AuditLogPageOf({
  before,
  onMore,
}: {
  before: number | undefined
  onMore: (next: number) => void
}) {
  const { t, i18n } = useTranslation()
  const page = useQuery(auditLogQuery(before))
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' })
  if (page.isPending) return <p>{t('app.loading')}</p>
  if (page.error)
    return <p role="alert">{t('contribute.entries.failed', { detail: page.error.message })}</p>
  return (
    <>
      <div className="table-scroll">
        <table className="audit-log">
          <caption>{t('contribute.auditLog.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('contribute.auditLog.at')}</th>
              <th scope="col">{t('contribute.auditLog.by')}</th>
              <th scope="col">{t('contribute.auditLog.action')}</th>
              <th scope="col">{t('contribute.auditLog.subject')}</th>
              <th scope="col">{t('contribute.auditLog.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {page.data.entries.map((entry) => (
              <tr key={entry.id}>
                <td>{when.format(new Date(entry.at))}</td>
                <td>
                  {entry.by === 'self' || entry.by === 'cli'
                    ? t(`contribute.auditLog.byLabel.${entry.by}`)
                    : entry.by}
                </td>
                <td>
                  {isKnownAction(entry.action)
                    ? t(`contribute.auditLog.actions.${entry.action}`)
                    : entry.action}
                </td>
                <td>
                  <Subject entry={entry} />
                </td>
                <td>
                  <Detail entry={entry} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page.data.nextBefore !== null && (
        <button type="button" className="secondary" onClick={() => onMore(page.data.nextBefore!)}>
          {t('contribute.auditLog.older')}
        </button>
      )}
    </>
  )
}

export function AuditLogPage() {
  const { t } = useTranslation()
  const session = useSession()
  const [before, setBefore] = useState<number | undefined>()
  if (session.isPending) return <p>{t('app.loading')}</p>
  return (
    <section className="contribute-page" aria-labelledby="audit-log-heading">
      <h2 id="audit-log-heading">{t('contribute.auditLog.heading')}</h2>
      {!session.data ? (
        <p>
          <Link to="/anmelden" search={{ next: '/protokoll' }}>
            {t('contribute.account.signIn')}
          </Link>
        </p>
      ) : session.data.user.role !== 'admin' ? (
        <p>{t('contribute.auditLog.onlyAdmins')}</p>
      ) : (
        <>
          <p>{t('contribute.auditLog.intro')}</p>
          <AuditLogPageOf before={before} onMore={setBefore} />
          {before !== undefined && (
            <button type="button" className="secondary" onClick={() => setBefore(undefined)}>
              {t('contribute.auditLog.newest')}
            </button>
          )}
        </>
      )}
    </section>
  )
}
