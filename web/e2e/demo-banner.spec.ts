/**
 * Demo actors are announced wherever they are on screen, not only in the list: the map, the graph and the partner
 * finder show the banner while demo actors are drawn or listed, and its button shows real data only, keeping the
 * rest of the view (the partner finder keeps its place and radius).
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

const banner = (page: Page) => page.getByRole('region', { name: 'Demodaten:' })

/** Opens the graph at `url` and waits until Cytoscape has drawn it (the first visit waits for the analysis). */
async function graphDrawnAt(page: Page, url: string) {
  await page.goto(url)
  await expect(page.locator('.graph-frame[data-rendered="true"]')).toHaveCount(1, {
    timeout: 90_000,
  })
}

test.describe('demo banner', () => {
  test('the map announces its demo actors and shows real data only on request', async ({
    page,
  }) => {
    await page.goto('/karte')
    await expect(page.getByText(/Akteure auf der Karte/)).toBeVisible({ timeout: 60_000 })
    await expect(banner(page)).toBeVisible()
    await banner(page).getByRole('button', { name: 'Nur echte Daten zeigen' }).click()
    await expect(page).toHaveURL(/synthetic=false/)
    await expect(banner(page)).toHaveCount(0)
    const real = (await (await page.request.get('/api/map/actors?synthetic=false')).json()) as {
      actors: unknown[]
    }
    // The map prints counts with the German thousands separator ("1.149").
    const count = real.actors.length.toLocaleString('de-DE')
    await expect(page.getByText(`${count} Akteure auf der Karte`)).toBeVisible()
  })

  test('the graph announces its demo actors, also when grouped', async ({ page }) => {
    test.setTimeout(120_000)
    await graphDrawnAt(page, '/netzwerk')
    await expect(banner(page)).toBeVisible()
    await graphDrawnAt(page, '/netzwerk?synthetic=false')
    await expect(banner(page)).toHaveCount(0)
    // The grouped picture draws groups, not actors: its groups count demo members, and it says so too.
    await graphDrawnAt(page, '/netzwerk?grouped=true')
    await expect(banner(page)).toBeVisible()
    await graphDrawnAt(page, '/netzwerk?grouped=true&synthetic=false')
    await expect(banner(page)).toHaveCount(0)
  })

  test('the partner finder announces demo results and keeps its search for real data only', async ({
    page,
  }) => {
    await page.goto('/partner?place=Wei%C3%9Fwasser&radiusKm=30&topic=housing')
    await expect(page.getByText(/Treffer im Umkreis/)).toBeVisible({ timeout: 60_000 })
    await expect(banner(page)).toBeVisible()
    await banner(page).getByRole('button', { name: 'Nur echte Daten zeigen' }).click()
    await expect(page).toHaveURL(/synthetic=false/)
    await expect(page).toHaveURL(/radiusKm=30/)
    await expect(page).toHaveURL(/place=Wei/)
    await expect(banner(page)).toHaveCount(0)
  })
})
