import { expect, expectNoAxeViolations, test } from './fixtures.ts'

test('switches to English and back, keeping the view', async ({ page, foreignRequests }) => {
  await page.goto('/?topic=housing&sort=-connections')
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { name: 'Actors', level: 2 })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: 'Housing' })).toBeChecked()
  await expect(page.getByText('Topic (1 selected)')).toBeVisible()
  await expect(page.getByText(/Demo data: some of the actors shown are fictional/)).toBeVisible()
  await expectNoAxeViolations(page)

  await page.reload()
  await expect(page.getByRole('heading', { name: 'Actors', level: 2 })).toBeVisible()

  await page.getByRole('button', { name: 'Deutsch' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(page.getByRole('heading', { name: 'Akteure', level: 2 })).toBeVisible()
  await expect(page).toHaveURL(/topic=housing/)
  expect(foreignRequests).toEqual([])
})

test('is usable by keyboard: skip link, filters and table links', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Akteure', level: 2 })).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('#main')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('searchbox', { name: 'Suche' })).toBeFocused()
  await page.keyboard.type('TELUX')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/text=TELUX/)
  const link = page.getByRole('link', { name: 'Soziokulturelles Zentrum »TELUX«' })
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('heading', { name: 'Soziokulturelles Zentrum »TELUX«', level: 2 }),
  ).toBeFocused()
})
