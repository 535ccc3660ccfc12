/**
 * The e2e accounts: made by the admin CLI before the server starts (start-server.sh), each with the one-time
 * setup link the CLI printed. A spec sets a password once and signs in once (login is limited to 10 attempts per
 * client within LOGIN_WINDOW_SECONDS, shared by the whole run), then reuses the cookie through its browser
 * context.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { APIRequestContext, Browser, BrowserContext } from '@playwright/test'

export type E2eAccount =
  | 'koordination'
  | 'verein'
  | 'xss-koordination'
  | 'xss-verein'
  | 'privat'
  | 'einwilligung'
  | 'anmeldegrenze'
  | 'admin'

export const E2E_PASSWORD = 'ein-langes-e2e-passwort'

export const emailOf = (account: E2eAccount) => `e2e-${account}@example.org`

const linksDir = path.resolve(import.meta.dirname, '../../../var/e2e-setup-links')

/** The link `npm run admin -- create` printed for the account. */
export function setupLinkOf(account: E2eAccount): URL {
  const printed = fs.readFileSync(path.join(linksDir, `${account}.txt`), 'utf8')
  const link = /https?:\/\/\S+\/konto\/einrichten#token=\S+/.exec(printed)?.[0]
  if (!link) throw new Error(`no setup link in ${account}.txt: ${printed}`)
  return new URL(link)
}

/** Sets the account's password through its setup link, as the setup page does. */
export async function setUpAccount(request: APIRequestContext, account: E2eAccount) {
  const token = new URLSearchParams(setupLinkOf(account).hash.slice(1)).get('token')
  const response = await request.post('/api/auth/setup', {
    data: { token, password: E2E_PASSWORD },
  })
  if (response.status() !== 204) throw new Error(`setup failed: ${response.status()}`)
}

/** Signs in once; the session cookie stays in `context`, so its pages are signed in. */
async function signIn(context: BrowserContext, account: E2eAccount) {
  const response = await context.request.post('/api/auth/login', {
    data: { email: emailOf(account), password: E2E_PASSWORD },
  })
  if (response.status() !== 200) throw new Error(`login failed: ${response.status()}`)
  return (await response.json()) as { csrfToken: string }
}

/** A new signed-in browser context (set up and signed in once), for a spec's `beforeAll`. */
export async function signedInContext(browser: Browser, baseURL: string, account: E2eAccount) {
  const context = await browser.newContext({ baseURL, locale: 'de-DE' })
  await setUpAccount(context.request, account)
  const { csrfToken } = await signIn(context, account)
  return { context, csrfToken }
}

/** A new browser context signed in with a password set earlier in the spec. */
export async function signedInAgain(browser: Browser, baseURL: string, account: E2eAccount) {
  const context = await browser.newContext({ baseURL, locale: 'de-DE' })
  const { csrfToken } = await signIn(context, account)
  return { context, csrfToken }
}
