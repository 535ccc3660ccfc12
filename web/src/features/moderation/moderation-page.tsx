/**
 * /moderation (coordinators): pending actors with their possible duplicates and how similar each is, and
 * proposed relationships; accept publishes, reject asks for a reason first, merge asks which existing actor the
 * entry goes into (ADR 0020). Each verdict sends the version the coordinator saw (If-Match), so a changed entry
 * is not judged unseen.
 */
import { actorTypes, relationshipTypes, type Actor } from '@netzwerkatlas/shared'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import {
  moderationQueueQuery,
  myKeys,
  type ModerationQueue,
} from '../../api/contribution-queries.ts'
import { useSession, useWrite } from '../../api/session.ts'
import { useLabel } from '../../api/use-meta.ts'
import { FormField } from '../../ui/form-field.tsx'

interface Verdict {
  path: string
  version: number
  name: string
}

function RejectForm({
  verdict,
  onSend,
  onCancel,
}: {
  verdict: Verdict
  onSend: (reason: string) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>()
  function submit(event: FormEvent) {
    event.preventDefault()
    if (reason.trim() === '') return setError(t('contribute.moderation.reasonMissing'))
    onSend(reason.trim())
  }
  return (
    <form
      className="entry-form"
      aria-label={t('contribute.moderation.rejectActor', { name: verdict.name })}
      onSubmit={submit}
      noValidate
    >
      <FormField
        label={t('contribute.moderation.reason')}
        hint={t('contribute.moderation.reasonHint')}
        error={error}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </FormField>
      <div className="form-buttons">
        <button type="submit">{t('contribute.moderation.sendReject')}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('contribute.entries.cancel')}
        </button>
      </div>
    </form>
  )
}

function VerdictButtons({
  verdict,
  acceptLabel,
  rejectLabel,
  onDone,
}: {
  verdict: Verdict
  acceptLabel: string
  rejectLabel: string
  onDone: (message: string) => void
}) {
  const { t } = useTranslation()
  const write = useWrite()
  const [isRejecting, setRejecting] = useState(false)
  async function send(action: 'accept' | 'reject', reason?: string) {
    try {
      await write(
        {
          method: 'POST',
          path: `${verdict.path}/${action}`,
          version: verdict.version,
          body: reason === undefined ? undefined : { reason },
        },
        z.unknown(),
      )
      onDone(
        t(
          action === 'accept' ? 'contribute.moderation.accepted' : 'contribute.moderation.rejected',
          {
            name: verdict.name,
          },
        ),
      )
    } catch (error) {
      onDone(t('contribute.entries.failed', { detail: (error as Error).message }))
    }
  }
  if (isRejecting)
    return (
      <RejectForm
        verdict={verdict}
        onSend={(reason) => void send('reject', reason)}
        onCancel={() => setRejecting(false)}
      />
    )
  return (
    <div className="form-buttons">
      <button type="button" aria-label={acceptLabel} onClick={() => void send('accept')}>
        {t('contribute.moderation.accept')}
      </button>
      <button
        type="button"
        className="secondary"
        aria-label={rejectLabel}
        onClick={() => setRejecting(true)}
      >
        {t('contribute.moderation.reject')}
      </button>
    </div>
  )
}

type Duplicate = ModerationQueue['actors'][number]['possibleDuplicates'][number]

/**
 * Which existing actor the pending entry goes into, and whether its owners come along. Nothing is chosen at
 * first: the most similar name is not always the same organisation, so the coordinator picks one on purpose.
 */
function MergeForm({
  actor,
  duplicates,
  onDone,
  onCancel,
}: {
  actor: Actor
  duplicates: readonly Duplicate[]
  onDone: (message: string) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const write = useWrite()
  const id = useId()
  const [intoId, setIntoId] = useState<string | undefined>()
  const [transferOwners, setTransferOwners] = useState(false)
  const [error, setError] = useState<string | undefined>()
  async function submit(event: FormEvent) {
    event.preventDefault()
    const into = duplicates.find((duplicate) => duplicate.id === intoId)
    if (!into) return setError(t('contribute.moderation.mergeTargetMissing'))
    try {
      await write(
        {
          method: 'POST',
          path: `/api/moderation/actors/${encodeURIComponent(actor.id)}/merge`,
          version: actor.version,
          body: { into: into.id, transferOwners },
        },
        z.unknown(),
      )
      onDone(t('contribute.moderation.merged', { name: actor.name, target: into.name }))
    } catch (failure) {
      onDone(t('contribute.entries.failed', { detail: (failure as Error).message }))
    }
  }
  return (
    <form
      className="entry-form"
      aria-label={t('contribute.moderation.mergeActor', { name: actor.name })}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <fieldset aria-describedby={[error && `${id}-error`, `${id}-hint`].filter(Boolean).join(' ')}>
        <legend>{t('contribute.moderation.mergeLegend', { name: actor.name })}</legend>
        {duplicates.map((duplicate) => (
          <label key={duplicate.id} className="check-option">
            <input
              type="radio"
              name={`${id}-into`}
              value={duplicate.id}
              checked={intoId === duplicate.id}
              onChange={() => {
                setIntoId(duplicate.id)
                setError(undefined)
              }}
            />{' '}
            {duplicate.name}
          </label>
        ))}
        <div id={`${id}-hint`} className="hint">
          {t('contribute.moderation.mergeHint')}
        </div>
        {error && (
          <div id={`${id}-error`} className="field-error">
            {error}
          </div>
        )}
      </fieldset>
      <label className="check-option">
        <input
          type="checkbox"
          checked={transferOwners}
          aria-describedby={`${id}-owners-hint`}
          onChange={(event) => setTransferOwners(event.target.checked)}
        />{' '}
        {t('contribute.moderation.transferOwners')}
      </label>
      <div id={`${id}-owners-hint`} className="hint">
        {t('contribute.moderation.transferOwnersHint')}
      </div>
      <div className="form-buttons">
        <button type="submit">{t('contribute.moderation.confirmMerge')}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('contribute.entries.cancel')}
        </button>
      </div>
    </form>
  )
}

