/**
 * A bar per district: the share of its ties that stay inside (isolation), most inward-looking first, the rest of
 * each bar (ties across the border) drawn hatched as the second cue. The table below has the same figures.
 */
import type { NetworkDistrictsResponse } from '@netzwerkatlas/shared'
import { useTranslation } from 'react-i18next'

type District = NetworkDistrictsResponse['districts'][number]

const WIDTH = 300
const ROW = 18
const LABEL = 150
const VALUE = 36

export function DistrictChart({
  districts,
  nameOf,
  format,
}: {
  districts: readonly District[]
  nameOf: (district: District) => string
  format: (share: number) => string
}) {
  const { t } = useTranslation()
  const bar = WIDTH - LABEL - VALUE
  const height = districts.length * ROW
  return (
    <figure className="explore-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="district-chart-caption">
        <defs>
          <pattern id="district-across" width="4" height="4" patternUnits="userSpaceOnUse">
            <path d="M0,4 L4,0" className="hatch" />
          </pattern>
        </defs>
        {districts.map((district, index) => {
          const inside = district.isolation * bar
          const rowTop = index * ROW
          return (
            <g key={district.ags} transform={`translate(0 ${rowTop})`}>
              <text className="tick" x={LABEL - 4} y={ROW - 5} textAnchor="end">
                {shortened(nameOf(district))}
              </text>
              <rect className="bar inside" x={LABEL} y={3} width={inside} height={ROW - 6} />
              <rect
                className="bar across"
                x={LABEL + inside}
                y={3}
                width={bar - inside}
                height={ROW - 6}
                fill="url(#district-across)"
              />
              <text className="tick" x={WIDTH} y={ROW - 5} textAnchor="end">
                {format(district.isolation)}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption id="district-chart-caption">{t('explore.districts.chart')}</figcaption>
    </figure>
  )
}

/** Long names ("Sächsische Schweiz-Osterzgebirge") are cut to fit beside the bars; the table has them whole. */
const shortened = (name: string) => (name.length > 24 ? `${name.slice(0, 23)}…` : name)
