/**
 * Create or edit an actor. The server checks everything (the shared schemas): its 422 pointers become messages at
 * the fields; a 412 says that someone changed the entry meanwhile and shows the current values, which the user
 * takes over before changing again. Edits send the version they started from in If-Match.
 */
import {
  actorKinds,
  actorTypes,
  ActorSchema,
  contactConsentText,
  topics as topicVocabulary,
  type Actor,
  type Label,
} from '@netzwerkatlas/shared'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiProblem } from '../../api/client.ts'
import { pointerProblemsOf } from '../../api/problem-pointers.ts'
import { useFieldErrorText } from './field-error-text.ts'
import { useWrite } from '../../api/session.ts'
import { FormField } from '../../ui/form-field.tsx'
import {
  actorBodyOf,
  actorFormValuesOf,
  emptyActorForm,
  fieldOfPointer,
  type ActorFormField,
  type ActorFormValues,
} from './actor-form-values.ts'

const TEXT_FIELDS = [
  ['name', 'text'],
  ['website', 'url'],
  ['contactEmail', 'email'],
  ['contactPhone', 'tel'],
  ['street', 'text'],
  ['houseNumber', 'text'],
  ['postcode', 'text'],
  ['city', 'text'],
] as const
/** Website, email and phone come before it: the consent checkbox follows the contact fields. */
const CONTACT_FIELDS_END = TEXT_FIELDS.findIndex(([field]) => field === 'contactPhone') + 1

/**
 * The consent to the contact data, next to the contact fields (ADR 0027): its label is the exact text of the
 * version the form sends, so what the person ticked is what the server records.
 */
function ContactConsentField({
  checked,
  error,
  onChange,
}: {
  checked: boolean
  error: string | undefined
  onChange: (checked: boolean) => void
}) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const errorId = `${id}-error`
  return (
    <fieldset className="contact-consent">
      <legend>{t('contribute.entries.consentLegend')}</legend>
      <label className="check-option">
        <input
          type="checkbox"
          checked={checked}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />{' '}
        {i18n.language === 'en' ? contactConsentText.en : contactConsentText.de}
      </label>
      {error && (
        <div id={errorId} className="field-error">
          {error}
        </div>
      )}
    </fieldset>
  )
}

