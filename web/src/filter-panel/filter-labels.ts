/**
 * The filters in words, as the list's controls name them ("Thema: Wohnen, Pflege"), for every place that shows
 * a filter without its control: the export page, the partner finder's carried filters. Vocabulary labels come
 * from the shared taxonomies, district names from /api/meta (record texts, so marked German).
 */
import {
  actorKinds,
  actorTypes,
  recordStatuses,
  relationshipTypes,
  topics,
  type Filters,
  type Label,
} from '@netzwerkatlas/shared'
import { useTranslation } from 'react-i18next'
import { useLabel, useMeta } from '../api/use-meta.ts'
import { DEFAULT_NEAR_RADIUS_KM } from './spatial-filters.tsx'

export interface FilterLabel {
  /** The URL parameter, e.g. `topic`. */
  key: keyof Filters
  caption: string
  value: string
  /** `de` when the value is a German record text (district names, the search text). */
  lang?: 'de'
}

export function useFilterLabels(): (filters: Filters) => FilterLabel[] {
  const { t, i18n } = useTranslation()
  const label = useLabel()
  const { data: meta } = useMeta()
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'de-DE', {
    maximumFractionDigits: 3,
  })
  const terms = (vocabulary: Record<string, Label>, ids: readonly string[]) =>
    ids.map((id) => (vocabulary[id] ? label(vocabulary[id]) : id)).join(', ')
  const districtName = (ags: string) => meta?.districts.find((d) => d.ags === ags)?.name ?? ags

  return (filters) => {
    const labels: FilterLabel[] = []
    const add = (key: keyof Filters, caption: string, value: string, lang?: 'de') =>
      labels.push({ key, caption, value, ...(lang ? { lang } : {}) })
    if (filters.text) add('text', t('filters.text'), `„${filters.text}“`, 'de')
    if (filters.kind) add('kind', t('filters.kind'), terms(actorKinds.labels, filters.kind))
    if (filters.type) add('type', t('filters.type'), terms(actorTypes.labels, filters.type))
    if (filters.topic) add('topic', t('filters.topic'), terms(topics.labels, filters.topic))
    if (filters.district)
      add('district', t('filters.district'), filters.district.map(districtName).join(', '), 'de')
    if (filters.municipality)
      add('municipality', t('filters.municipality'), filters.municipality.join(', '))
    if (filters.relationshipType)
      add(
        'relationshipType',
        t('filters.relationshipType'),
        terms(relationshipTypes.labels, filters.relationshipType),
      )
    if (filters.status)
      add('status', t('filters.status'), terms(recordStatuses.labels, filters.status))
    if (filters.synthetic !== undefined)
      add(
        'synthetic',
        t('filters.data'),
        filters.synthetic ? t('filters.demoOnly') : t('filters.realOnlyShort'),
      )
    if (filters.located !== undefined)
      add(
        'located',
        t('filters.location'),
        filters.located ? t('filters.located') : t('filters.notLocated'),
      )
    if (filters.near)
      add(
        'near',
        t('filters.nearCaption'),
        t('filters.nearValue', {
          radius: number.format(filters.radiusKm ?? DEFAULT_NEAR_RADIUS_KM),
          lon: number.format(filters.near[0]),
          lat: number.format(filters.near[1]),
        }),
      )
    if (filters.bbox)
      add('bbox', t('filters.bboxCaption'), filters.bbox.map((v) => number.format(v)).join(', '))
    return labels
  }
}
