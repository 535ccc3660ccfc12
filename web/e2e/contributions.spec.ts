/**
 * Contributions end to end: the first account from the admin CLI's setup link, sign-in and sign-out, the
 * password change. Each account signs in once per spec (the login limit is shared by the whole run).
 */
import type { Page } from '@playwright/test'
import { E2E_PASSWORD, emailOf, setupLinkOf, signedInContext } from './support/accounts.ts'
import { expect, expectNoAxeViolations, test } from './fixtures.ts'

async function expectAxeCleanInBothLanguages(page: Page) {
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Deutsch' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
}

test.describe('accounts', () => {
  test('sets the password through the admin CLI’s link, refuses a wrong password alike for all, and signs in and out', async ({
    page,
  }) => {
    const link = setupLinkOf('koordination')
    await page.goto(link.pathname + link.hash)
    await expect(page.getByRole('heading', { name: 'Konto einrichten' })).toBeVisible()
    // The token leaves the address bar (and so the history) at once; it was never in a query string.
    await expect.poll(() => new URL(page.url()).hash).toBe('')
    expect(new URL(page.url()).search).toBe('')
    await expectAxeCleanInBothLanguages(page)

    await page.getByLabel('Neues Passwort', { exact: true }).fill('zu-kurz')
    await page.getByRole('button', { name: 'Passwort festlegen' }).click()
    await expect(page.getByLabel('Neues Passwort', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    )
    await expect(page.getByText('Das Passwort braucht mindestens 12 Zeichen.')).toBeVisible()
    await page.getByLabel('Neues Passwort', { exact: true }).fill(E2E_PASSWORD)
    await page.getByLabel('Neues Passwort wiederholen').fill(E2E_PASSWORD)
    await page.getByRole('button', { name: 'Passwort festlegen' }).click()
    await expect(page.getByRole('status')).toContainText('Ihr Passwort ist festgelegt.')

    await page.getByRole('status').getByRole('link', { name: 'Anmelden' }).click()
    await expect(page).toHaveURL(/\/anmelden/)
    await expectAxeCleanInBothLanguages(page)
    await page.getByLabel('E-Mail-Adresse').fill(emailOf('koordination'))
    await page.getByLabel('Passwort').fill('ganz-falsches-passwort')
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click()
    await expect(page.getByRole('alert')).toHaveText(
      'Die Anmeldung ist fehlgeschlagen: E-Mail-Adresse oder Passwort ist nicht korrekt.',
    )
    await page.getByLabel('Passwort').fill(E2E_PASSWORD)
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click()

    await expect(page).toHaveURL(/\/konto/)
    const menu = page.getByRole('group').filter({ hasText: 'Angemeldet als' })
    await expect(
      page.getByText(`Angemeldet als ${emailOf('koordination')}`, { exact: true }),
    ).toBeVisible()
    await expect(page.getByRole('definition').filter({ hasText: /^Koordination$/ })).toBeVisible()
    await expectAxeCleanInBothLanguages(page)

    // The same link does not work twice.
    const again = await page.context().newPage()
    await again.goto(link.pathname + link.hash)
    await again.getByLabel('Neues Passwort', { exact: true }).fill(E2E_PASSWORD)
    await again.getByLabel('Neues Passwort wiederholen').fill(E2E_PASSWORD)
    await again.getByRole('button', { name: 'Passwort festlegen' }).click()
    await expect(again.getByRole('alert')).toHaveText(
      'Dieser Einrichtungslink ist unbekannt, schon benutzt oder abgelaufen. Bitte fragen Sie nach einem neuen.',
    )
    await again.close()

    await page.getByText(`Angemeldet als ${emailOf('koordination')}`).click()
    await page.getByRole('button', { name: 'Abmelden' }).click()
    await expect(page).toHaveURL(/\/anmelden/)
    await expect(page.getByRole('link', { name: 'Anmelden' })).toBeVisible()
    expect(await menu.count()).toBe(0)
    const session = await page.request.get('/api/auth/session')
    expect(session.status()).toBe(401)
  })

  test('changes the password at /konto, marking a wrong current password at its field', async ({
    browser,
    baseURL,
  }) => {
    const { context } = await signedInContext(browser, baseURL!, 'verein')
    const page = await context.newPage()
    await page.goto('/konto')
    await expect(page.getByRole('definition').filter({ hasText: /^Akteur$/ })).toBeVisible()
    const current = page.getByLabel('Aktuelles Passwort')
    await current.fill('nicht-das-aktuelle')
    await page.getByLabel('Neues Passwort', { exact: true }).fill('ein-ganz-neues-passwort')
    await page.getByLabel('Neues Passwort wiederholen').fill('ein-ganz-neues-passwort')
    await page.getByRole('button', { name: 'Passwort ändern' }).click()
    await expect(current).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText('Das ist nicht Ihr aktuelles Passwort.')).toBeVisible()
    await current.fill(E2E_PASSWORD)
    await page.getByRole('button', { name: 'Passwort ändern' }).click()
    await expect(page.getByRole('status')).toContainText('Ihr Passwort ist geändert.')
    await expect(current).toHaveValue('')
    await expectAxeCleanInBothLanguages(page)
    await context.close()
  })
})