function ConflictNotice({ current, onTake }: { current: Actor; onTake: () => void }) {
  const { t } = useTranslation()
  const values = actorFormValuesOf(current)
  return (
    <div role="alert" className="form-alert conflict">
      <p>
        <strong>{t('contribute.entries.conflict')}</strong>{' '}
        {t('contribute.entries.conflictHint', { version: current.version })}
      </p>
      <dl className="facts">
        {(['name', 'description', 'website', 'contactEmail', 'city'] as const).map((field) => (
          <div key={field}>
            <dt>{t(`contribute.fields.${field}`)}</dt>
            <dd>{values[field] || t('contribute.entries.empty')}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="secondary" onClick={onTake}>
        {t('contribute.entries.takeCurrent')}
      </button>
    </div>
  )
}

export function ActorForm({
  actor,
  onSaved,
  onCancel,
}: {
  /** The actor to edit; without one the form creates an actor. */
  actor?: Actor
  onSaved: (saved: Actor) => void
  onCancel: () => void
}) {
  const { t, i18n } = useTranslation()
  const label = (entry: Label) => (i18n.language === 'en' ? entry.en : entry.de)
  const write = useWrite()
  const [values, setValues] = useState<ActorFormValues>(
    actor ? actorFormValuesOf(actor) : emptyActorForm,
  )
  const [version, setVersion] = useState(actor?.version)
  const [errors, setErrors] = useState<Partial<Record<ActorFormField, string>>>({})
  const [conflict, setConflict] = useState<Actor | undefined>()
  const [failure, setFailure] = useState<string | undefined>()
  const set = <Field extends keyof ActorFormValues>(field: Field, value: ActorFormValues[Field]) =>
    setValues((previous) => ({ ...previous, [field]: value }))

  const fieldErrorText = useFieldErrorText()

  async function submit(event: FormEvent) {
    event.preventDefault()
    setErrors({})
    setFailure(undefined)
    setConflict(undefined)
    try {
      const { record } = await write(
        actor
          ? { method: 'PATCH', path: `/api/actors/${actor.id}`, body: actorBodyOf(values), version }
          : { method: 'POST', path: '/api/actors', body: actorBodyOf(values) },
        ActorSchema,
      )
      onSaved(record)
    } catch (error) {
      if (error instanceof ApiProblem && error.problem.status === 412) {
        const current = ActorSchema.safeParse(error.current)
        if (current.success) return setConflict(current.data)
      }
      const next: Partial<Record<ActorFormField, string>> = {}
      for (const [pointer, problem] of Object.entries(pointerProblemsOf(error))) {
        const field = fieldOfPointer(pointer)
        if (field && problem && !next[field]) next[field] = fieldErrorText(field, problem)
      }
      if (Object.keys(next).length > 0) {
        setErrors(next)
        setFailure(t('contribute.account.formErrors'))
      } else setFailure(t('contribute.entries.failed', { detail: (error as Error).message }))
    }
  }

  const textField = ([field, type]: (typeof TEXT_FIELDS)[number]) => (
    <FormField key={field} label={t(`contribute.fields.${field}`)} error={errors[field]}>
      {(control) => (
        <input
          {...control}
          type={type}
          value={values[field]}
          onChange={(event) => set(field, event.target.value)}
        />
      )}
    </FormField>
  )

  const heading = actor
    ? t('contribute.entries.editHeading', { name: actor.name })
    : t('contribute.entries.newActorHeading')
  return (
    <form
      className="entry-form"
      aria-label={heading}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3>{heading}</h3>
      {conflict && (
        <ConflictNotice
          current={conflict}
          onTake={() => {
            setValues(actorFormValuesOf(conflict))
            setVersion(conflict.version)
            setConflict(undefined)
          }}
        />
      )}
      <div role="alert" className="form-alert">
        {failure}
      </div>
      {TEXT_FIELDS.slice(0, 1).map(textField)}
      <FormField label={t('contribute.fields.kind')} error={errors.kind}>
        {(control) => (
          <select
            {...control}
            value={values.kind}
            onChange={(event) => set('kind', event.target.value as Actor['kind'])}
          >
            {actorKinds.entries.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {label(entry)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('contribute.fields.type')} error={errors.type}>
        {(control) => (
          <select
            {...control}
            value={values.type}
            onChange={(event) => set('type', event.target.value as Actor['type'])}
          >
            {actorTypes.entries.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {label(entry)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('contribute.fields.description')} error={errors.description}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={values.description}
            onChange={(event) => set('description', event.target.value)}
          />
        )}
      </FormField>
      <fieldset className="topic-choices">
        <legend>{t('contribute.entries.topicsLegend')}</legend>
        {topicVocabulary.entries.map((entry) => (
          <label key={entry.id} className="check-option">
            <input
              type="checkbox"
              checked={values.topics.includes(entry.id)}
              onChange={(event) =>
                set(
                  'topics',
                  event.target.checked
                    ? [...values.topics, entry.id]
                    : values.topics.filter((topic) => topic !== entry.id),
                )
              }
            />{' '}
            {label(entry)}
          </label>
        ))}
        {errors.topics && <div className="field-error">{errors.topics}</div>}
      </fieldset>
      {TEXT_FIELDS.slice(1, CONTACT_FIELDS_END).map(textField)}
      <ContactConsentField
        checked={values.contactConsent}
        error={errors.contactConsent}
        onChange={(checked) => set('contactConsent', checked)}
      />
      {TEXT_FIELDS.slice(CONTACT_FIELDS_END).map(textField)}
      <div className="form-buttons">
        <button type="submit">
          {actor ? t('contribute.entries.save') : t('contribute.entries.create')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('contribute.entries.cancel')}
        </button>
      </div>
    </form>
  )
}
