/**
 * /konto/einrichten#token=…: the one-time link the admin CLI prints. The token is read from the fragment, which
 * browsers never send to a server (nor in a Referer), is removed from the address bar at once, and goes to the
 * API only in the body of POST /api/auth/setup.
 */
import { Link, useSearch } from '@tanstack/react-router'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { pointerErrorsOf } from '../../api/problem-pointers.ts'
import { sendWrite } from '../../api/write-client.ts'
import type { AccountSearch } from './account-search.ts'
import { NewPasswordFields, usePasswordCheck } from './new-password-fields.tsx'

/** Takes the token out of the fragment and out of the address bar (and so out of the browser history). */
function takeTokenFromFragment(): string | undefined {
  const token = new URLSearchParams(globalThis.location.hash.slice(1)).get('token') ?? undefined
  if (globalThis.location.hash) {
    globalThis.history.replaceState(
      globalThis.history.state,
      '',
      globalThis.location.pathname + globalThis.location.search,
    )
  }
  return token
}

export function AccountSetupPage() {
  const { t } = useTranslation()
  const search: AccountSearch = useSearch({ strict: false })
  const [token] = useState(takeTokenFromFragment)
  const passwords = usePasswordCheck()
  const [failure, setFailure] = useState<string | undefined>()
  const [serverPasswordError, setServerPasswordError] = useState<string | undefined>()
  const [isDone, setDone] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setFailure(undefined)
    setServerPasswordError(undefined)
    if (!passwords.check()) return
    try {
      await sendWrite(
        { method: 'POST', path: '/api/auth/setup', body: { token, password: passwords.value } },
        undefined,
        z.null(),
      )
      setDone(true)
    } catch (error) {
      const errors = pointerErrorsOf(error)
      if (errors['#/token']) setFailure(t('contribute.account.setupTokenInvalid'))
      else if (errors['#/password'])
        setServerPasswordError(t('contribute.account.passwordTooShort'))
      else setFailure(t('contribute.account.failed', { detail: (error as Error).message }))
    }
  }

  return (
    <section className="account-page" aria-labelledby="setup-heading">
      <h2 id="setup-heading">{t('contribute.account.setupHeading')}</h2>
      {isDone ? (
        <p role="status">
          {t('contribute.account.setupDone')}{' '}
          <Link to="/anmelden" search={{ lang: search.lang }}>
            {t('contribute.account.signIn')}
          </Link>
        </p>
      ) : token === undefined ? (
        <p role="alert">{t('contribute.account.setupNoToken')}</p>
      ) : (
        <>
          <p>{t('contribute.account.setupIntro')}</p>
          <form className="account-form" onSubmit={(event) => void submit(event)} noValidate>
            <div role="alert" className="form-alert">
              {failure}
            </div>
            <NewPasswordFields passwords={passwords} serverError={serverPasswordError} />
            <button type="submit">{t('contribute.account.submitSetup')}</button>
          </form>
        </>
      )}
    </section>
  )
}
