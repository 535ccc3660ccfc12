/**
 * The header's account menu: "Anmelden" for visitors; for a signed-in user a disclosure naming the account, with
 * its screens and "Abmelden". Signing out clears every cached answer that only this user could see.
 */
import { useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate } from '@tanstack/react-router'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { sessionKeys, useSession, useWrite } from '../../api/session.ts'

export function AccountMenu() {
  const { t } = useTranslation()
  const session = useSession()
  const write = useWrite()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const menu = useRef<HTMLDetailsElement>(null)
  const user = session.data?.user
  const close = () => menu.current?.removeAttribute('open')

  async function signOut() {
    close()
    await write({ method: 'POST', path: '/api/auth/logout' }, z.null()).catch(() => undefined)
    queryClient.setQueryData(sessionKeys.all, null)
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] === 'my' })
    await navigate({ to: '/anmelden' })
  }

  if (!user) {
    return session.isPending ? null : (
      <Link to="/anmelden" className="account-link">
        {t('contribute.account.signIn')}
      </Link>
    )
  }
  return (
    <details className="account-menu" ref={menu}>
      <summary>{t('contribute.account.signedInAs', { email: user.email })}</summary>
      <ul>
        <li>
          <Link to="/meine-eintraege" onClick={close}>
            {t('contribute.nav.myEntries')}
          </Link>
        </li>
        {(user.role === 'coordinator' || user.role === 'admin') && (
          <li>
            <Link to="/moderation" onClick={close}>
              {t('contribute.nav.moderation')}
            </Link>
          </li>
        )}
        {user.role === 'admin' && (
          <li>
            <Link to="/protokoll" onClick={close}>
              {t('contribute.nav.auditLog')}
            </Link>
          </li>
        )}
        <li>
          <Link to="/konto" onClick={close}>
            {t('contribute.account.accountLink')}
          </Link>
        </li>
        <li>
          <button type="button" className="secondary" onClick={() => void signOut()}>
            {t('contribute.account.signOut')}
          </button>
        </li>
      </ul>
    </details>
  )
}
