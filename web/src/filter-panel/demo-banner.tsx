/**
 * Says so when fictional demo actors are among the actors on screen, and offers the real-data-only view.
 * Hidden when the loaded rows are all real (a filter, a search or the real-data-only view).
 */
import { useTranslation } from 'react-i18next'
import { useViewSearch } from '../view-state/use-view-search.ts'

export function DemoBanner({
  showsDemoActors,
  onShowRealOnly,
}: {
  showsDemoActors: boolean
  /** A page whose URL is not the shared view (the partner finder) says how to show real data only. */
  onShowRealOnly?: () => void
}) {
  const { t } = useTranslation()
  const [, setSearch] = useViewSearch()
  if (!showsDemoActors) return null
  return (
    <section className="demo-banner" aria-label={t('demo.heading')}>
      <p>
        <strong>{t('demo.heading')}</strong> {t('demo.banner')}
      </p>
      <button
        type="button"
        onClick={
          onShowRealOnly ?? (() => void setSearch((current) => ({ ...current, synthetic: false })))
        }
      >
        {t('demo.showRealOnly')}
      </button>
    </section>
  )
}
