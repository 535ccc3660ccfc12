/** The ranked results as an ordered list, the place they are measured from, and what to relax when empty. */
import {
  placePrecisions,
  type PartnerRelaxation,
  type PartnersResponse,
} from '@netzwerkatlas/shared'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLabel } from '../../api/use-meta.ts'
import { PartnerCard } from './partner-card.tsx'

export function PartnerResults({
  response,
  selectedId,
  beside,
  onRelax,
}: {
  response: PartnersResponse
  selectedId: string | undefined
  /** The map and the selected result's details, beside the list. */
  beside: ReactNode
  onRelax: (relaxation: PartnerRelaxation) => void
}) {
  const { t, i18n } = useTranslation()
  const label = useLabel()
  const sentence = (text: { de: string; en: string }) =>
    i18n.language === 'en' ? text.en : text.de
  const { place, radiusKm, results, total, weights } = response
  return (
    <section className="partner-results" aria-labelledby="partner-results-heading">
      <h2 id="partner-results-heading">{t('partners.results')}</h2>
      <p role="status">
        {t('partners.summary', { count: total, radius: radiusKm, place: place.label })}
        {total > results.length && <> {t('partners.shown', { shown: results.length })}</>}
      </p>
      <p className="hint">
        {t('partners.precision', { precision: label(placePrecisions.labels[place.precision]) })}
        {response.alternatives.length > 0 && (
          <>
            {' · '}
            {t('partners.alternatives')} {response.alternatives.map((p) => p.label).join(', ')}
          </>
        )}
      </p>
      <details className="partner-weights">
        <summary>{t('partners.weights')}</summary>
        <p>{t('partners.weightsText', weights)}</p>
      </details>
      {results.length === 0 ? (
        <div className="partner-empty">
          <h3>{t('partners.none', { radius: radiusKm })}</h3>
          {response.relaxations.length > 0 ? (
            <>
              <p>{t('partners.noneHint')}</p>
              <ul>
                {response.relaxations.map((relaxation) => (
                  <li key={relaxation.parameter}>
                    <button type="button" onClick={() => onRelax(relaxation)}>
                      {t('partners.apply', { change: sentence(relaxation) })}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('partners.noRelaxation')}</p>
          )}
        </div>
      ) : (
        <div className="partner-results-layout">
          {/* Numbered like the points on the map: the list is the map's text alternative. */}
          <ol className="partner-list">
            {results.map((result) => (
              <li key={result.actor.id}>
                <PartnerCard result={result} selected={result.actor.id === selectedId} />
              </li>
            ))}
          </ol>
          <div className="partner-beside">{beside}</div>
        </div>
      )}
    </section>
  )
}
