/**
 * Contributions end to end: the first account from the admin CLI's setup link, sign-in and sign-out, the
 * password change. Each account signs in once per spec (the login limit is shared by the whole run).
 */
import type { Page } from '@playwright/test'
import type { BrowserContext } from '@playwright/test'
import {
  E2E_PASSWORD,
  emailOf,
  setupLinkOf,
  signedInAgain,
  signedInContext,
} from './support/accounts.ts'
import { expect, expectNoAxeViolations, test } from './fixtures.ts'

async function expectAxeCleanInBothLanguages(page: Page) {
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Deutsch' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
}

// One sign-in per account for the whole spec: the tests run in order and share these contexts.
test.describe.configure({ mode: 'serial' })

let verein: { context: BrowserContext; csrfToken: string }

test.describe('accounts', () => {
  test('a visitor who is not signed in opens the start page without an error in the console', async ({
    page,
  }) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    const sessionAnswer = page.waitForResponse((response) =>
      response.url().endsWith('/api/auth/session'),
    )
    await page.goto('/')
    expect((await sessionAnswer).status()).toBe(200)
    await expect(page.getByRole('link', { name: 'Anmelden' })).toBeVisible()
    expect(errors).toEqual([])
  })

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

    await expect(page).toHaveURL(/\/meine-eintraege/)
    await expect(page.getByRole('heading', { name: 'Meine Einträge', level: 2 })).toBeVisible()
    await page.getByText(`Angemeldet als ${emailOf('koordination')}`).click()
    await page.getByRole('link', { name: 'Mein Konto' }).click()
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
    expect(session.status()).toBe(200)
    expect(await session.json()).toEqual({ signedIn: false })
  })

  test('changes the password at /konto, marking a wrong current password at its field', async ({
    browser,
    baseURL,
  }) => {
    verein = await signedInContext(browser, baseURL!, 'verein')
    const page = await verein.context.newPage()
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
    await page.close()
  })
})

const NAME = 'Demo-Nachbarschaftstreff Copitz e2e'

