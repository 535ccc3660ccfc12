/**
 * The privacy part of /konto (DSGVO, ADR 0026): download everything stored about the account as JSON, and delete
 * the account after saying what happens to its entries and asking for the password once more.
 */
import { useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { pointerErrorsOf } from '../../api/problem-pointers.ts'
import { sessionKeys, useWrite } from '../../api/session.ts'
import { FormField } from '../../ui/form-field.tsx'

export function AccountExport() {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="export-heading">
      <h3 id="export-heading">{t('contribute.privacy.exportHeading')}</h3>
      <p>{t('contribute.privacy.exportIntro')}</p>
      <p>
        <a href="/api/account/export" download="netzwerkatlas-konto.json">
          {t('contribute.privacy.exportLink')}
        </a>
      </p>
    </section>
  )
}

export function AccountDeletion({ onDeleted }: { onDeleted: () => void }) {
  const { t } = useTranslation()
  const write = useWrite()
  const queryClient = useQueryClient()
  const [currentPassword, setCurrentPassword] = useState('')
  const [passwordError, setPasswordError] = useState<string | undefined>()
  const [outcome, setOutcome] = useState<string | undefined>()

  async function submit(event: FormEvent) {
    event.preventDefault()
    setPasswordError(undefined)
    setOutcome(undefined)
    if (currentPassword === '') return setPasswordError(t('contribute.privacy.passwordMissing'))
    try {
      await write({ method: 'DELETE', path: '/api/account', body: { currentPassword } }, z.null())
      queryClient.setQueryData(sessionKeys.all, null)
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] === 'my' })
      onDeleted()
    } catch (error) {
      if (pointerErrorsOf(error)['#/currentPassword'])
        setPasswordError(t('contribute.account.currentPasswordWrong'))
      else setOutcome(t('contribute.account.failed', { detail: (error as Error).message }))
    }
  }

  return (
    <form
      className="account-form"
      aria-labelledby="delete-heading"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3 id="delete-heading">{t('contribute.privacy.deleteHeading')}</h3>
      <p>{t('contribute.privacy.deleteIntro')}</p>
      <ul>
        <li>{t('contribute.privacy.deleteEntries')}</li>
        <li>{t('contribute.privacy.deleteHistory')}</li>
        <li>{t('contribute.privacy.deleteFinal')}</li>
      </ul>
      <div role="alert" className="form-alert">
        {outcome}
      </div>
      <FormField label={t('contribute.privacy.confirmPassword')} error={passwordError}>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.target.value)}
          />
        )}
      </FormField>
      <button type="submit" className="danger">
        {t('contribute.privacy.deleteSubmit')}
      </button>
    </form>
  )
}
