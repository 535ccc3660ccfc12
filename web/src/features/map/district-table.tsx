/** The choropleth as a table (its text alternative): every district with its actors and both figures. */
import type { DistrictsResponse } from '@netzwerkatlas/shared'
import { useTranslation } from 'react-i18next'
import { formatMetric } from './format-metric.ts'

export function DistrictTable({
  figures,
  onOpen,
}: {
  figures: DistrictsResponse
  onOpen: (ags: string) => void
}) {
  const { t, i18n } = useTranslation()
  return (
    <table className="district-table">
      <caption>{t('map.districtTable')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('map.district')}</th>
          <th scope="col">{t('map.actors')}</th>
          <th scope="col">{t('map.per100k')}</th>
          <th scope="col">{t('map.crossBorder')}</th>
        </tr>
      </thead>
      <tbody>
        {figures.districts.map((district) => (
          <tr key={district.ags} data-district={district.ags}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => onOpen(district.ags)}>
                <span lang="de">{district.name}</span>
                {district.type === 'Kreisfreie Stadt' ? ' (Stadt)' : ''}
              </button>
            </th>
            <td>{district.actors}</td>
            <td data-metric="density">
              {formatMetric(district.actorsPer100k, 'density', i18n.language)}
            </td>
            <td data-metric="crossBorder">
              {formatMetric(district.crossBorderShare, 'crossBorder', i18n.language)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
