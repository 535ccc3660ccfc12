import { expect, expectNoAxeViolations, test } from './fixtures.ts'

test.describe('actor details', () => {
  test('opens from the table, says "Ort unbekannt" for an actor without place, and survives a reload', async ({
    page,
    foreignRequests,
  }) => {
    await page.goto('/?text=bring-together')
    await page.getByRole('link', { name: 'bring-together' }).click()
    const details = page.getByRole('complementary', { name: 'bring-together' })
    await expect(details).toBeVisible()
    await expect(page).toHaveURL(/actor=bring-together/)
    await expect(details.getByText('Sozialunternehmen · Organisation')).toBeVisible()
    await expect(details.getByText('Ort unbekannt').first()).toBeVisible()
    await expect(details.getByText('Medieninformation SMS, 08.10.2021')).toBeVisible()
    await expect(details.getByRole('link', { name: /Sächsisches Staatsministerium/ })).toBeVisible()
    await expectNoAxeViolations(page)

    await page.reload()
    await expect(page.getByRole('complementary', { name: 'bring-together' })).toBeVisible()
    expect(foreignRequests).toEqual([])
  })

  test('follows a connection to the neighbour and closes with Escape', async ({ page }) => {
    await page.goto('/?actor=telux-weisswasser')
    const details = page.getByRole('complementary', { name: 'Soziokulturelles Zentrum »TELUX«' })
    await expect(details.getByText('Gastgeber →')).toBeVisible()
    await details.getByRole('link', { name: /den ländlichen Raum stärken/ }).click()
    const event = page.getByRole('complementary', { name: /den ländlichen Raum stärken/ })
    await expect(event.getByText('9. November 2021, 17:00')).toBeVisible()
    await event.press('Escape')
    await expect(page.getByRole('complementary')).toHaveCount(0)
    await expect(page).not.toHaveURL(/actor=/)
  })

  test('credits OpenStreetMap (ODbL) on a Leipzig actor whose point comes from it', async ({
    page,
  }) => {
    await page.goto('/?text=Caritasverband%20Leipzig')
    await page
      .getByRole('link', { name: /Caritasverband Leipzig/ })
      .first()
      .click()
    const details = page.getByRole('complementary')
    await expect(details.getByText('Leipzig Data, Stand 2013–2018, nicht geprüft')).toBeVisible()
    await expect(details.getByText(/© OpenStreetMap contributors, ODbL 1\.0/)).toBeVisible()
  })
})
