/**
 * The shared filters the search came with from the list or the map that the form has no field for (type,
 * district, real data only, …): named in the list's words, so a search never filters invisibly, and removable.
 */
import { useTranslation } from 'react-i18next'
import { FilterLabelList } from '../../filter-panel/filter-label-list.tsx'
import { decodeSearch, sanitiseSearch } from '../../view-state/view-search.ts'
import { CARRIED_FILTER_KEYS, type PartnerSearchParams } from './partner-search.ts'

/** The form edits the topics itself. */
const WITHOUT_FIELD = CARRIED_FILTER_KEYS.filter((key) => key !== 'topic')

export function CarriedFilters({
  search,
  onRemove,
}: {
  search: PartnerSearchParams
  onRemove: (without: PartnerSearchParams) => void
}) {
  const { t } = useTranslation()
  const carried = Object.fromEntries(
    WITHOUT_FIELD.filter((key) => search[key] !== undefined).map((key) => [key, search[key]]),
  )
  if (Object.keys(carried).length === 0) return null
  const filters = decodeSearch(sanitiseSearch(carried))
  const without = Object.fromEntries(
    Object.entries(search).filter(([key]) => !(WITHOUT_FIELD as readonly string[]).includes(key)),
  )
  return (
    <section className="carried-filters" aria-labelledby="carried-filters-heading">
      <h3 id="carried-filters-heading">{t('partners.carriedFilters')}</h3>
      <FilterLabelList filters={filters} />
      <button type="button" className="secondary" onClick={() => onRemove(without)}>
        {t('partners.removeCarriedFilters')}
      </button>
    </section>
  )
}
