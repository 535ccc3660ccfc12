/**
 * /meine-eintraege: the signed-in user's actors (pending, published, archived) with edit, archive, restore and
 * history, a form for a new one, and the relationships of those actors. Every change reloads the list and the
 * public views, and is announced in one status line.
 */
import { actorTypes, ActorSchema, type Actor } from '@netzwerkatlas/shared'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { myEntriesQuery, myKeys } from '../../api/contribution-queries.ts'
import { useSession, useWrite } from '../../api/session.ts'
import { useLabel } from '../../api/use-meta.ts'
import { ActorForm } from './actor-form.tsx'
import { RelationshipSection } from './relationship-section.tsx'

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; actor: Actor }

function ActorRows({
  actors,
  consentedActorIds,
  onEdit,
  onChanged,
}: {
  actors: Actor[]
  /** Entries whose contact is published with the user's consent: each offers to withdraw it. */
  consentedActorIds: ReadonlySet<string>
  onEdit: (actor: Actor) => void
  onChanged: (message: string) => void
}) {
  const { t } = useTranslation()
  const label = useLabel()
  const write = useWrite()
  const rowHeaderIdPrefix = useId()
  const rowHeaderId = (actor: Actor) => `${rowHeaderIdPrefix}-${actor.id}`
  /**
   * Archive, restore and withdraw remove the button that was pressed (the row shows other actions after it):
   * the focus goes to the row's name, so a keyboard or screen reader user stays at the entry, not at the page top.
   */
  const focusRowOf = (actor: Actor) => document.getElementById(rowHeaderId(actor))?.focus()
  async function step(actor: Actor, action: 'archive' | 'restore') {
    try {
      await write(
        { method: 'POST', path: `/api/actors/${actor.id}/${action}`, version: actor.version },
        ActorSchema,
      )
      focusRowOf(actor)
      onChanged(
        t(action === 'archive' ? 'contribute.entries.archived' : 'contribute.entries.restored', {
          name: actor.name,
        }),
      )
    } catch (error) {
      onChanged(t('contribute.entries.failed', { detail: (error as Error).message }))
    }
  }
  async function withdrawConsent(actor: Actor) {
    try {
      await write(
        { method: 'DELETE', path: `/api/actors/${actor.id}/contact-consent` },
        ActorSchema,
      )
      focusRowOf(actor)
      onChanged(t('contribute.entries.consentWithdrawn', { name: actor.name }))
    } catch (error) {
      onChanged(t('contribute.entries.failed', { detail: (error as Error).message }))
    }
  }
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t('contribute.entries.actors')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('contribute.fields.name')}</th>
            <th scope="col">{t('contribute.fields.type')}</th>
            <th scope="col">{t('contribute.fields.status')}</th>
            <th scope="col">{t('contribute.fields.version')}</th>
            <th scope="col">{t('contribute.entries.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {actors.map((actor) => (
            <tr key={actor.id}>
              <th scope="row" id={rowHeaderId(actor)} tabIndex={-1}>
                {actor.name}
              </th>
              <td>{label(actorTypes.labels[actor.type])}</td>
              <td>{t(`contribute.status.${actor.status}`)}</td>
              <td>{actor.version}</td>
              <td className="row-actions">
                {actor.status === 'archived' ? (
                  <button
                    type="button"
                    className="secondary"
                    aria-label={t('contribute.entries.restoreActor', { name: actor.name })}
                    onClick={() => void step(actor, 'restore')}
                  >
                    {t('contribute.entries.restore')}
                  </button>
                ) : (
                  <>
                    <button
                      type="button"
                      aria-label={t('contribute.entries.editActor', { name: actor.name })}
                      onClick={() => onEdit(actor)}
                    >
                      {t('contribute.entries.edit')}
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      aria-label={t('contribute.entries.archiveActor', { name: actor.name })}
                      onClick={() => void step(actor, 'archive')}
                    >
                      {t('contribute.entries.archive')}
                    </button>
                  </>
                )}
                {consentedActorIds.has(actor.id) && (
                  <button
                    type="button"
                    className="secondary"
                    aria-label={t('contribute.entries.withdrawConsentOf', { name: actor.name })}
                    onClick={() => void withdrawConsent(actor)}
                  >
                    {t('contribute.entries.withdrawConsent')}
                  </button>
                )}
                <Link
                  to="/verlauf/$entity/$id"
                  params={{ entity: 'akteur', id: actor.id }}
                  aria-label={t('contribute.entries.historyOf', { name: actor.name })}
                >
                  {t('contribute.entries.history')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function MyEntriesPage() {
  const { t } = useTranslation()
  const session = useSession()
  const signedIn = Boolean(session.data)
  const entries = useQuery({ ...myEntriesQuery(), enabled: signedIn })
  const queryClient = useQueryClient()
  const [editing, setEditing] = useState<Editing>({ kind: 'none' })
  const [announcement, setAnnouncement] = useState('')

  async function changed(message: string) {
    setAnnouncement(message)
    setEditing({ kind: 'none' })
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: myKeys.all }),
      // The public list, map and details show published changes at once.
      queryClient.invalidateQueries({ queryKey: ['actors'] }),
    ])
  }

  if (session.isPending) return <p>{t('app.loading')}</p>
  if (!signedIn) {
    return (
      <section className="contribute-page" aria-labelledby="my-entries-heading">
        <h2 id="my-entries-heading">{t('contribute.entries.heading')}</h2>
        <p>
          {t('contribute.entries.signInFirst')}{' '}
          <Link to="/anmelden" search={{ next: '/meine-eintraege' }}>
            {t('contribute.account.signIn')}
          </Link>
        </p>
      </section>
    )
  }
  return (
    <section className="contribute-page" aria-labelledby="my-entries-heading">
      <h2 id="my-entries-heading">{t('contribute.entries.heading')}</h2>
      <p>{t('contribute.entries.intro')}</p>
      <p role="status" className="announcement">
        {announcement}
      </p>
      <section aria-labelledby="my-actors-heading">
        <h3 id="my-actors-heading">{t('contribute.entries.actors')}</h3>
        {editing.kind === 'none' && (
          <button type="button" onClick={() => setEditing({ kind: 'new' })}>
            {t('contribute.entries.newActor')}
          </button>
        )}
        {editing.kind !== 'none' && (
          <ActorForm
            key={editing.kind === 'edit' ? editing.actor.id : 'new'}
            actor={editing.kind === 'edit' ? editing.actor : undefined}
            onCancel={() => setEditing({ kind: 'none' })}
            onSaved={(saved) =>
              void changed(
                editing.kind === 'edit'
                  ? t('contribute.entries.saved', { name: saved.name, version: saved.version })
                  : saved.status === 'pending'
                    ? t('contribute.entries.createdPending', { name: saved.name })
                    : t('contribute.entries.created', { name: saved.name }),
              )
            }
          />
        )}
        {entries.isPending ? (
          <p>{t('app.loading')}</p>
        ) : entries.data && entries.data.actors.length > 0 ? (
          <ActorRows
            actors={entries.data.actors}
            consentedActorIds={
              new Set(entries.data.contactConsents.map((consent) => consent.actorId))
            }
            onEdit={(actor) => setEditing({ kind: 'edit', actor })}
            onChanged={(message) => void changed(message)}
          />
        ) : (
          <p>{t('contribute.entries.noActors')}</p>
        )}
      </section>
      {entries.data && (
        <RelationshipSection
          entries={entries.data}
          onChanged={(message) => void changed(message)}
        />
      )}
    </section>
  )
}
