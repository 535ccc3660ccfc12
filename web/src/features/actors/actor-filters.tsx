/**
 * Filters as a form: every control is labelled, changes go to the URL at once (checkboxes) or on submit
 * (search text), so the browser's back button and a shared link restore them, the search box included.
 */
import type { Filters } from '@netzwerkatlas/shared'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useLabel, useMeta } from '../../api/use-meta.ts'
import { useViewSearch } from '../../view-state/use-view-search.ts'
import { districtOptions } from './district-options.ts'
import { FilterCheckboxGroup, type FilterOption } from './filter-checkbox-group.tsx'
import { SpatialFilters } from './spatial-filters.tsx'

type ListFilterKey = 'type' | 'topic' | 'district'

export function ActorFilters() {
  const { t } = useTranslation()
  const label = useLabel()
  const { data: meta } = useMeta()
  const [search, setSearch] = useViewSearch()
  const ids = { text: useId(), real: useId() }

  const setFilter = (key: ListFilterKey, values: string[]) =>
    void setSearch((current) => ({
      ...current,
      actor: undefined,
      [key]: values.length > 0 ? (values as Filters[ListFilterKey]) : undefined,
    }))

  const districtType = (type: string) =>
    t(`filters.districtTypes.${type}` as 'filters.districtTypes.Landkreis', { defaultValue: type })
  const groups: { key: ListFilterKey; caption: string; options: FilterOption[] }[] = [
    {
      key: 'type',
      caption: t('filters.type'),
      options: (meta?.taxonomies.actorTypes ?? []).map((term) => ({
        value: term.id,
        text: label(term.label),
      })),
    },
    {
      key: 'topic',
      caption: t('filters.topic'),
      options: (meta?.taxonomies.topics ?? []).map((term) => ({
        value: term.id,
        text: label(term.label),
      })),
    },
    {
      key: 'district',
      caption: t('filters.district'),
      options: districtOptions(meta?.districts ?? [], districtType),
    },
  ]

  return (
    <section className="filters" aria-labelledby={`${ids.text}-heading`}>
      <h2 id={`${ids.text}-heading`}>{t('filters.heading')}</h2>
      <SearchForm key={search.text ?? ''} />
      {meta &&
        groups.map(({ key, caption, options }) => (
          <FilterCheckboxGroup
            key={key}
            caption={caption}
            options={options}
            selected={search[key] ?? []}
            onChange={(values) => setFilter(key, values)}
          />
        ))}
      <SpatialFilters />
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
        onClick={() => void setSearch((current) => ({ lang: current.lang, sort: current.sort }))}
      >
        {t('filters.reset')}
      </button>
    </section>
  )
}

/**
 * The search box. Keyed by the URL's text, so back, forward and shared links put their text into the box
 * (a new key starts the box afresh from the URL).
 */
function SearchForm() {
  const { t } = useTranslation()
  const id = useId()
  const [search, setSearch] = useViewSearch()
  const [text, setText] = useState(search.text ?? '')
  const submitText = (event: FormEvent) => {
    event.preventDefault()
    void setSearch((current) => ({ ...current, text: text.trim() || undefined }))
  }
  return (
    <form role="search" onSubmit={submitText}>
      <label htmlFor={id}>{t('filters.text')}</label>
      <div className="search-row">
        <input
          id={id}
          type="search"
          value={text}
          placeholder={t('filters.textPlaceholder')}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">{t('filters.apply')}</button>
      </div>
    </form>
  )
}
