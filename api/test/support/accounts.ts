/** Accounts for tests: made through the same setup-link path as the admin CLI, then signed in over HTTP. */
import type { Role, SessionResponse } from '@netzwerkatlas/shared'
import { completeAccountSetup, createAccountWithSetupToken } from '../../src/auth/account-setup.ts'
import type { TestApi } from './test-api.ts'

export const TEST_PASSWORD = 'korrekt-pferd-batterie'

export interface SignedIn {
  userId: string
  email: string
  cookie: string
  csrfToken: string
  /** Request options for a write as this user: cookie, CSRF token, JSON body, If-Match. */
  write(method: string, body?: unknown, ifMatch?: string | number): RequestInit
}

export async function createUser(api: Pick<TestApi, 'store'>, email: string, role: Role) {
  const created = await createAccountWithSetupToken(api.store.db, {
    email,
    role,
    createdBy: 'test',
  })
  if (created.kind !== 'created') throw new Error(`${email} exists`)
  await completeAccountSetup(api.store.db, created.setupToken, TEST_PASSWORD)
  return created.userId
}

export function login(api: TestApi, email: string, password = TEST_PASSWORD) {
  return api.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
}

export function sessionCookieOf(response: Response): string {
  const header = response.headers.get('set-cookie') ?? ''
  const [pair] = header.split(';')
  if (!pair?.includes('=')) throw new Error(`no session cookie in "${header}"`)
  return pair
}

export async function signIn(api: TestApi, email: string, role: Role): Promise<SignedIn> {
  const userId = await createUser(api, email, role)
  const response = await login(api, email)
  if (response.status !== 200) throw new Error(`login failed: ${response.status}`)
  const session = (await response.json()) as SessionResponse
  const cookie = sessionCookieOf(response)
  return {
    userId,
    email,
    cookie,
    csrfToken: session.csrfToken,
    write(method, body, ifMatch) {
      const headers: Record<string, string> = { Cookie: cookie, 'X-CSRF-Token': session.csrfToken }
      if (body !== undefined) headers['Content-Type'] = 'application/json'
      if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`
      return { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }
    },
  }
}
