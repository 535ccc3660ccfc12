/** The iframe code for partners' websites: the embeddable map with the current filters. */
import { useTranslation } from 'react-i18next'

export function EmbedSnippet({ search }: { search: string }) {
  const { t } = useTranslation()
  const src = new URL(`/embed/map${search}`, globalThis.location.href).href
  const code = `<iframe src="${src}" title="Netzwerkatlas Sachsen" width="800" height="600" style="border:0" loading="lazy"></iframe>`
  return (
    <details className="embed-snippet">
      <summary>{t('map.embed')}</summary>
      <p id="embed-hint">{t('map.embedHint')}</p>
      <label>
        {t('map.embedCode')}
        <textarea readOnly rows={3} value={code} aria-describedby="embed-hint" />
      </label>
    </details>
  )
}
