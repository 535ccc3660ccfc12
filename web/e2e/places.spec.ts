import { actorRows, expect, test } from './fixtures.ts'

// The venue and the event in Weißwasser are located to the town (no address): the town is their place, not
// Görlitz, the district it lies in.
test.describe('places', () => {
  test('lists the Weißwasser actors with the town as their place', async ({ page }) => {
    await page.goto('/?text=Weisswasser')
    for (const name of [
      'Soziokulturelles Zentrum »TELUX«',
      /^Sozial\.Innovativ den ländlichen Raum stärken/,
    ]) {
      const row = actorRows(page).filter({ has: page.getByRole('rowheader', { name }) })
      await expect(row.getByRole('cell', { name: 'Weißwasser/O.L.' })).toBeVisible()
      await expect(row.getByRole('cell', { name: 'Görlitz' })).toHaveCount(0)
    }
  })

  test('names the town in the detail panel', async ({ page }) => {
    await page.goto('/?actor=telux-weisswasser')
    const details = page.getByRole('complementary', { name: 'Soziokulturelles Zentrum »TELUX«' })
    await expect(details.getByText('Weißwasser/O.L.', { exact: true })).toBeVisible()
    await expect(details.getByText('Görlitz', { exact: true })).toHaveCount(0)
  })
})
