/** Says so when an analysis answer describes an older data version while the newest is still being analysed. */
import { useTranslation } from 'react-i18next'

export function AnalysisVersionNote({
  answer,
}: {
  answer: { computing: boolean; dataVersion: number } | undefined
}) {
  const { t } = useTranslation()
  if (!answer?.computing) return null
  return <p className="explore-hint">{t('explore.computing', { version: answer.dataVersion })}</p>
}
