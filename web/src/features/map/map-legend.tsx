/** The legend: actor types (colour and code), how imprecise places and groups look, and the choropleth's classes. */
import { actorTypes } from '@netzwerkatlas/shared'
import { useTranslation } from 'react-i18next'
import { useLabel } from '../../api/use-meta.ts'
import { actorTypeSymbols, codeInk } from '../../ui/actor-symbols.ts'
import type { ChoroplethClass, DistrictMetric } from './choropleth.ts'
import { NO_VALUE_COLOUR } from './choropleth.ts'
import { formatMetric } from './format-metric.ts'

interface Props {
  showActors: boolean
  choropleth:
    { classes: ChoroplethClass[]; metric: DistrictMetric; populationDate: string } | undefined
}

export function MapLegend({ showActors, choropleth }: Props) {
  const { t, i18n } = useTranslation()
  const label = useLabel()
  return (
    <section className="map-legend" aria-labelledby="map-legend-heading">
      <h2 id="map-legend-heading">{t('map.legend')}</h2>
      {showActors && (
        <>
          <h3>{t('map.legendTypes')}</h3>
          <ul className="legend-list">
            {actorTypes.entries.map((entry) => {
              const symbol = actorTypeSymbols[entry.id]
              return (
                <li key={entry.id}>
                  <span
                    className="legend-dot"
                    aria-hidden="true"
                    style={{ background: symbol.colour, color: codeInk(symbol.colour) }}
                  >
                    {symbol.code}
                  </span>
                  {label(entry)}
                </li>
              )
            })}
          </ul>
          <h3>{t('map.legendPrecision')}</h3>
          <ul className="legend-list">
            <li>
              <span className="legend-dot legend-exact" aria-hidden="true" />
              {t('map.precisionExact')}
            </li>
            <li>
              <span className="legend-dot legend-imprecise" aria-hidden="true" />
              {t('map.precisionImprecise')}
            </li>
            <li>
              <span className="legend-dot legend-cluster" aria-hidden="true">
                12
              </span>
              {t('map.cluster')}
            </li>
          </ul>
        </>
      )}
      {choropleth && (
        <>
          <h3>
            {choropleth.metric === 'density' ? t('map.metricDensity') : t('map.metricCrossBorder')}
          </h3>
          <ul className="legend-list" aria-label={t('map.legendClasses')}>
            {choropleth.classes.map((entry) => (
              <li key={entry.colour}>
                <span
                  className="legend-swatch"
                  aria-hidden="true"
                  style={{ background: entry.colour }}
                />
                {formatMetric(entry.from, choropleth.metric, i18n.language)} –{' '}
                {formatMetric(entry.to, choropleth.metric, i18n.language)}
              </li>
            ))}
            {choropleth.metric === 'crossBorder' && (
              <li>
                <span
                  className="legend-swatch"
                  aria-hidden="true"
                  style={{ background: NO_VALUE_COLOUR }}
                />
                {t('map.noValue')}
              </li>
            )}
          </ul>
          <p className="legend-note">
            {t('map.populationNote', {
              date: new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'de-DE', {
                dateStyle: 'long',
                timeZone: 'UTC',
              }).format(new Date(`${choropleth.populationDate}T00:00:00Z`)),
            })}
          </p>
        </>
      )}
    </section>
  )
}
