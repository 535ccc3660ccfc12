import type { ActorListResponse } from '@netzwerkatlas/shared'
import { actorRows, expect, test } from './fixtures.ts'

test.describe('list order and position', () => {
  test('sorts by most connections, marks the column order, and keeps the order on reload', async ({
    page,
    request,
  }) => {
    const { items } = (await (
      await request.get('/api/actors?sort=-connections&limit=3')
    ).json()) as ActorListResponse
    await page.goto('/')
    await page.getByLabel('Sortieren nach').selectOption({ label: 'Meiste Verbindungen' })
    await expect(page).toHaveURL(/sort=-connections/)
    const names = actorRows(page).getByRole('rowheader')
    await expect(names.first()).toHaveText(new RegExp(`^${items[0]!.name.replace(/[()]/g, '.')}`))
    await expect(page.getByRole('table')).toHaveAccessibleName(
      'Akteure, sortiert nach: Meiste Verbindungen',
    )
    await page.reload()
    await expect(page.getByLabel('Sortieren nach')).toHaveValue('-connections')
    await expect(names.first()).toHaveText(new RegExp(`^${items[0]!.name.replace(/[()]/g, '.')}`))

    await page.getByLabel('Sortieren nach').selectOption({ label: 'Art' })
    await expect(page.getByRole('columnheader', { name: 'Art' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
  })

  test('arrow keys through the order add one history entry, not one per step', async ({ page }) => {
    await page.goto('/')
    await expect(actorRows(page).nth(1)).toBeVisible()
    const before = await page.evaluate(() => history.length)
    await page.getByLabel('Sortieren nach').focus()
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowDown')
    await expect(page).toHaveURL(/sort=-type/)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => history.length)).toBe(before + 1)
    await page.goBack()
    await expect(page).not.toHaveURL(/sort=/)
    await expect(page.getByLabel('Sortieren nach')).toHaveValue('name')
  })

  test('back and forward restore the search box text', async ({ page }) => {
    await page.goto('/')
    const box = page.getByRole('searchbox', { name: 'Suche' })
    await box.fill('Caritas')
    await box.press('Enter')
    await expect(page).toHaveURL(/text=Caritas/)
    await box.fill('TELUX')
    await box.press('Enter')
    await expect(page).toHaveURL(/text=TELUX/)
    await page.goBack()
    await expect(page).toHaveURL(/text=Caritas/)
    await expect(box).toHaveValue('Caritas')
    await page.goBack()
    await expect(box).toHaveValue('')
    await page.goForward()
    await expect(box).toHaveValue('Caritas')
  })

  test('keeps the loaded rows and the scroll position on reload', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 700 })
    await page.goto('/')
    const count = page.getByRole('status').filter({ hasText: ' von ' })
    await expect(count).toHaveText(/^50 von /)
    await page.getByRole('button', { name: 'Weitere laden' }).click()
    await expect(count).toHaveText(/^100 von /)
    await page.evaluate(() => window.scrollTo(0, 3000))
    const scrolled = await page.evaluate(() => window.scrollY)
    expect(scrolled).toBeGreaterThan(2000)
    await page.reload()
    await expect(count).toHaveText(/^100 von /)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 50)
  })
})
