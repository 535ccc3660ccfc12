/**
 * A 422's field error in the reader's language. The API's `detail` is English; its `code`, `limit` and `format`
 * (http/problem.ts) say why, and the domain's own checks are known by their detail. Only an error this does not
 * know falls back to the English detail.
 */
import type { ProblemError } from '@netzwerkatlas/shared'
import { useTranslation } from 'react-i18next'

/** The domain's checks (shared schemas' refinements and the write decisions), by their English detail. */
const KNOWN_DETAILS = {
  'only projects have a stage': 'stageOnlyProjects',
  'ends before it starts': 'endsBeforeStart',
  'an actor cannot relate to itself': 'selfRelationship',
  'no such actor (or it is archived)': 'noSuchActor',
  'no such actor': 'noSuchActor',
  'consent required for contact data': 'consentRequired',
  'not the current consent text': 'consentOutdated',
} as const

const isKnownDetail = (detail: string): detail is keyof typeof KNOWN_DETAILS =>
  Object.hasOwn(KNOWN_DETAILS, detail)

export function useFieldErrorText() {
  const { t } = useTranslation()
  return (field: string, error: ProblemError): string => {
    if (isKnownDetail(error.detail)) {
      const known = KNOWN_DETAILS[error.detail]
      return t(`contribute.fieldErrors.${known}`)
    }
    const limit = error.limit ?? 0
    switch (error.code) {
      case 'too_small':
        if (error.origin === 'string' && limit <= 1)
          return field === 'name'
            ? t('contribute.entries.nameMissing')
            : t('contribute.fieldErrors.required')
        return error.origin === 'string'
          ? t('contribute.fieldErrors.tooShort', { count: limit })
          : t('contribute.fieldErrors.tooLow', { limit })
      case 'too_big':
        if (error.origin === 'string') return t('contribute.fieldErrors.tooLong', { count: limit })
        if (error.origin === 'array') return t('contribute.fieldErrors.tooMany', { count: limit })
        return t('contribute.fieldErrors.tooHigh', { limit })
      case 'invalid_format':
        if (error.format === 'url' || field === 'website')
          return t('contribute.entries.websiteInvalid')
        if (error.format === 'email') return t('contribute.entries.emailInvalid')
        return t('contribute.fieldErrors.format')
      case 'invalid_type':
      case 'invalid_value':
        return t('contribute.fieldErrors.choose')
      case undefined:
        if (field === 'website') return t('contribute.entries.websiteInvalid')
        return t('contribute.entries.fieldInvalid', { detail: error.detail })
    }
  }
}
