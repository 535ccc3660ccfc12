/**
 * Filters as a form: every control is labelled, changes go to the URL at once (selects, checkbox) or on
 * submit (search text), so the browser's back button and a shared link restore them.
 */
import type { Filters } from '@netzwerkatlas/shared'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useViewSearch } from '../../view-state/use-view-search.ts'
import { useLabel, useMeta } from '../shell/use-meta.ts'

type ListFilterKey = 'type' | 'topic' | 'district'

export function ActorFilters() {
  const { t } = useTranslation()
  const label = useLabel()
  const { data: meta } = useMeta()
  const [search, setSearch] = useViewSearch()
  const [text, setText] = useState(search.text ?? '')
  const ids = { text: useId(), type: useId(), topic: useId(), district: useId(), real: useId() }

  const setFilter = (key: ListFilterKey, value: string) =>
    void setSearch((current) => ({
      ...current,
      actor: undefined,
      [key]: value ? ([value] as Filters[ListFilterKey]) : undefined,
    }))

  const submitText = (event: FormEvent) => {
    event.preventDefault()
    void setSearch((current) => ({ ...current, text: text.trim() || undefined }))
  }

  const options = {
    type: meta?.taxonomies.actorTypes.map((term) => ({ value: term.id, text: label(term.label) })),
    topic: meta?.taxonomies.topics.map((term) => ({ value: term.id, text: label(term.label) })),
    district: meta?.districts.map((district) => ({ value: district.ags, text: district.name })),
  }
  const selects: { key: ListFilterKey; id: string; caption: string }[] = [
    { key: 'type', id: ids.type, caption: t('filters.type') },
    { key: 'topic', id: ids.topic, caption: t('filters.topic') },
    { key: 'district', id: ids.district, caption: t('filters.district') },
  ]

  return (
    <section className="filters" aria-labelledby={`${ids.text}-heading`}>
      <h2 id={`${ids.text}-heading`}>{t('filters.heading')}</h2>
      <form role="search" onSubmit={submitText}>
        <label htmlFor={ids.text}>{t('filters.text')}</label>
        <div className="search-row">
          <input
            id={ids.text}
            type="search"
            value={text}
            placeholder={t('filters.textPlaceholder')}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit">{t('filters.apply')}</button>
        </div>
      </form>
      {selects.map(({ key, id, caption }) => (
        <div className="field" key={key}>
          <label htmlFor={id}>{caption}</label>
          <select
            id={id}
            value={search[key]?.[0] ?? ''}
            onChange={(event) => setFilter(key, event.target.value)}
          >
            <option value="">{t('filters.all')}</option>
            {options[key]?.map((option) => (
              <option key={option.value} value={option.value}>
                {option.text}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="field checkbox">
        <input
          id={ids.real}
          type="checkbox"
          checked={search.synthetic === false}
          onChange={(event) =>
            void setSearch((current) => ({
              ...current,
              synthetic: event.target.checked ? false : undefined,
            }))
          }
        />
        <label htmlFor={ids.real}>{t('filters.realOnly')}</label>
      </div>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          setText('')
          void setSearch(() => ({}))
        }}
      >
        {t('filters.reset')}
      </button>
    </section>
  )
}
