/**
 * /anmelden: email and password. Every failure reads the same (the API does not say whether the address has an
 * account); the login limit (429) is said as such, with the wait. After signing in, on to `next`.
 */
import { SessionResponseSchema } from '@netzwerkatlas/shared'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate, useSearch } from '@tanstack/react-router'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiProblem } from '../../api/client.ts'
import { sessionKeys } from '../../api/session.ts'
import { sendWrite } from '../../api/write-client.ts'
import { FormField } from '../../ui/form-field.tsx'
import type { AccountSearch } from './account-search.ts'

function useFailureText() {
  const { t } = useTranslation()
  return (error: unknown) => {
    if (error instanceof ApiProblem && error.problem.status === 429) {
      const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60))
      return t('contribute.account.throttled', { count: minutes })
    }
    if (error instanceof ApiProblem && error.problem.status === 401)
      return t('contribute.account.signInFailed')
    return t('contribute.account.failed', { detail: String((error as Error).message) })
  }
}

export function SignInPage() {
  const { t } = useTranslation()
  const search: AccountSearch = useSearch({ strict: false })
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const failureText = useFailureText()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [failure, setFailure] = useState<string | undefined>()
  const [isSending, setSending] = useState(false)

  async function signIn(event: FormEvent) {
    event.preventDefault()
    setSending(true)
    setFailure(undefined)
    try {
      const { record } = await sendWrite(
        { method: 'POST', path: '/api/auth/login', body: { email, password } },
        undefined,
        SessionResponseSchema,
      )
      queryClient.setQueryData(sessionKeys.all, record)
      await navigate({ to: search.next ?? '/meine-eintraege', search: { lang: search.lang } })
    } catch (error) {
      setFailure(failureText(error))
      setPassword('')
    } finally {
      setSending(false)
    }
  }

  return (
    <section className="account-page" aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">{t('contribute.account.signInHeading')}</h2>
      <p>{t('contribute.account.signInIntro')}</p>
      <form className="account-form" onSubmit={(event) => void signIn(event)} noValidate>
        <div role="alert" className="form-alert">
          {failure}
        </div>
        <FormField label={t('contribute.account.email')}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('contribute.account.password')}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </FormField>
        <button type="submit" disabled={isSending}>
          {isSending ? t('contribute.account.signingIn') : t('contribute.account.submitSignIn')}
        </button>
      </form>
    </section>
  )
}
