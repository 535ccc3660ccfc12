/**
 * The list's filters: a labelled section beside the table with every shared filter (see filter-fields.tsx).
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { FilterFields } from './filter-fields.tsx'

export function FilterPanel() {
  const { t } = useTranslation()
  const headingId = useId()
  return (
    <section className="filters" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('filters.heading')}</h2>
      <FilterFields />
    </section>
  )
}
