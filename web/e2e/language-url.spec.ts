import { expect, expectNoAxeViolations, test } from './fixtures.ts'

test.describe('language in the URL', () => {
  test('a link with lang=en opens in English even when German was chosen before', async ({
    page,
  }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Deutsch' }).click()
    await page.goto('/?lang=en&text=TELUX')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { name: 'Actors', level: 2 })).toBeVisible()
  })

  test('the switch writes the language into the URL', async ({ page }) => {
    await page.goto('/?topic=housing')
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page).toHaveURL(/lang=en/)
    await expect(page).toHaveURL(/topic=housing/)
    await page.getByRole('button', { name: 'Deutsch' }).click()
    await expect(page).toHaveURL(/lang=de/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  })

  test('in English, German record texts carry lang="de", with no accessibility violations', async ({
    page,
  }) => {
    await page.goto('/?lang=en&actor=telux-weisswasser&text=TELUX')
    const details = page.getByRole('complementary', { name: 'Soziokulturelles Zentrum »TELUX«' })
    await expect(details.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'de')
    await expect(details.getByText(/Veranstaltungsort der dritten/)).toHaveAttribute('lang', 'de')
    await expect(
      page.getByRole('table').getByRole('link', { name: 'Soziokulturelles Zentrum »TELUX«' }),
    ).toHaveAttribute('lang', 'de')
    await expect(details.getByText('Sociocultural centre · Organisation')).not.toHaveAttribute(
      'lang',
      'de',
    )
    await expectNoAxeViolations(page)
  })
})