test.describe('contributing and moderating', () => {
  test('an actor’s new entry waits for review, a coordinator accepts it, and it is public then', async ({
    browser,
    baseURL,
  }) => {
    const page = await verein.context.newPage()
    await page.goto('/meine-eintraege')
    await expect(page.getByRole('heading', { name: 'Meine Einträge', level: 2 })).toBeVisible()
    await page.getByRole('button', { name: 'Neuen Akteur eintragen' }).click()
    const form = page.getByRole('form', { name: 'Neuer Akteur' })
    await form.getByLabel('Name').fill(NAME)
    await form
      .getByLabel('Art', { exact: true })
      .selectOption({ label: 'Soziokulturelles Zentrum' })
    await form.getByLabel('Beschreibung').fill('Erste Fassung der Beschreibung')
    await form.getByRole('checkbox', { name: 'Wohnen' }).check()
    await form.getByLabel('Website').fill('keine-adresse')
    await form.getByRole('button', { name: 'Eintragen' }).click()
    // The API's 422 pointer (#/website) is shown at the field.
    const website = form.getByLabel('Website')
    await expect(website).toHaveAttribute('aria-invalid', 'true')
    await expect(website).toHaveAccessibleDescription(
      'Bitte eine vollständige Adresse mit http:// oder https:// angeben.',
    )
    await expectAxeCleanInBothLanguages(page)
    await website.fill('https://treff.example.org/')
    await form.getByRole('button', { name: 'Eintragen' }).click()
    await expect(page.getByRole('status')).toHaveText(
      `„${NAME}“ ist eingetragen und wartet auf die Prüfung durch die Koordination.`,
    )
    const row = page.getByRole('row', { name: new RegExp(NAME) })
    await expect(row).toContainText('In Prüfung')
    await expectAxeCleanInBothLanguages(page)

    const mine = (await (await verein.context.request.get('/api/my/entries')).json()) as {
      actors: { id: string; name: string }[]
    }
    const id = mine.actors.find((actor) => actor.name === NAME)!.id
    // Pending: not public.
    expect((await page.request.get(`/api/actors/${id}`)).status()).toBe(404)

    const coordinator = await signedInAgain(browser, baseURL!, 'koordination')
    const moderation = await coordinator.context.newPage()
    await moderation.goto('/moderation')
    const item = moderation.getByRole('listitem').filter({
      has: moderation.getByRole('heading', { name: NAME }),
    })
    await expect(item).toBeVisible({ timeout: 90_000 })
    await expect(item.getByText('Keine ähnlichen Namen in der Nähe.')).toBeVisible()
    await expectAxeCleanInBothLanguages(moderation)
    await moderation.getByRole('button', { name: `${NAME} annehmen` }).click()
    await expect(moderation.getByRole('status')).toHaveText(
      `„${NAME}“ ist angenommen und veröffentlicht.`,
    )
    await expect(item).toHaveCount(0)

    const list = await browser.newPage({ baseURL })
    await list.goto(`/?text=${encodeURIComponent('Nachbarschaftstreff Copitz')}`)
    await expect(list.getByRole('rowheader', { name: NAME })).toBeVisible({ timeout: 90_000 })
    await list.close()
    await moderation.close()
    await coordinator.context.close()
    await page.close()
  })

  test('a stale edit shows who changed it meanwhile; the history shows the diff and restores version 1', async ({
    browser,
    baseURL,
  }) => {
    const page = await verein.context.newPage()
    await page.goto('/meine-eintraege')
    await page.getByRole('button', { name: `${NAME} bearbeiten` }).click()
    const form = page.getByRole('form', { name: `„${NAME}“ bearbeiten` })
    await form.getByLabel('Beschreibung').fill('Meine Änderung')

    // Meanwhile a coordinator changes the entry.
    const mine = (await (await verein.context.request.get('/api/my/entries')).json()) as {
      actors: { id: string; name: string; version: number }[]
    }
    const actor = mine.actors.find((candidate) => candidate.name === NAME)!
    const coordinator = await signedInAgain(browser, baseURL!, 'koordination')
    const patched = await coordinator.context.request.patch(`/api/actors/${actor.id}`, {
      data: { description: 'Von der Koordination ergänzt' },
      headers: { 'X-CSRF-Token': coordinator.csrfToken, 'If-Match': `"${actor.version}"` },
    })
    expect(patched.status()).toBe(200)
    await coordinator.context.close()

    await form.getByRole('button', { name: 'Speichern' }).click()
    const conflict = form.getByRole('alert').filter({ hasText: 'Jemand hat diesen Eintrag' })
    await expect(conflict).toContainText('Jemand hat diesen Eintrag inzwischen geändert.')
    await expect(conflict).toContainText('Von der Koordination ergänzt')
    await expectAxeCleanInBothLanguages(page)
    await conflict.getByRole('button', { name: 'Aktuelle Fassung übernehmen' }).click()
    await expect(form.getByLabel('Beschreibung')).toHaveValue('Von der Koordination ergänzt')
    await form.getByLabel('Beschreibung').fill('Von der Koordination ergänzt und von uns auch')
    await form.getByRole('button', { name: 'Speichern' }).click()
    await expect(page.getByRole('status')).toHaveText(`„${NAME}“ ist gespeichert (Fassung 4).`)

    await page.getByRole('link', { name: `Verlauf von ${NAME}` }).click()
    await expect(page.getByRole('heading', { name: `Verlauf: ${NAME}` })).toBeVisible()
    const newest = page.getByRole('table', { name: 'Änderungen in Fassung 4' })
    await expect(newest.getByRole('row', { name: /Beschreibung/ })).toContainText(
      'Von der Koordination ergänztVon der Koordination ergänzt und von uns auch',
    )
    await expect(page.getByRole('heading', { name: /Fassung 3: Geändert/ })).toBeVisible()
    await expect(page.getByText(/einer Person mit der Rolle Koordination/).first()).toBeVisible()
    await expect(page.getByRole('heading', { name: /Fassung 1: Angelegt/ })).toBeVisible()
    await expect(
      page
        .getByRole('table', { name: 'Änderungen in Fassung 1' })
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Website', exact: true }) }),
    ).toContainText('https://treff.example.org/')
    await expectAxeCleanInBothLanguages(page)

    await page.getByRole('button', { name: 'Fassung 1 wiederherstellen' }).click()
    await expect(page.getByRole('status')).toHaveText(
      'Fassung 1 ist als neue Fassung 5 wiederhergestellt.',
    )
    await expect(page.getByRole('heading', { name: /Fassung 5: Frühere Fassung/ })).toBeVisible()
    await expect(
      page
        .getByRole('table', { name: 'Änderungen in Fassung 5' })
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Beschreibung', exact: true }) }),
    ).toContainText('Erste Fassung der Beschreibung')
    const detail = await page.request.get(`/api/actors/${actor.id}`)
    expect(((await detail.json()) as { actor: { description: string } }).actor.description).toBe(
      'Erste Fassung der Beschreibung',
    )
    await page.close()
  })
})
