/**
 * Contributions end to end: the first account from the admin CLI's setup link, sign-in and sign-out, the
 * password change, entries, moderation with a merge, history, the account's data export and deletion, and the
 * admins' audit log. Each account signs in once per spec (the login limit is shared by the whole run).
 */
import fs from 'node:fs'
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
// Each test checks axe in both languages several times: on a loaded 2-core machine that alone took 20 s.
test.describe.configure({ mode: 'serial', timeout: 90_000 })

let verein: { context: BrowserContext; csrfToken: string }
let koordination: { context: BrowserContext; csrfToken: string }

test.afterAll(async () => {
  await koordination?.context.close()
})

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
    await form.getByLabel('Name').fill(`${NAME} `.repeat(10))
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
    // The API's reason (too_big, 300) in German words, not its English detail nor "a name is missing".
    const name = form.getByLabel('Name')
    await expect(name).toHaveAttribute('aria-invalid', 'true')
    await expect(name).toHaveAccessibleDescription('Höchstens 300 Zeichen.')
    await expectAxeCleanInBothLanguages(page)
    await name.fill(NAME)
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
    // Kept for the tests below: each sign-in counts against the login limit of the whole run.
    koordination = await signedInAgain(browser, baseURL!, 'koordination')
    const patched = await koordination.context.request.patch(`/api/actors/${actor.id}`, {
      data: { description: 'Von der Koordination ergänzt' },
      headers: { 'X-CSRF-Token': koordination.csrfToken, 'If-Match': `"${actor.version}"` },
    })
    expect(patched.status()).toBe(200)

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

const DUPLICATE = `${NAME} e. V.`

test.describe('merging a duplicate', () => {
  test('a coordinator merges a pending duplicate into the existing actor; its tie moves and both histories link each other', async ({
    page,
  }) => {
    const write = (path: string, data: unknown) =>
      verein.context.request.post(path, {
        data,
        headers: { 'X-CSRF-Token': verein.csrfToken, 'If-Match': '"1"' },
      })
    const created = await write('/api/actors', {
      name: DUPLICATE,
      kind: 'organisation',
      type: 'network',
    })
    expect(created.status()).toBe(201)
    const duplicate = (await created.json()) as { id: string }
    const list = (await (await page.request.get('/api/actors?limit=2&sort=name')).json()) as {
      items: { id: string; name: string }[]
    }
    const partner = list.items.find((item) => item.name !== NAME)!
    const tie = await write('/api/relationships', {
      sourceId: duplicate.id,
      targetId: partner.id,
      type: 'partnership',
    })
    expect(tie.status()).toBe(201)

    const moderation = await koordination.context.newPage()
    await moderation.goto('/moderation')
    const item = moderation.getByRole('listitem').filter({
      has: moderation.getByRole('heading', { name: DUPLICATE, exact: true }),
    })
    await expect(item.getByRole('list', { name: 'Mögliche Dubletten' })).toContainText(NAME, {
      timeout: 90_000,
    })
    await item.getByRole('button', { name: `${DUPLICATE} zusammenführen` }).click()
    const form = moderation.getByRole('form', { name: `${DUPLICATE} zusammenführen` })
    // Nothing is chosen for the coordinator: the most similar name is not always the same organisation.
    await form.getByRole('button', { name: 'Zusammenführen bestätigen' }).click()
    await expect(form.getByText('Bitte den bestehenden Akteur wählen.')).toBeVisible()
    await expectAxeCleanInBothLanguages(moderation)
    await form.getByRole('radio', { name: NAME }).check()
    await form.getByRole('button', { name: 'Zusammenführen bestätigen' }).click()
    await expect(moderation.getByRole('status')).toHaveText(
      `„${DUPLICATE}“ ist in „${NAME}“ zusammengeführt.`,
    )
    await expect(item).toHaveCount(0)
    // The proposed tie now starts at the existing actor.
    await expect(
      moderation.getByRole('heading', { name: `${NAME} → ${partner.name}`, exact: true }),
    ).toBeVisible()
    await expect(
      moderation.getByRole('heading', { name: `${DUPLICATE} → ${partner.name}`, exact: true }),
    ).toHaveCount(0)

    const mine = (await (await verein.context.request.get('/api/my/entries')).json()) as {
      actors: { id: string; name: string }[]
    }
    const target = mine.actors.find((actor) => actor.name === NAME)!
    await moderation.goto(`/verlauf/akteur/${target.id}`)
    await expect(moderation.getByRole('heading', { name: /: Zusammengeführt/ })).toBeVisible()
    await expect(moderation.getByText('wurde hierher zusammengeführt.')).toBeVisible()
    await expectAxeCleanInBothLanguages(moderation)
    await moderation.getByRole('link', { name: DUPLICATE, exact: true }).click()
    await expect(moderation).toHaveURL(new RegExp(`/verlauf/akteur/${duplicate.id}$`))
    await expect(moderation.getByText(/^Zusammengeführt in/)).toBeVisible()
    await moderation.getByRole('link', { name: NAME, exact: true }).click()
    await expect(moderation).toHaveURL(new RegExp(`/verlauf/akteur/${target.id}$`))
    // A coordinator has no entries of its own here: the way back leads to the queue.
    await expect(moderation.getByRole('link', { name: 'Zurück zu meinen Einträgen' })).toHaveCount(
      0,
    )
    await moderation.getByRole('link', { name: 'Zurück zur Moderation' }).click()
    await expect(moderation).toHaveURL(/\/moderation$/)
    await moderation.close()
  })
})

