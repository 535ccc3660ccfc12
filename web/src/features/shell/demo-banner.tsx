/**
 * Says so whenever fictional demo actors are in the data being shown, and offers the real-data-only view.
 * Hidden only when there is no demo data or the view already excludes it.
 */
import { useTranslation } from 'react-i18next'
import { useViewSearch } from '../../view-state/use-view-search.ts'
import { useMeta } from './use-meta.ts'

export function DemoBanner() {
  const { t } = useTranslation()
  const { data: meta } = useMeta()
  const [search, setSearch] = useViewSearch()
  if (!meta?.hasDemoData || search.synthetic === false) return null
  return (
    <section className="demo-banner" aria-label={t('demo.heading')}>
      <p>
        <strong>{t('demo.heading')}</strong> {t('demo.banner')}
      </p>
      <button
        type="button"
        onClick={() => void setSearch((current) => ({ ...current, synthetic: false }))}
      >
        {t('demo.showRealOnly')}
      </button>
    </section>
  )
}
