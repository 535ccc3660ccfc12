/** Vocabularies, counts and credits from /api/meta, with a label in the current language. */
import type { Label } from '@netzwerkatlas/shared'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { metaQuery } from './queries.ts'

export function useMeta() {
  return useQuery(metaQuery())
}

export function useLabel() {
  const { i18n } = useTranslation()
  return (label: Label) => (i18n.language === 'en' ? label.en : label.de)
}