test.describe('privacy', () => {
  test('a person downloads everything stored about the account and deletes it; the entry stays', async ({
    browser,
    baseURL,
  }) => {
    const privat = await signedInContext(browser, baseURL!, 'privat')
    const entry = 'Demo-Lesecafé Graupa e2e'
    const created = await privat.context.request.post('/api/actors', {
      data: { name: entry, kind: 'organisation', type: 'network' },
      headers: { 'X-CSRF-Token': privat.csrfToken, 'If-Match': '"1"' },
    })
    expect(created.status()).toBe(201)
    const { id } = (await created.json()) as { id: string }
    const page = await privat.context.newPage()
    await page.goto('/konto')
    await expect(page.getByRole('heading', { name: 'Konto löschen' })).toBeVisible()
    await expectAxeCleanInBothLanguages(page)

    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Meine Daten herunterladen (JSON)' }).click()
    const file = await (await download).path()
    const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      account: { email: string; role: string }
      entries: { actors: { name: string }[] }
      history: { entityId: string; action: string }[]
    }
    expect(exported.account).toMatchObject({ email: emailOf('privat'), role: 'actor' })
    expect(exported.entries.actors.map((actor) => actor.name)).toEqual([entry])
    expect(exported.history).toEqual([expect.objectContaining({ entityId: id, action: 'create' })])

    const deletion = page.getByRole('form', { name: 'Konto löschen' })
    const password = deletion.getByLabel('Ihr Passwort zur Bestätigung')
    await deletion.getByRole('button', { name: 'Konto endgültig löschen' }).click()
    await expect(password).toHaveAccessibleDescription(
      'Bitte geben Sie zur Bestätigung Ihr Passwort ein.',
    )
    await password.fill('nicht-das-passwort')
    await deletion.getByRole('button', { name: 'Konto endgültig löschen' }).click()
    await expect(password).toHaveAccessibleDescription('Das ist nicht Ihr aktuelles Passwort.')
    await password.fill(E2E_PASSWORD)
    await deletion.getByRole('button', { name: 'Konto endgültig löschen' }).click()
    await expect(page.getByRole('status')).toHaveText(
      'Ihr Konto ist gelöscht. Sie sind abgemeldet.',
    )
    await expect(page.getByRole('link', { name: 'Anmelden' })).toBeVisible()
    expect(await (await privat.context.request.get('/api/auth/session')).json()).toEqual({
      signedIn: false,
    })

    // The entry waits for review as before, and its history names nobody.
    const queue = (await (
      await koordination.context.request.get('/api/moderation/queue')
    ).json()) as {
      actors: { actor: { id: string } }[]
    }
    expect(queue.actors.map((item) => item.actor.id)).toContain(id)
    const history = await koordination.context.newPage()
    await history.goto(`/verlauf/akteur/${id}`)
    await expect(history.getByText('einem inzwischen gelöschten Konto')).toBeVisible()
    await expect(history.getByText(emailOf('privat'))).toHaveCount(0)
    await history.close()
    await privat.context.close()
  })

  test('the audit log lists role, account and moderation decisions, for admins only', async ({
    browser,
    baseURL,
  }) => {
    const refused = await koordination.context.newPage()
    await refused.goto('/protokoll')
    await expect(
      refused.getByText('Das Prüfprotokoll ist der Administration vorbehalten.'),
    ).toBeVisible()
    await refused.close()

    const admin = await signedInContext(browser, baseURL!, 'admin')
    const page = await admin.context.newPage()
    await page.goto('/')
    await page.getByText(`Angemeldet als ${emailOf('admin')}`).click()
    await page.getByRole('link', { name: 'Prüfprotokoll' }).click()
    await expect(page).toHaveURL(/\/protokoll$/)
    const table = page.getByRole('table', { name: 'Einträge des Prüfprotokolls' })
    await expect(table.getByRole('row').filter({ hasText: 'Konto gelöscht' }).first()).toBeVisible()
    const merge = table.getByRole('row').filter({ hasText: 'Zusammengeführt' }).first()
    await expect(merge).toContainText(emailOf('koordination'))
    await expect(merge).toContainText(DUPLICATE)
    // The merge names the actor it went into (a link to its history), not its id.
    await expect(merge.getByRole('link', { name: NAME, exact: true })).toBeVisible()
    await expect(
      table.getByRole('row').filter({ hasText: 'Angenommen' }).filter({ hasText: NAME }),
    ).toBeVisible()
    await expectAxeCleanInBothLanguages(page)
    await admin.context.close()
  })
})
