import { actorRows, expect, expectNoAxeViolations, openFilter, test } from './fixtures.ts'

test.describe('actor list', () => {
  test('opens in German with the demo banner, a filled table and no accessibility violations', async ({
    page,
    foreignRequests,
  }) => {
    await page.goto('/?sort=-connections')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Netzwerkatlas Sachsen' }),
    ).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await expect(
      page.getByText(/Demodaten: Ein Teil der angezeigten Akteure ist fiktiv/),
    ).toBeVisible()
    await expect(actorRows(page).nth(1)).toBeVisible()
    await expect(
      page.getByRole('status').filter({ hasText: /^50 von \d\.\d{3} angezeigt$/ }),
    ).toBeVisible()
    await expectNoAxeViolations(page)
    expect(foreignRequests).toEqual([])
  })

  test('filters by type and topic, and a reload restores the same view', async ({
    page,
    foreignRequests,
  }) => {
    await page.goto('/')
    await openFilter(page, 'Art des Akteurs')
    await page.getByRole('checkbox', { name: 'Sozialunternehmen' }).check()
    await openFilter(page, 'Thema')
    await page.getByRole('checkbox', { name: 'Wohnen' }).check()
    await expect(page).toHaveURL(/type=social_enterprise/)
    await expect(page).toHaveURL(/topic=housing/)
    const rows = actorRows(page)
    await expect(rows.getByRole('rowheader').filter({ hasText: 'bring-together' })).toBeVisible()
    for (const typeCell of await rows.locator('td:nth-of-type(1)').allTextContents()) {
      expect(typeCell).toBe('Sozialunternehmen')
    }
    for (const topicCell of await rows.locator('td:nth-of-type(2)').allTextContents()) {
      expect(topicCell).toContain('Wohnen')
    }
    const before = await rows.allTextContents()

    await page.reload()
    await expect(page.getByRole('checkbox', { name: 'Sozialunternehmen' })).toBeChecked()
    await expect(page.getByRole('checkbox', { name: 'Wohnen' })).toBeChecked()
    await expect(rows.getByRole('rowheader').filter({ hasText: 'bring-together' })).toBeVisible()
    expect(await rows.allTextContents()).toEqual(before)
    expect(foreignRequests).toEqual([])
  })

  test('shows real data only when asked, and the banner then disappears', async ({ page }) => {
    await page.goto('/?sort=-connections')
    await page.getByRole('button', { name: 'Nur echte Daten zeigen' }).click()
    await expect(page).toHaveURL(/synthetic=false/)
    await expect(page.getByText(/Demodaten: Ein Teil/)).toBeHidden()
    await expect(page.getByLabel('Nur echte Daten (ohne Demodaten)')).toBeChecked()
    await expect(actorRows(page).nth(1)).toBeVisible()
    await expect(page.getByRole('table').getByText('Demo', { exact: true })).toHaveCount(0)
    await expect(page.getByRole('table').getByText(/^Demo-/)).toHaveCount(0)
  })

  test('finds an actor by text with German folding', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('searchbox', { name: 'Suche' }).fill('Weisswasser Telux')
    await page.getByRole('button', { name: 'Anwenden' }).click()
    await expect(page).toHaveURL(/text=Weisswasser/)
    // Both are in Weißwasser/O.L. and name TELUX: the venue and the event it hosted.
    await expect(actorRows(page).getByRole('rowheader')).toHaveText([
      'Sozial.Innovativ den ländlichen Raum stärken – Strukturwandel braucht soziale Innovationen',
      'Soziokulturelles Zentrum »TELUX«',
    ])
  })
})
