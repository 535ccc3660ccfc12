/**
 * A history field and its value in words: vocabulary ids by their labels, lists joined, addresses and contacts
 * as their parts, nothing as "—". Always plain text, so React renders whatever was stored as text.
 */
import {
  actorKinds,
  actorTypes,
  offersNeeds,
  recordStatuses,
  relationshipTypes,
  topics,
  type Label,
} from '@netzwerkatlas/shared'
import { useTranslation } from 'react-i18next'

const VOCABULARY_OF_FIELD: Record<string, Record<string, Label>> = {
  kind: actorKinds.labels,
  type: { ...actorTypes.labels, ...relationshipTypes.labels },
  topics: topics.labels,
  offers: offersNeeds.labels,
  needs: offersNeeds.labels,
  status: recordStatuses.labels,
}

export function useFieldValue() {
  const { t, i18n } = useTranslation()
  const label = (entry: Label) => (i18n.language === 'en' ? entry.en : entry.de)
  const fieldLabels = t('contribute.fields', { returnObjects: true }) as Record<string, string>

  function of(field: string, value: unknown): string {
    if (value === null || value === undefined || value === '') return t('contribute.entries.empty')
    const vocabulary = VOCABULARY_OF_FIELD[field]
    if (Array.isArray(value)) {
      if (value.length === 0) return t('contribute.entries.empty')
      return value.map((item) => of(field, item)).join(', ')
    }
    if (typeof value === 'string') {
      const entry = vocabulary?.[value]
      return entry ? label(entry) : value
    }
    if (typeof value === 'boolean')
      return value ? t('contribute.history.yes') : t('contribute.history.no')
    if (typeof value === 'object') {
      return Object.entries(value)
        .filter(([, part]) => part !== null && part !== '')
        .map(([key, part]) => `${fieldLabels[key] ?? key}: ${of(key, part)}`)
        .join('; ')
    }
    return typeof value === 'number' ? String(value) : JSON.stringify(value)
  }

  return { of, fieldLabel: (field: string) => fieldLabels[field] ?? field }
}
