/**
 * The shared filters as form controls: search text, type, topic and district as checkbox groups, the spatial
 * filters a link may carry, "Aktiv im Jahr" where ties are drawn, real data only, and the reset. Every control reads and writes the URL (through
 * view-state), so the list, the map and the graph show and apply one filter state. Checkboxes apply at once,
 * the search text on submit.
 */
import type { Filters } from '@netzwerkatlas/shared'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useLabel, useMeta } from '../api/use-meta.ts'
import { useViewSearch } from '../view-state/use-view-search.ts'
import { withoutFilters } from './active-filters.ts'
import { districtOptions } from './district-options.ts'
import { FilterCheckboxGroup, type FilterOption } from './filter-checkbox-group.tsx'
import { SearchForm } from './search-form.tsx'
import { SpatialFilters } from './spatial-filters.tsx'
import { YearField } from './year-field.tsx'

type GroupFilterKey = 'type' | 'topic' | 'district'

export function FilterFields({ withYear = false }: { withYear?: boolean }) {
  const { t } = useTranslation()
  const label = useLabel()
  const { data: meta } = useMeta()
  const [search, setSearch] = useViewSearch()
  const realOnlyId = useId()

  const setFilter = (key: GroupFilterKey, values: string[]) =>
    void setSearch((current) => ({
      ...current,
      actor: undefined,
      [key]: values.length > 0 ? (values as Filters[GroupFilterKey]) : undefined,
    }))

  const districtType = (type: string) =>
    t(`filters.districtTypes.${type}` as 'filters.districtTypes.Landkreis', { defaultValue: type })
  const groups: { key: GroupFilterKey; caption: string; options: FilterOption[] }[] = [
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
    <>
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
      {withYear && <YearField />}
      <div className="field checkbox">
        <input
          id={realOnlyId}
          type="checkbox"
          checked={search.synthetic === false}
          onChange={(event) =>
            void setSearch((current) => ({
              ...current,
              synthetic: event.target.checked ? false : undefined,
            }))
          }
        />
        <label htmlFor={realOnlyId}>{t('filters.realOnly')}</label>
      </div>
      <button
        type="button"
        className="secondary"
        onClick={() => void setSearch((current) => withoutFilters(current))}
      >
        {t('filters.reset')}
      </button>
    </>
  )
}
