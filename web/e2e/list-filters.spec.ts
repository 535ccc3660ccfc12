import type { MetaResponse } from '@netzwerkatlas/shared'
import { actorRows, expect, expectNoAxeViolations, openFilter, test } from './fixtures.ts'

test.describe('list filters', () => {
  test('shows every type a shared link names as checked, and lists the actors of all of them', async ({
    page,
    request,
  }) => {
    const { total } = (await (
      await request.get('/api/actors?type=social_enterprise,welfare_org&limit=1')
    ).json()) as { total: number }
    await page.goto('/?type=social_enterprise,welfare_org')
    const types = page.getByRole('group', { name: 'Art des Akteurs' })
    await expect(types.getByRole('checkbox', { name: 'Sozialunternehmen' })).toBeChecked()
    await expect(types.getByRole('checkbox', { name: 'Wohlfahrtsverband' })).toBeChecked()
    await expect(types.getByRole('checkbox', { name: 'Netzwerk' })).not.toBeChecked()
    await expect(page.getByRole('status').filter({ hasText: ' von ' })).toHaveText(
      `50 von ${total.toLocaleString('de-DE')} angezeigt`,
    )
    for (const typeCell of await actorRows(page).locator('td:nth-of-type(1)').allTextContents()) {
      expect(['Sozialunternehmen', 'Wohlfahrtsverband']).toContain(typeCell)
    }
    await expectNoAxeViolations(page)
  })

  test('adds a second topic to the URL and a reload shows both checked', async ({ page }) => {
    await page.goto('/')
    await openFilter(page, 'Thema')
    const topics = page.getByRole('group', { name: 'Thema' })
    await topics.getByRole('checkbox', { name: 'Wohnen' }).check()
    await expect(page).toHaveURL(/topic=housing(&|$)/)
    await topics.getByRole('checkbox', { name: 'Pflege' }).check()
    await expect(page).toHaveURL(/topic=care%2Chousing|topic=housing%2Ccare|topic=care,housing/)
    await page.reload()
    await expect(topics.getByRole('checkbox', { name: 'Wohnen' })).toBeChecked()
    await expect(topics.getByRole('checkbox', { name: 'Pflege' })).toBeChecked()
    await expect(page.getByText('Thema (2 gewählt)')).toBeVisible()
  })

  test('names an invalid parameter in a notice and removes it from the URL, keeping the valid ones', async ({
    page,
  }) => {
    await page.goto('/?type=foo&radiusKm=30&text=Caritas')
    await expect(page.getByRole('alert')).toContainText('„type“, „radiusKm“')
    await expect(page.getByRole('alert')).toContainText('ungültig und wurden entfernt')
    await expect(page).toHaveURL(/\?text=Caritas$/)
    await expect(page.getByRole('searchbox', { name: 'Suche' })).toHaveValue('Caritas')
    await expect(actorRows(page).nth(1)).toBeVisible()
    await expect(page.getByText('Die Daten konnten nicht geladen werden.')).toHaveCount(0)
    await page.getByRole('button', { name: 'Hinweis schließen' }).click()
    await expect(page.getByRole('alert')).toHaveCount(0)
  })

  test('shows an active near filter and removes it on request', async ({ page }) => {
    await page.goto('/?near=14.6347,51.5003&radiusKm=30')
    await expect(page.getByText(/Umkreis: 30 km um 14,635, 51,5/)).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: ' von ' })).toContainText('von 38')
    await page.getByRole('button', { name: 'Umkreis-Filter entfernen' }).click()
    await expect(page).not.toHaveURL(/near=|radiusKm=/)
    await expect(page.getByText(/Umkreis:/)).toHaveCount(0)
  })

  test('tells the two districts called Leipzig apart', async ({ page }) => {
    await page.goto('/')
    await openFilter(page, 'Landkreis / Kreisfreie Stadt')
    const districts = page.getByRole('group', { name: 'Landkreis / Kreisfreie Stadt' })
    await districts.getByRole('checkbox', { name: 'Leipzig (Kreisfreie Stadt)' }).check()
    await expect(page).toHaveURL(/district=14713(&|$)/)
    await expect(districts.getByRole('checkbox', { name: 'Leipzig (Landkreis)' })).not.toBeChecked()
    await expect(districts.getByRole('checkbox', { name: 'Dresden', exact: true })).toBeVisible()
  })

  test('shows the demo banner only when demo actors are on screen', async ({ page }) => {
    await page.goto('/?text=bring-together')
    await expect(actorRows(page).getByRole('rowheader')).toHaveText(['bring-together'])
    await expect(page.getByText(/Demodaten: Ein Teil/)).toHaveCount(0)
    await page.goto('/?sort=-connections')
    await expect(actorRows(page).nth(1)).toBeVisible()
    await expect(page.getByText(/Demodaten: Ein Teil/)).toBeVisible()
  })

  test('says how many archived records are not shown', async ({ page, request }) => {
    const meta = (await (await request.get('/api/meta')).json()) as MetaResponse
    const archived = meta.counts.archived.actors
    await page.goto('/')
    await expect(actorRows(page).nth(1)).toBeVisible()
    const note = page.getByText(/archivierte? Einträ?ge? werden? nicht angezeigt/)
    if (archived > 0) await expect(note).toContainText(String(archived))
    else await expect(note).toHaveCount(0)
  })
})
