/**
 * Contact data only with consent (ADR 0027), as a person meets it: the edit form refuses a contact without the
 * ticked consent and says so at the checkbox (the API's #/contact/consent pointer), the checkbox is ticked with
 * the keyboard, and "Meine Einträge" withdraws the consent, which removes the contact from the entry.
 */
import type { BrowserContext } from '@playwright/test'
import { signedInContext } from './support/accounts.ts'
import { expect, expectNoAxeViolations, test } from './fixtures.ts'

const NAME = 'Demo-Nachbarschaftscafé Sebnitz'
const EMAIL = 'anna.beispiel@demo.invalid'

let person: { context: BrowserContext; csrfToken: string }

test.afterAll(async () => {
  await person?.context.close()
})

test('a contact is stored only with the ticked consent, and withdrawing the consent removes it', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000)
  person = await signedInContext(browser, baseURL!, 'einwilligung')
  const page = await person.context.newPage()
  await page.goto('/meine-eintraege')
  await page.getByRole('button', { name: 'Neuen Akteur eintragen' }).click()
  const form = page.getByRole('form', { name: 'Neuer Akteur' })
  await form.getByLabel('Name').fill(NAME)
  await form.getByLabel('E-Mail der Organisation').fill(EMAIL)
  const consent = form.getByRole('checkbox', { name: /^Ich willige ein, dass die Kontaktdaten/ })
  await expect(consent).not.toBeChecked()
  await form.getByRole('button', { name: 'Eintragen' }).click()
  // The API's 422 at #/contact/consent, shown at the checkbox.
  await expect(consent).toHaveAttribute('aria-invalid', 'true')
  await expect(consent).toHaveAccessibleDescription(/nur mit Ihrer Einwilligung/)
  await expectNoAxeViolations(page)
  const mineBefore = (await (await person.context.request.get('/api/my/entries')).json()) as {
    actors: unknown[]
  }
  expect(mineBefore.actors).toEqual([])

  await consent.focus()
  await page.keyboard.press('Space')
  await expect(consent).toBeChecked()
  await page.getByRole('button', { name: 'English' }).click()
  // The form is named in English now ("New actor"); the ticked box keeps its state and says the English text.
  await expect(
    page.getByRole('checkbox', { name: /^I consent to the contact data above/ }),
  ).toBeChecked()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Deutsch' }).click()
  await form.getByRole('button', { name: 'Eintragen' }).click()
  await expect(page.getByRole('status')).toHaveText(
    `„${NAME}“ ist eingetragen und wartet auf die Prüfung durch die Koordination.`,
  )

  const mine = (await (await person.context.request.get('/api/my/entries')).json()) as {
    actors: { id: string; name: string; contact: { email: string | null } | null }[]
    contactConsents: { actorId: string }[]
  }
  const actor = mine.actors.find((entry) => entry.name === NAME)!
  expect(actor.contact?.email).toBe(EMAIL)
  expect(mine.contactConsents.map((entry) => entry.actorId)).toEqual([actor.id])

  const withdraw = page.getByRole('button', {
    name: `Einwilligung widerrufen: Kontaktdaten von ${NAME}`,
  })
  await expectNoAxeViolations(page)
  await withdraw.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status')).toHaveText(
    `Die Einwilligung ist widerrufen; die Kontaktdaten von „${NAME}“ sind entfernt.`,
  )
  await expect(withdraw).toHaveCount(0)
  // The pressed button is gone: the focus stays at the entry (its name), not at the top of the page.
  await expect(page.getByRole('rowheader', { name: NAME })).toBeFocused()
  const after = (await (await person.context.request.get('/api/my/entries')).json()) as {
    actors: { id: string; contact: unknown }[]
    contactConsents: unknown[]
  }
  expect(after.actors.find((entry) => entry.id === actor.id)?.contact).toBeNull()
  expect(after.contactConsents).toEqual([])
  await page.close()
})
