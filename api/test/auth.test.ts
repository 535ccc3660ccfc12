import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccountWithSetupToken } from '../src/auth/account-setup.ts'
import { createUser, login, sessionCookieOf, signIn, TEST_PASSWORD } from './support/accounts.ts'
import { expectProblem } from './support/http.ts'
import { startTestApiWith, type TestApi } from './support/test-api.ts'

let api: TestApi
beforeAll(async () => {
  api = await startTestApiWith({ env: { LOGIN_ATTEMPTS: '5', LOGIN_WINDOW_SECONDS: '60' } })
})
afterAll(() => api.close())

const session = (cookie: string) =>
  api.app.request('/api/auth/session', { headers: { Cookie: cookie } })

/** Whether the cookie opens a session; the answer is 200 either way, so public pages log no error. */
async function isSignedIn(cookie: string): Promise<boolean> {
  const response = await session(cookie)
  expect(response.status).toBe(200)
  expect(response.headers.get('cache-control')).toBe('no-store')
  const body = (await response.json()) as { signedIn: boolean }
  return body.signedIn
}

describe('accounts and sessions', () => {
  it('answers 200 { signedIn: false } without a session cookie, or with an unknown one', async () => {
    for (const headers of [{}, { Cookie: 'nwa_session=unbekannt' }] as Record<string, string>[]) {
      const response = await api.app.request('/api/auth/session', { headers })
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ signedIn: false })
    }
  })

  it('stores passwords only as argon2id hashes', async () => {
    const userId = await createUser(api, 'hash@example.org', 'actor')
    const { rows } = await sql<{ password_hash: string }>`
      SELECT password_hash FROM users WHERE id = ${userId}`.execute(api.store.db)
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/)
    expect(rows[0]!.password_hash).not.toContain(TEST_PASSWORD)
  })

  it('signs in with an HTTP-only, SameSite=Lax cookie and knows the user afterwards', async () => {
    await createUser(api, 'anna@example.org', 'coordinator')
    const response = await login(api, 'Anna@Example.org')
    expect(response.status).toBe(200)
    const setCookie = response.headers.get('set-cookie')!
    expect(setCookie).toMatch(/^nwa_session=/)
    expect(setCookie).toMatch(/HttpOnly/i)
    expect(setCookie).toMatch(/SameSite=Lax/i)
    expect(setCookie).toMatch(/Path=\//)
    const me = await session(sessionCookieOf(response))
    expect(me.status).toBe(200)
    expect(await me.json()).toMatchObject({
      user: { email: 'anna@example.org', role: 'coordinator' },
    })
  })

  it('uses a Secure __Host- cookie behind TLS', async () => {
    await createUser(api, 'tls@example.org', 'actor')
    const response = await api.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-Proto': 'https' },
      body: JSON.stringify({ email: 'tls@example.org', password: TEST_PASSWORD }),
    })
    const setCookie = response.headers.get('set-cookie')!
    expect(setCookie).toMatch(/^__Host-nwa_session=/)
    expect(setCookie).toMatch(/Secure/)
    expect(setCookie).not.toMatch(/Domain=/i)
  })

  it('answers a wrong password and an unknown email with the same generic 401', async () => {
    await createUser(api, 'bert@example.org', 'actor')
    const wrong = await expectProblem(
      await login(api, 'bert@example.org', 'falsches-passwort'),
      401,
    )
    const unknown = await expectProblem(
      await login(api, 'niemand@example.org', 'egal-was-123'),
      401,
    )
    expect(wrong).toEqual(unknown)
  })

  it('limits sign-in attempts per email address with 429 and Retry-After', async () => {
    await createUser(api, 'rate@example.org', 'actor')
    for (let attempt = 0; attempt < 5; attempt++)
      await expectProblem(await login(api, 'rate@example.org', 'falsch-falsch-falsch'), 401)
    const limited = await login(api, 'rate@example.org', TEST_PASSWORD)
    await expectProblem(limited, 429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('ends a session after 30 idle minutes and after 12 hours in any case', async () => {
    const idle = await signIn(api, 'idle@example.org', 'actor')
    expect(await isSignedIn(idle.cookie)).toBe(true)
    await sql`UPDATE sessions SET last_seen_at = now() - interval '31 minutes'
      WHERE user_id = ${idle.userId}`.execute(api.store.db)
    expect(await isSignedIn(idle.cookie)).toBe(false)

    const old = await signIn(api, 'old@example.org', 'actor')
    await sql`UPDATE sessions SET expires_at = now() - interval '1 second'
      WHERE user_id = ${old.userId}`.execute(api.store.db)
    expect(await isSignedIn(old.cookie)).toBe(false)
  })

  it('keeps a session alive while it is used', async () => {
    const busy = await signIn(api, 'busy@example.org', 'actor')
    await sql`UPDATE sessions SET last_seen_at = now() - interval '29 minutes'
      WHERE user_id = ${busy.userId}`.execute(api.store.db)
    expect(await isSignedIn(busy.cookie)).toBe(true)
    const { rows } = await sql<{ idle: boolean }>`
      SELECT last_seen_at > now() - interval '1 minute' AS idle FROM sessions
      WHERE user_id = ${busy.userId}`.execute(api.store.db)
    expect(rows[0]!.idle).toBe(true)
  })

  it('logs out: the cookie no longer opens the session', async () => {
    const user = await signIn(api, 'logout@example.org', 'actor')
    const response = await api.app.request('/api/auth/logout', user.write('POST'))
    expect(response.status).toBe(204)
    expect(await isSignedIn(user.cookie)).toBe(false)
  })

  it('refuses a logout without the CSRF token', async () => {
    const user = await signIn(api, 'csrf-logout@example.org', 'actor')
    const response = await api.app.request('/api/auth/logout', {
      method: 'POST',
      headers: { Cookie: user.cookie },
    })
    await expectProblem(response, 403)
    expect(await isSignedIn(user.cookie)).toBe(true)
  })

  it('changes the password: the old one stops working and other sessions end', async () => {
    const user = await signIn(api, 'change@example.org', 'actor')
    const other = sessionCookieOf(await login(api, 'change@example.org'))
    const wrongCurrent = await api.app.request(
      '/api/auth/password',
      user.write('POST', {
        currentPassword: 'nicht-das-alte',
        newPassword: 'ein-neues-langes-passwort',
      }),
    )
    expect((await expectProblem(wrongCurrent, 422)).errors).toEqual([
      { pointer: '#/currentPassword', detail: 'not the current password' },
    ])
    const changed = await api.app.request(
      '/api/auth/password',
      user.write('POST', {
        currentPassword: TEST_PASSWORD,
        newPassword: 'ein-neues-langes-passwort',
      }),
    )
    expect(changed.status).toBe(204)
    expect(await isSignedIn(user.cookie)).toBe(true)
    expect(await isSignedIn(other)).toBe(false)
    await expectProblem(await login(api, 'change@example.org'), 401)
    expect((await login(api, 'change@example.org', 'ein-neues-langes-passwort')).status).toBe(200)
  })

  it('sets the first password through the one-time link, which works only once', async () => {
    const created = await createAccountWithSetupToken(api.store.db, {
      email: 'neu@example.org',
      role: 'admin',
      createdBy: 'test',
    })
    if (created.kind !== 'created') throw new Error('exists')
    await expectProblem(await login(api, 'neu@example.org', 'irgendein-passwort'), 401)
    const setup = (password: string) =>
      api.app.request('/api/auth/setup', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token: created.setupToken, password }),
      })
    expect((await setup('mein-erstes-passwort')).status).toBe(204)
    expect((await login(api, 'neu@example.org', 'mein-erstes-passwort')).status).toBe(200)
    const again = await expectProblem(await setup('ein-zweites-passwort'), 422)
    expect(again.errors?.[0]?.pointer).toBe('#/token')
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM account_tokens WHERE token_hash = ${created.setupToken}`.execute(
      api.store.db,
    )
    expect(rows[0]!.n).toBe(0) // stored hashed only
  })

  it('refuses a sign-in sent from another site', async () => {
    await createUser(api, 'cross@example.org', 'actor')
    const response = await api.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
      body: JSON.stringify({ email: 'cross@example.org', password: TEST_PASSWORD }),
    })
    await expectProblem(response, 403)
  })

  it('records account creation in the audit log', async () => {
    const userId = await createUser(api, 'audited@example.org', 'coordinator')
    const { rows } = await sql<{ action: string; actor_label: string }>`
      SELECT action, actor_label FROM audit_log WHERE subject_id = ${userId} ORDER BY id`.execute(
      api.store.db,
    )
    expect(rows.map((row) => row.action)).toEqual(['account_created', 'password_set'])
  })
})