function PendingActor({
  item,
  onDone,
}: {
  item: ModerationQueue['actors'][number]
  onDone: (message: string) => void
}) {
  const { t } = useTranslation()
  const label = useLabel()
  const actor: Actor = item.actor
  const [isMerging, setMerging] = useState(false)
  return (
    <li className="queue-item">
      <h4>{actor.name}</h4>
      <p>
        {label(actorTypes.labels[actor.type])}
        {actor.address?.city && ` · ${actor.address.city}`}
      </p>
      {actor.description && <p>{actor.description}</p>}
      <h5>{t('contribute.moderation.duplicates')}</h5>
      {item.possibleDuplicates.length === 0 ? (
        <p>{t('contribute.moderation.noDuplicates')}</p>
      ) : (
        <ul aria-label={t('contribute.moderation.duplicates')}>
          {item.possibleDuplicates.map((duplicate) => (
            <li key={duplicate.id}>
              <Link to="/" search={{ actor: duplicate.id }}>
                {duplicate.name}
              </Link>{' '}
              (
              {t('contribute.moderation.similarity', {
                percent: Math.round(duplicate.similarity * 100),
              })}
              )
            </li>
          ))}
        </ul>
      )}
      {isMerging ? (
        <MergeForm
          actor={actor}
          duplicates={item.possibleDuplicates}
          onDone={onDone}
          onCancel={() => setMerging(false)}
        />
      ) : (
        <>
          <VerdictButtons
            verdict={{
              path: `/api/moderation/actors/${actor.id}`,
              version: actor.version,
              name: actor.name,
            }}
            acceptLabel={t('contribute.moderation.acceptActor', { name: actor.name })}
            rejectLabel={t('contribute.moderation.rejectActor', { name: actor.name })}
            onDone={onDone}
          />
          {item.possibleDuplicates.length > 0 && (
            <button
              type="button"
              className="secondary"
              aria-label={t('contribute.moderation.mergeActor', { name: actor.name })}
              onClick={() => setMerging(true)}
            >
              {t('contribute.moderation.merge')}
            </button>
          )}
        </>
      )}
    </li>
  )
}

export function ModerationPage() {
  const { t } = useTranslation()
  const label = useLabel()
  const session = useSession()
  const isModerator =
    session.data?.user.role === 'coordinator' || session.data?.user.role === 'admin'
  const queue = useQuery({ ...moderationQueueQuery(), enabled: isModerator })
  const queryClient = useQueryClient()
  const [announcement, setAnnouncement] = useState('')
  async function done(message: string) {
    setAnnouncement(message)
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: myKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['actors'] }),
    ])
  }

  if (session.isPending) return <p>{t('app.loading')}</p>
  return (
    <section className="contribute-page" aria-labelledby="moderation-heading">
      <h2 id="moderation-heading">{t('contribute.moderation.heading')}</h2>
      {!session.data ? (
        <p>
          <Link to="/anmelden" search={{ next: '/moderation' }}>
            {t('contribute.account.signIn')}
          </Link>
        </p>
      ) : !isModerator ? (
        <p>{t('contribute.moderation.onlyModerators')}</p>
      ) : (
        <>
          <p>{t('contribute.moderation.intro')}</p>
          <p role="status" className="announcement">
            {announcement}
          </p>
          {queue.isPending && <p>{t('app.loading')}</p>}
          {queue.data && (
            <>
              <section aria-labelledby="pending-actors-heading">
                <h3 id="pending-actors-heading">{t('contribute.moderation.pendingActors')}</h3>
                {queue.data.actors.length === 0 ? (
                  <p>{t('contribute.moderation.nothingPending')}</p>
                ) : (
                  <ul className="queue-list">
                    {queue.data.actors.map((item) => (
                      <PendingActor
                        key={item.actor.id}
                        item={item}
                        onDone={(message) => void done(message)}
                      />
                    ))}
                  </ul>
                )}
              </section>
              <section aria-labelledby="pending-relationships-heading">
                <h3 id="pending-relationships-heading">
                  {t('contribute.moderation.pendingRelationships')}
                </h3>
                {queue.data.relationships.length === 0 ? (
                  <p>{t('contribute.moderation.nothingPending')}</p>
                ) : (
                  <ul className="queue-list">
                    {queue.data.relationships.map((relationship) => {
                      const names = {
                        source: relationship.sourceName,
                        target: relationship.targetName,
                      }
                      return (
                        <li key={relationship.id} className="queue-item">
                          <h4>{t('contribute.entries.between', names)}</h4>
                          <p>
                            {label(relationshipTypes.labels[relationship.type])} ·{' '}
                            {t(
                              `contribute.entries.confirmations.${(['none', 'one', 'both'] as const)[relationship.confirmedBy.length] ?? 'both'}`,
                            )}
                          </p>
                          <VerdictButtons
                            verdict={{
                              path: `/api/moderation/relationships/${relationship.id}`,
                              version: relationship.version,
                              name: t('contribute.entries.between', names),
                            }}
                            acceptLabel={t('contribute.moderation.acceptRelationship', names)}
                            rejectLabel={t('contribute.moderation.rejectRelationship', names)}
                            onDone={(message) => void done(message)}
                          />
                        </li>
                      )
                    })}
                  </ul>
                )}
              </section>
            </>
          )}
        </>
      )}
    </section>
  )
}
