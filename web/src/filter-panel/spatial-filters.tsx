/**
 * The filters that have no control of their own yet (a point with a radius, a map area): shown as what they
 * are, each with a button that removes it, so a shared link never filters invisibly.
 */
import { useTranslation } from 'react-i18next'
import { useViewSearch } from '../view-state/use-view-search.ts'

/** The API's radius when a link gives `near` alone. */
export const DEFAULT_NEAR_RADIUS_KM = 25

export function SpatialFilters() {
  const { t } = useTranslation()
  const [search, setSearch] = useViewSearch()
  if (!search.near && !search.bbox) return null
  return (
    <ul className="active-filters">
      {search.near && (
        <li>
          <span>
            {t('filters.near', {
              radius: search.radiusKm ?? DEFAULT_NEAR_RADIUS_KM,
              lon: search.near[0],
              lat: search.near[1],
            })}
          </span>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              void setSearch((current) => ({ ...current, near: undefined, radiusKm: undefined }))
            }
          >
            {t('filters.removeNear')}
          </button>
        </li>
      )}
      {search.bbox && (
        <li>
          <span>{t('filters.bbox', { bbox: search.bbox.join(', ') })}</span>
          <button
            type="button"
            className="secondary"
            onClick={() => void setSearch((current) => ({ ...current, bbox: undefined }))}
          >
            {t('filters.removeBbox')}
          </button>
        </li>
      )}
    </ul>
  )
}
