/**
 * "Aktiv im Jahr" (URL `year`): the views that draw ties (map, graph) leave out the ties not active in that
 * year, by the timeline's rule. A select, not a number box: every step of typing "2015" would be a URL of its
 * own, and a select is one keyboard stop with the years in order.
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useViewSearch } from '../view-state/use-view-search.ts'

/** The data's dates begin in the 1990s (the oldest foundings); later years come with the calendar. */
const FIRST_YEAR = 1990

function yearsUpTo(last: number): number[] {
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, index) => last - index)
}

export function YearField() {
  const { t } = useTranslation()
  const id = useId()
  const [search, setSearch] = useViewSearch()
  const years = yearsUpTo(Math.max(new Date().getFullYear(), search.year ?? FIRST_YEAR))
  if (search.year !== undefined && search.year < FIRST_YEAR) years.push(search.year)
  return (
    <div className="field year-field">
      <label htmlFor={id}>{t('filters.year')}</label>
      <select
        id={id}
        aria-describedby={`${id}-hint`}
        value={search.year === undefined ? '' : String(search.year)}
        onChange={(event) =>
          void setSearch((current) => ({
            ...current,
            year: event.target.value === '' ? undefined : Number(event.target.value),
          }))
        }
      >
        <option value="">{t('filters.everyYear')}</option>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        {t('filters.yearHint')}
      </p>
    </div>
  )
}
