/**
 * My relationships: each with whether one or both sides confirmed it, and the steps open to me (confirm for my
 * side, withdraw, restore, history); and the form proposing a new one from one of my actors.
 */
import {
  relationshipTypes,
  RelationshipSchema,
  type Actor,
  type MyEntriesResponse,
} from '@netzwerkatlas/shared'
import { Link } from '@tanstack/react-router'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { pointerProblemsOf } from '../../api/problem-pointers.ts'
import { useFieldErrorText } from './field-error-text.ts'
import { useWrite } from '../../api/session.ts'
import { useLabel } from '../../api/use-meta.ts'
import { FormField } from '../../ui/form-field.tsx'

type MyRelationship = MyEntriesResponse['relationships'][number]

function ProposeForm({ actors, onDone }: { actors: Actor[]; onDone: (message: string) => void }) {
  const { t } = useTranslation()
  const label = useLabel()
  const write = useWrite()
  const [sourceId, setSourceId] = useState(actors[0]?.id ?? '')
  const [targetId, setTargetId] = useState('')
  const [type, setType] = useState<MyRelationship['type']>('partnership')
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({})
  const fieldErrorText = useFieldErrorText()

  async function submit(event: FormEvent) {
    event.preventDefault()
    setErrors({})
    try {
      await write(
        {
          method: 'POST',
          path: '/api/relationships',
          body: { sourceId, targetId: targetId.trim(), type },
        },
        RelationshipSchema,
      )
      setTargetId('')
      onDone(t('contribute.entries.proposed'))
    } catch (error) {
      const byPointer: Partial<Record<string, string>> = {}
      for (const [pointer, problem] of Object.entries(pointerProblemsOf(error)))
        if (problem) byPointer[pointer] = fieldErrorText(pointer.slice(2), problem)
      setErrors(
        Object.keys(byPointer).length > 0
          ? byPointer
          : { '#/': t('contribute.entries.failed', { detail: (error as Error).message }) },
      )
    }
  }

  const invalid = (pointer: string) => errors[pointer]
  return (
    <form
      className="entry-form"
      aria-labelledby="propose-heading"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3 id="propose-heading">{t('contribute.entries.proposeHeading')}</h3>
      <div role="alert" className="form-alert">
        {errors['#/']}
      </div>
      <FormField label={t('contribute.entries.relationshipFrom')} error={invalid('#/sourceId')}>
        {(control) => (
          <select
            {...control}
            value={sourceId}
            onChange={(event) => setSourceId(event.target.value)}
          >
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        label={t('contribute.entries.relationshipTo')}
        hint={t('contribute.entries.relationshipToHint')}
        error={invalid('#/targetId')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            value={targetId}
            onChange={(event) => setTargetId(event.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('contribute.entries.relationshipType')} error={invalid('#/type')}>
        {(control) => (
          <select
            {...control}
            value={type}
            onChange={(event) => setType(event.target.value as MyRelationship['type'])}
          >
            {relationshipTypes.entries.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {label(entry)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button type="submit">{t('contribute.entries.propose')}</button>
    </form>
  )
}

export function RelationshipSection({
  entries,
  onChanged,
}: {
  entries: MyEntriesResponse
  onChanged: (message: string) => void
}) {
  const { t } = useTranslation()
  const label = useLabel()
  const write = useWrite()
  const [failure, setFailure] = useState<string | undefined>()

  async function step(relationship: MyRelationship, action: string, done: string) {
    setFailure(undefined)
    try {
      await write(
        {
          method: 'POST',
          path: `/api/relationships/${relationship.id}/${action}`,
          version: relationship.version,
        },
        RelationshipSchema,
      )
      onChanged(done)
    } catch (error) {
      setFailure(t('contribute.entries.failed', { detail: (error as Error).message }))
    }
  }

  const confirmations = (relationship: MyRelationship) =>
    t(
      `contribute.entries.confirmations.${(['none', 'one', 'both'] as const)[relationship.confirmedBy.length] ?? 'both'}`,
    )
  return (
    <section aria-labelledby="my-relationships-heading">
      <h3 id="my-relationships-heading">{t('contribute.entries.relationships')}</h3>
      <div role="alert" className="form-alert">
        {failure}
      </div>
      {entries.relationships.length === 0 ? (
        <p>{t('contribute.entries.noRelationships')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('contribute.entries.relationships')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('contribute.fields.sourceId')}</th>
                <th scope="col">{t('contribute.fields.targetId')}</th>
                <th scope="col">{t('contribute.fields.type')}</th>
                <th scope="col">{t('contribute.fields.status')}</th>
                <th scope="col">{t('contribute.fields.confirmedBy')}</th>
                <th scope="col">{t('contribute.entries.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.relationships.map((relationship) => {
                const names = { source: relationship.sourceName, target: relationship.targetName }
                const canConfirm =
                  relationship.status !== 'archived' &&
                  relationship.mySides.some((side) => !relationship.confirmedBy.includes(side))
                return (
                  <tr key={relationship.id}>
                    <td>{relationship.sourceName}</td>
                    <td>{relationship.targetName}</td>
                    <td>{label(relationshipTypes.labels[relationship.type])}</td>
                    <td>{t(`contribute.status.${relationship.status}`)}</td>
                    <td>{confirmations(relationship)}</td>
                    <td className="row-actions">
                      {canConfirm && (
                        <button
                          type="button"
                          aria-label={t('contribute.entries.confirmRelationship', names)}
                          onClick={() =>
                            void step(relationship, 'confirm', t('contribute.entries.confirmed'))
                          }
                        >
                          {t('contribute.entries.confirm')}
                        </button>
                      )}
                      {relationship.status === 'archived' ? (
                        <button
                          type="button"
                          className="secondary"
                          aria-label={t('contribute.entries.restoreRelationship', names)}
                          onClick={() =>
                            void step(
                              relationship,
                              'restore',
                              t('contribute.entries.relationshipRestored'),
                            )
                          }
                        >
                          {t('contribute.entries.restore')}
                        </button>
                      ) : (
                        <button
                          type="button"
                          className="secondary"
                          aria-label={t('contribute.entries.withdrawRelationship', names)}
                          onClick={() =>
                            void step(relationship, 'archive', t('contribute.entries.withdrawn'))
                          }
                        >
                          {t('contribute.entries.withdraw')}
                        </button>
                      )}
                      <Link
                        to="/verlauf/$entity/$id"
                        params={{ entity: 'verbindung', id: relationship.id }}
                        aria-label={t('contribute.entries.relationshipHistory', names)}
                      >
                        {t('contribute.entries.history')}
                      </Link>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      {entries.actors.some((actor) => actor.status !== 'archived') && (
        <ProposeForm
          actors={entries.actors.filter((actor) => actor.status !== 'archived')}
          onDone={onChanged}
        />
      )}
    </section>
  )
}
