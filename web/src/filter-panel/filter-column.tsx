/**
 * The shared filters as a column beside a canvas view (the map, the graph), with "Aktiv im Jahr" for the ties
 * they draw. Self-contained: it reads and writes the URL, so a page only wraps its view in it. From 1280 px on
 * the column stands beside the view; narrower, it folds into a disclosure above it ("Filter (2 aktiv)"), so
 * the canvas keeps the width.
 */
import { useId, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useViewSearch } from '../view-state/use-view-search.ts'
import { activeFilterCount } from './active-filters.ts'
import { FilterFields } from './filter-fields.tsx'
import { useMediaQuery } from './use-media-query.ts'
import './filter-column.css'

/** Keep in step with the breakpoint in filter-column.css. */
const WIDE = '(min-width: 80rem)'

function FilterSidebar() {
  const { t } = useTranslation()
  const [search] = useViewSearch()
  const wide = useMediaQuery(WIDE)
  const [open, setOpen] = useState(false)
  const headingId = useId()
  const fieldsId = useId()
  const active = activeFilterCount(search)

  return (
    <section
      className={wide ? 'filters filter-column' : 'filters filter-column folded'}
      aria-labelledby={headingId}
    >
      {wide ? (
        <h2 id={headingId}>{t('filters.heading')}</h2>
      ) : (
        <h2 id={headingId} className="filter-column-toggle">
          <button
            type="button"
            aria-expanded={open}
            aria-controls={fieldsId}
            onClick={() => setOpen((was) => !was)}
          >
            {/* The arrow is decoration: the button's name stays "Filter (2 aktiv)". */}
            <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
            {t('filters.heading')}
            {active > 0 && (
              <span className="filter-count"> ({t('filters.active', { count: active })})</span>
            )}
          </button>
        </h2>
      )}
      <div id={fieldsId} className="filter-column-fields" hidden={!wide && !open}>
        <FilterFields withYear />
      </div>
    </section>
  )
}

/**
 * What a canvas page mounts: its view with the filter column beside it (folded above it below 1280 px), e.g.
 * `<FilterColumn><GraphCanvas /></FilterColumn>`. `showColumn={false}` leaves the column out (the embed).
 */
export function FilterColumn({
  children,
  showColumn = true,
}: {
  children: ReactNode
  showColumn?: boolean
}) {
  return (
    <div className="with-filter-column">
      {showColumn && <FilterSidebar />}
      <div className="with-filter-column-main">{children}</div>
    </div>
  )
}
