/** The given filters in words, one per line ("Thema: Wohnen"), or "Keine Filter" when none is set. */
import type { Filters } from '@netzwerkatlas/shared'
import { useTranslation } from 'react-i18next'
import { useFilterLabels } from './filter-labels.ts'

export function FilterLabelList({ filters, emptyText }: { filters: Filters; emptyText?: string }) {
  const { t } = useTranslation()
  const labels = useFilterLabels()(filters)
  if (labels.length === 0) return <p>{emptyText ?? t('filters.none')}</p>
  return (
    <ul className="filter-labels">
      {labels.map((entry) => (
        <li key={entry.key} data-filter={entry.key}>
          {entry.caption}: <span lang={entry.lang}>{entry.value}</span>
        </li>
      ))}
    </ul>
  )
}
