/**
 * Parameters of the address that are unknown or invalid (`?type=foo`, a radius without its centre) are not
 * ignored silently: they are removed from the URL (replacing the history entry) and named in a notice.
 */
import { useNavigate, useRouterState } from '@tanstack/react-router'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { checkSearch } from '../../view-state/view-search.ts'

export function UrlNotice() {
  const { t } = useTranslation()
  const raw = useRouterState({ select: (state) => state.location.search })
  const navigate = useNavigate()
  const checked = useMemo(() => checkSearch(raw), [raw])
  const [dropped, setDropped] = useState(checked.dropped)
  // A new address with broken parameters replaces the notice (React's "adjust state on a prop change").
  const [checkedBefore, setCheckedBefore] = useState(checked)
  if (checkedBefore !== checked) {
    setCheckedBefore(checked)
    if (checked.dropped.length > 0) setDropped(checked.dropped)
  }

  useEffect(() => {
    if (checked.dropped.length > 0)
      void navigate({ to: '.', search: checked.search, replace: true })
  }, [checked, navigate])

  if (dropped.length === 0) return null
  return (
    <div className="url-notice" role="alert">
      <p>
        {t('filters.dropped', {
          count: dropped.length,
          names: dropped.map((name) => `„${name}“`).join(', '),
        })}
      </p>
      <button type="button" className="secondary" onClick={() => setDropped([])}>
        {t('filters.dismiss')}
      </button>
    </div>
  )
}
