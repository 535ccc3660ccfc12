/**
 * The login limit (10 attempts per client address and per email address within the window; the e2e server sets
 * a 20 s window, playwright.config.ts): past it, /anmelden says so in the same words whether the address has an
 * account or not, with the wait, and what was typed in the address field stays. Once the window has passed, the
 * same form signs in. The spec waits the window out, so the specs after it sign in as before.
 */
import { E2E_PASSWORD, emailOf, setUpAccount } from './support/accounts.ts'
import { expect, expectNoAxeViolations, test } from './fixtures.ts'

const THROTTLED =
  'Zu viele Anmeldeversuche. Aus Sicherheitsgründen ist die Anmeldung gesperrt; bitte versuchen Sie es in 1 Minute erneut.'

/** As playwright.config.ts sets it for the e2e server. */
const LOGIN_WINDOW_SECONDS = 20

test.describe.configure({ timeout: 120_000 })

test('too many sign-in attempts get the generic message (429), keep the address, and the form signs in after the wait', async ({
  page,
}) => {
  await setUpAccount(page.request, 'anmeldegrenze')
  await page.goto('/anmelden')
  const email = page.getByLabel('E-Mail-Adresse')
  const password = page.getByLabel('Passwort')
  const submit = page.getByRole('button', { name: 'Anmelden', exact: true })
  await email.fill(emailOf('anmeldegrenze'))

  // Earlier specs' sign-ins in the window count against this client too: try until the limit answers.
  let status = 0
  let retryAfterSeconds = 0
  for (let attempt = 0; attempt <= 10 && status !== 429; attempt++) {
    await password.fill(`falsches-passwort-${attempt}`)
    const answer = page.waitForResponse((response) => response.url().endsWith('/api/auth/login'))
    await submit.click()
    const response = await answer
    status = response.status()
    retryAfterSeconds = Number(response.headers()['retry-after'] ?? 0)
    if (status !== 429) {
      expect(status).toBe(401)
      await expect(page.getByRole('alert')).toHaveText(
        'Die Anmeldung ist fehlgeschlagen: E-Mail-Adresse oder Passwort ist nicht korrekt.',
      )
    }
  }
  expect(status).toBe(429)
  expect(retryAfterSeconds).toBeGreaterThan(0)
  expect(retryAfterSeconds).toBeLessThanOrEqual(LOGIN_WINDOW_SECONDS)
  await expect(page.getByRole('alert')).toHaveText(THROTTLED)
  await expect(email).toHaveValue(emailOf('anmeldegrenze'))
  await expectNoAxeViolations(page)

  // The right password does not get past the limit, and an address without an account reads the same.
  await password.fill(E2E_PASSWORD)
  await submit.click()
  await expect(page.getByRole('alert')).toHaveText(THROTTLED)
  await expect(page).toHaveURL(/\/anmelden/)
  await email.fill('niemand-hier@example.org')
  await password.fill('irgendein-passwort')
  await submit.click()
  await expect(page.getByRole('alert')).toHaveText(THROTTLED)

  // After a whole window every attempt has expired: the form signs in, and the specs after this one find the
  // client's budget as good as new (this sign-in is its only attempt in the window).
  await page.waitForTimeout((LOGIN_WINDOW_SECONDS + 1) * 1000)
  await email.fill(emailOf('anmeldegrenze'))
  await password.fill(E2E_PASSWORD)
  await submit.click()
  await expect(page).toHaveURL(/\/meine-eintraege/)
  await expect(page.getByText(`Angemeldet als ${emailOf('anmeldegrenze')}`)).toBeVisible()
})
