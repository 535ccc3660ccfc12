/**
 * The search form. It edits a copy of the URL's search and writes it to the URL on submit, so the URL is the
 * form's state: reload, back and a shared link show the same search. Errors from the API appear at their field.
 */
import {
  DEFAULT_PARTNER_RADIUS_KM,
  MAX_PARTNER_RADIUS_KM,
  offersNeeds,
  topics,
} from '@netzwerkatlas/shared'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ChoiceGroup } from './choice-group.tsx'
import type { FieldErrors } from './partner-field-errors.ts'
import { listOf, type PartnerSearchParams } from './partner-search.ts'
import { PlaceCombobox } from './place-combobox.tsx'

function FieldError({ id, message }: { id: string; message: ReactNode }) {
  if (!message) return null
  return (
    <div id={id} className="field-error">
      {message}
    </div>
  )
}

export function PartnerForm({
  search,
  errors,
  placeError,
  onSubmit,
}: {
  search: PartnerSearchParams
  errors: FieldErrors
  /** The place field's error with its suggestions (they need the autocomplete's answer). */
  placeError: ReactNode
  onSubmit: (search: PartnerSearchParams) => void
}) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<PartnerSearchParams>(search)
  const set = (key: string, value: string | undefined) =>
    setDraft((current) => ({ ...current, [key]: value }))
  const radius = draft.radiusKm ?? String(DEFAULT_PARTNER_RADIUS_KM)
  const setList = (key: string) => (ids: string[]) => set(key, ids.join(',') || undefined)
  const other = (['topic', 'offers', 'needs', 'near', 'text', 'type', 'kind', 'limit'] as const)
    .filter((key) => errors[key])
    .map((key) =>
      key === 'near' ? t('partners.errors.near') : t('partners.errors.other', { parameter: key }),
    )

  return (
    <form
      className="partner-form"
      aria-label={t('partners.form')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit({ ...draft, radiusKm: radius })
      }}
    >
      <div className="field">
        <label htmlFor="partner-place">{t('partners.place')}</label>
        <PlaceCombobox
          value={draft.place ?? ''}
          onChange={(value) => set('place', value)}
          invalid={Boolean(placeError)}
          describedBy={placeError ? 'partner-place-hint partner-place-error' : 'partner-place-hint'}
        />
        <p id="partner-place-hint" className="hint">
          {t('partners.placeHint')}
        </p>
        <FieldError id="partner-place-error" message={placeError} />
      </div>
      <div className="field">
        <label htmlFor="partner-radius">{t('partners.radius')}</label>
        <div className="radius-inputs">
          <input
            type="range"
            min={1}
            max={MAX_PARTNER_RADIUS_KM}
            step={1}
            aria-label={t('partners.radiusSlider')}
            value={Number(radius) || DEFAULT_PARTNER_RADIUS_KM}
            onChange={(event) => set('radiusKm', event.target.value)}
          />
          <input
            id="partner-radius"
            name="radiusKm"
            type="number"
            inputMode="decimal"
            step="any"
            className="radius-number"
            aria-invalid={Boolean(errors.radiusKm) || undefined}
            aria-describedby={errors.radiusKm ? 'partner-radius-error' : undefined}
            value={radius}
            onChange={(event) => set('radiusKm', event.target.value)}
          />
        </div>
        <FieldError
          id="partner-radius-error"
          message={errors.radiusKm && t('partners.errors.radiusKm')}
        />
      </div>
      <ChoiceGroup
        caption={t('partners.topics')}
        entries={topics.entries}
        selected={listOf(draft.topic)}
        onChange={setList('topic')}
      />
      <ChoiceGroup
        caption={t('partners.offers')}
        entries={offersNeeds.entries}
        selected={listOf(draft.offers)}
        onChange={setList('offers')}
      />
      <ChoiceGroup
        caption={t('partners.needs')}
        entries={offersNeeds.entries}
        selected={listOf(draft.needs)}
        onChange={setList('needs')}
      />
      <div className="field">
        <label htmlFor="partner-from">{t('partners.from')}</label>
        <input
          id="partner-from"
          name="from"
          type="text"
          autoComplete="off"
          aria-invalid={Boolean(errors.from) || undefined}
          aria-describedby={
            errors.from ? 'partner-from-hint partner-from-error' : 'partner-from-hint'
          }
          value={draft.from ?? ''}
          onChange={(event) => set('from', event.target.value.trim() || undefined)}
        />
        <p id="partner-from-hint" className="hint">
          {t('partners.fromHint')}
        </p>
        <FieldError id="partner-from-error" message={errors.from && t('partners.errors.from')} />
      </div>
      {other.length > 0 && <FieldError id="partner-other-error" message={other.join(' ')} />}
      <button type="submit" className="primary">
        {t('partners.submit')}
      </button>
    </form>
  )
}
