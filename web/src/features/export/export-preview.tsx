/**
 * What the chosen export will hold, before the download: node and edge counts for the current filters and
 * variant (from the same graph the files are written from), how many actors the GeoJSON leaves out, and the
 * licence, attribution and geodata credits the files carry (from the datasets' metadata in /api/meta).
 */
import {
  ExportPreviewResponseSchema,
  FiltersSchema,
  type ExportVariant,
  type Filters,
} from '@netzwerkatlas/shared'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { getJson, queryString } from '../../api/client.ts'
import { useMeta } from '../../api/use-meta.ts'

function exportPreviewQuery(filters: Filters, variant: ExportVariant) {
  return queryOptions({
    queryKey: ['export-preview', filters, variant] as const,
    queryFn: ({ signal }) =>
      getJson(
        `/api/export-preview${queryString({ ...z.encode(FiltersSchema, filters), variant })}`,
        ExportPreviewResponseSchema,
        signal,
      ),
  })
}

function Counts({ filters, variant }: { filters: Filters; variant: ExportVariant }) {
  const { t, i18n } = useTranslation()
  const preview = useQuery(exportPreviewQuery(filters, variant))
  if (!preview.data)
    return <p>{preview.isError ? t('export.previewFailed') : t('export.loading')}</p>
  const number = new Intl.NumberFormat(i18n.language)
  const { actors, relationships, actorsWithoutPlace } = preview.data
  return (
    <p>
      {t('export.counts', {
        actors: number.format(actors),
        relationships: number.format(relationships),
      })}{' '}
      {actorsWithoutPlace > 0 &&
        t('export.withoutPlace', {
          count: actorsWithoutPlace,
          number: number.format(actorsWithoutPlace),
        })}
    </p>
  )
}

function Licences() {
  const { t } = useTranslation()
  const meta = useMeta()
  if (!meta.data) return null
  return (
    <>
      <ul aria-label={t('export.datasets')}>
        {meta.data.datasets.map((dataset) => (
          <li key={dataset.id}>
            {t('export.datasetLicence', {
              title: dataset.title,
              licence: dataset.licence ?? t('export.noLicence'),
            })}
            {dataset.attribution && ` ${t('export.attribution', { text: dataset.attribution })}`}
          </li>
        ))}
      </ul>
      {meta.data.geoCredits.length > 0 && (
        <ul aria-label={t('export.geoCredits')}>
          {meta.data.geoCredits.map((credit) => (
            <li key={credit.text}>
              {credit.text}
              {credit.licence && ` (${credit.licence})`}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

export function ExportPreview({ filters, variant }: { filters: Filters; variant: ExportVariant }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="export-preview">
      <h3 id="export-preview">{t('export.preview')}</h3>
      <Counts filters={filters} variant={variant} />
      <Licences />
    </section>
  )
}
