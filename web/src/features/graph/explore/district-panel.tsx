/**
 * Districts in the network (`/api/network/districts`): the most inward-looking and the most bridging ones, a
 * bar chart of how much of each district's ties stay inside, and every figure in a table. Each district links
 * to the map's district layer filtered to it, as a click on the map's district does.
 */
import type { NetworkDistrictsResponse } from '@netzwerkatlas/shared'
import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useMeta } from '../../../api/use-meta.ts'
import { useViewSearch } from '../../../view-state/use-view-search.ts'
import { encodeSearch } from '../../../view-state/view-search.ts'
import { AnalysisVersionNote } from './analysis-version-note.tsx'
import { DistrictChart } from './district-chart.tsx'
import { networkDistrictsQuery } from './explore-queries.ts'

type District = NetworkDistrictsResponse['districts'][number]

/** Districts named in each of the two short lists. */
const EXTREMES = 3

export function DistrictPanel() {
  const { t, i18n } = useTranslation()
  const districts = useQuery(networkDistrictsQuery())
  const nameOf = useDistrictName()
  if (districts.isPending) return <p>{t('explore.loading')}</p>
  if (districts.isError) return <p role="alert">{t('explore.error')}</p>
  const percent = new Intl.NumberFormat(i18n.language, {
    style: 'percent',
    maximumFractionDigits: 0,
  })
  const withTies = districts.data.districts.filter((d) => d.internalTies + d.crossDistrictTies > 0)
  const byIsolation = [...withTies].sort((a, b) => b.isolation - a.isolation || b.actors - a.actors)
  const lists = [
    {
      key: 'isolated',
      heading: t('explore.districts.isolated'),
      items: byIsolation.slice(0, EXTREMES),
    },
    {
      key: 'bridging',
      heading: t('explore.districts.bridging'),
      items: byIsolation.slice(-EXTREMES).reverse(),
    },
  ]

  return (
    <div className="explore-districts">
      <AnalysisVersionNote answer={districts.data} />
      <div className="explore-extremes">
        {lists.map((list) => (
          <section key={list.key} aria-labelledby={`districts-${list.key}`}>
            <h3 id={`districts-${list.key}`}>{list.heading}</h3>
            <ol data-testid={`districts-${list.key}`}>
              {list.items.map((district) => (
                <li key={district.ags}>
                  <DistrictLink district={district} />:{' '}
                  {t('explore.districts.insideShare', {
                    share: percent.format(district.isolation),
                  })}
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
      <DistrictChart
        districts={byIsolation}
        nameOf={nameOf}
        format={(share) => percent.format(share)}
      />
      <DistrictTable
        districts={districts.data.districts}
        format={(share) => percent.format(share)}
      />
      {districts.data.unplacedActors > 0 && (
        <p className="explore-hint">
          {t('explore.districts.unplaced', { count: districts.data.unplacedActors })}
        </p>
      )}
    </div>
  )
}

/** The district's name; a city gets "(Stadt)", since Leipzig is both a city and a district around it. */
function useDistrictName() {
  const { t } = useTranslation()
  const { data: meta } = useMeta()
  return (district: District) =>
    meta?.districts.find((entry) => entry.ags === district.ags)?.type === 'Kreisfreie Stadt'
      ? t('explore.districts.city', { name: district.name })
      : district.name
}

function DistrictLink({ district }: { district: District }) {
  const { t } = useTranslation()
  const nameOf = useDistrictName()
  const [search] = useViewSearch()
  const target = encodeSearch({
    ...search,
    actor: undefined,
    layers: ['actors', 'districts'],
    district: [district.ags],
  })
  return (
    <Link
      to="/karte"
      search={target}
      aria-label={t('explore.districts.onMap', { name: nameOf(district) })}
    >
      <span lang="de">{nameOf(district)}</span>
    </Link>
  )
}

function DistrictTable({
  districts,
  format,
}: {
  districts: readonly District[]
  format: (share: number) => string
}) {
  const { t } = useTranslation()
  return (
    <div className="table-scroll">
      <table className="explore-table" data-testid="district-connections">
        <caption>{t('explore.districts.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('explore.districts.district')}</th>
            <th scope="col">{t('explore.districts.actors')}</th>
            <th scope="col">{t('explore.districts.internalTies')}</th>
            <th scope="col">{t('explore.districts.crossTies')}</th>
            <th scope="col">{t('explore.districts.isolation')}</th>
            <th scope="col">{t('explore.districts.neighbour')}</th>
          </tr>
        </thead>
        <tbody>
          {districts.map((district) => {
            const neighbour = district.strongestNeighbours[0]
            return (
              <tr key={district.ags} data-district={district.ags}>
                <th scope="row">
                  <DistrictLink district={district} />
                </th>
                <td>{district.actors}</td>
                <td>{district.internalTies}</td>
                <td>{district.crossDistrictTies}</td>
                <td>{format(district.isolation)}</td>
                <td lang="de">
                  {neighbour
                    ? t('explore.districts.neighbourTies', {
                        name: neighbour.name,
                        count: neighbour.ties,
                      })
                    : '–'}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
