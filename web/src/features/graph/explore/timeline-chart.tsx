/**
 * A small line chart of active actors (solid) and active ties (dashed) per year, one scale from 0, with the
 * shown year marked. Decorative for screen readers beyond its title: the table beside it has the figures.
 */
import type { NetworkTimelineResponse } from '@netzwerkatlas/shared'
import { useTranslation } from 'react-i18next'

type Year = NetworkTimelineResponse['years'][number]

const WIDTH = 300
const HEIGHT = 130
const PAD = { left: 44, right: 8, top: 8, bottom: 20 }

export function TimelineChart({
  years,
  year,
}: {
  years: readonly Year[]
  year: number | undefined
}) {
  const { t, i18n } = useTranslation()
  const first = years[0]?.year ?? 0
  const last = years.at(-1)?.year ?? first
  const top = Math.max(1, ...years.map((y) => Math.max(y.actorsActive, y.relationshipsActive)))
  const x = (value: number) =>
    PAD.left + ((value - first) / Math.max(1, last - first)) * (WIDTH - PAD.left - PAD.right)
  const y = (value: number) => HEIGHT - PAD.bottom - (value / top) * (HEIGHT - PAD.top - PAD.bottom)
  const line = (valueOf: (entry: Year) => number) =>
    years.map((entry) => `${x(entry.year).toFixed(1)},${y(valueOf(entry)).toFixed(1)}`).join(' ')
  const number = new Intl.NumberFormat(i18n.language)
  const title = t('explore.timeline.chart', { from: first, to: last })

  return (
    <figure className="explore-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="timeline-chart-title">
        <line className="axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} />
        <text className="tick" x={PAD.left - 4} y={y(top) + 4} textAnchor="end">
          {number.format(top)}
        </text>
        <text className="tick" x={PAD.left - 4} y={y(0)} textAnchor="end">
          0
        </text>
        <text className="tick" x={x(first)} y={HEIGHT - 4} textAnchor="start">
          {first}
        </text>
        <text className="tick" x={x(last)} y={HEIGHT - 4} textAnchor="end">
          {last}
        </text>
        <polyline className="series actors" points={line((entry) => entry.actorsActive)} />
        <polyline className="series ties" points={line((entry) => entry.relationshipsActive)} />
        {year !== undefined && year >= first && year <= last && (
          <g className="marker">
            <line x1={x(year)} x2={x(year)} y1={PAD.top} y2={y(0)} />
            <text
              x={x(year)}
              y={PAD.top + 8}
              textAnchor={year > (first + last) / 2 ? 'end' : 'start'}
            >
              {year}
            </text>
          </g>
        )}
      </svg>
      <figcaption>
        <span id="timeline-chart-title">{title}</span>
        <br />
        <span className="legend-key actors" aria-hidden="true" /> {t('explore.timeline.actors')}{' '}
        <span className="legend-key ties" aria-hidden="true" /> {t('explore.timeline.ties')}
      </figcaption>
    </figure>
  )
}
