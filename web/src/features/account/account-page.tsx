/**
 * /konto: who is signed in, with which role, the password change (which ends the account's other sessions), and
 * the account's own data: its export and its deletion.
 */
import { Link } from '@tanstack/react-router'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { pointerErrorsOf } from '../../api/problem-pointers.ts'
import { useSession, useWrite } from '../../api/session.ts'
import { FormField } from '../../ui/form-field.tsx'
import { AccountDeletion, AccountExport } from './account-privacy.tsx'
import { NewPasswordFields, usePasswordCheck } from './new-password-fields.tsx'

function PasswordChange() {
  const { t } = useTranslation()
  const write = useWrite()
  const passwords = usePasswordCheck()
  const [currentPassword, setCurrentPassword] = useState('')
  const [currentError, setCurrentError] = useState<string | undefined>()
  const [outcome, setOutcome] = useState<string | undefined>()

  async function submit(event: FormEvent) {
    event.preventDefault()
    setCurrentError(undefined)
    setOutcome(undefined)
    if (!passwords.check()) return
    try {
      await write(
        {
          method: 'POST',
          path: '/api/auth/password',
          body: { currentPassword, newPassword: passwords.value },
        },
        z.null(),
      )
      setCurrentPassword('')
      passwords.setValue('')
      passwords.setRepeated('')
      setOutcome(t('contribute.account.passwordChanged'))
    } catch (error) {
      if (pointerErrorsOf(error)['#/currentPassword'])
        setCurrentError(t('contribute.account.currentPasswordWrong'))
      else setOutcome(t('contribute.account.failed', { detail: (error as Error).message }))
    }
  }

  return (
    <form
      className="account-form"
      aria-labelledby="password-heading"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3 id="password-heading">{t('contribute.account.changePassword')}</h3>
      <div role="status" className="form-alert">
        {outcome}
      </div>
      <FormField label={t('contribute.account.currentPassword')} error={currentError}>
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
      <NewPasswordFields passwords={passwords} />
      <button type="submit">{t('contribute.account.submitPasswordChange')}</button>
    </form>
  )
}

export function AccountPage() {
  const { t } = useTranslation()
  const session = useSession()
  const [isDeleted, setDeleted] = useState(false)
  if (session.isPending) return <p>{t('app.loading')}</p>
  const user = session.data?.user
  return (
    <section className="account-page" aria-labelledby="account-heading">
      <h2 id="account-heading">{t('contribute.account.accountHeading')}</h2>
      {user ? (
        <>
          <dl className="facts">
            <div>
              <dt>{t('contribute.account.email')}</dt>
              <dd>{user.email}</dd>
            </div>
            <div>
              <dt>{t('contribute.account.roleLabel')}</dt>
              <dd>{t(`contribute.account.role.${user.role}`)}</dd>
            </div>
          </dl>
          <PasswordChange />
          <AccountExport />
          <AccountDeletion onDeleted={() => setDeleted(true)} />
        </>
      ) : isDeleted ? (
        <p role="status" className="form-alert">
          {t('contribute.privacy.deleted')}
        </p>
      ) : (
        <p>
          {t('contribute.account.notSignedIn')}{' '}
          <Link to="/anmelden" search={{ next: '/konto' }}>
            {t('contribute.account.signIn')}
          </Link>
        </p>
      )}
    </section>
  )
}
