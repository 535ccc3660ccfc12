/**
 * User text is rendered as text: actors whose fields carry script and markup payloads, created through the real
 * API, show those payloads literally in the list, the detail panel, the map's panel, the partner finder and the
 * moderation queue; no dialog opens, no injected handler or script runs, no injected element exists.
 */
import type { APIRequestContext, BrowserContext, Page } from '@playwright/test'
import { signedInContext } from './support/accounts.ts'
import { expect, test } from './fixtures.ts'

test.describe.configure({ mode: 'serial' })

const MARKER = 'Xssprobe'
const NAME = `${MARKER} <img src=x onerror="window.__xss='img'"><script>window.__xss='script'</script>`
const DESCRIPTION =
  '<b>fett</b> <svg onload="window.__xss=\'svg\'"></svg> <a href="javascript:window.__xss=\'href\'">Link</a>'
const OFFERS_TEXT = '"><iframe src="javascript:window.__xss=\'iframe\'"></iframe>'
const PENDING_NAME = `${MARKER} Wartet <img src=x onerror="window.__xss='queue'">`

/** Pirna, near its centre: inside the partner finder's radius around "Pirna". */
const PIRNA = { lon: 13.9403, lat: 50.9622 }

let published: { id: string }
let coordinator: { context: BrowserContext; csrfToken: string }

async function createActor(
  request: APIRequestContext,
  csrfToken: string,
  body: Record<string, unknown>,
) {
  const response = await request.post('/api/actors', {
    data: body,
    headers: { 'X-CSRF-Token': csrfToken },
  })
  expect(response.status()).toBe(201)
  return (await response.json()) as { id: string }
}

/** Fails the test if a dialog opens; returns a check that nothing injected ran or was built. */
function watchForInjection(page: Page) {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`)
  })
  return async () => {
    expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined()
    expect(
      await page.locator('main img[src="x"], main script, main iframe, main svg[onload]').count(),
    ).toBe(0)
    expect(await page.locator('main b').filter({ hasText: 'fett' }).count()).toBe(0)
  }
}

test.beforeAll(async ({ browser, baseURL }) => {
  coordinator = await signedInContext(browser, baseURL!, 'xss-koordination')
  published = await createActor(coordinator.context.request, coordinator.csrfToken, {
    name: NAME,
    kind: 'organisation',
    type: 'civil_society',
    description: DESCRIPTION,
    offersText: OFFERS_TEXT,
    topics: ['housing'],
    location: { ...PIRNA, precision: 'exact', source: null, licence: null, attribution: null },
    municipalityAgs: '14628310',
    districtAgs: '14628',
  })
  const member = await signedInContext(browser, baseURL!, 'xss-verein')
  await createActor(member.context.request, member.csrfToken, {
    name: PENDING_NAME,
    kind: 'organisation',
    type: 'civil_society',
    description: DESCRIPTION,
  })
  await member.context.close()
})

test.afterAll(async () => {
  await coordinator.context.close()
})

test.describe('user text is rendered as text', () => {
  test('in the actor list and the detail panel', async ({ page }) => {
    const nothingInjected = watchForInjection(page)
    await page.goto(`/?text=${MARKER}`)
    await expect(page.getByRole('rowheader', { name: NAME })).toBeVisible({ timeout: 90_000 })
    await page.goto(`/?actor=${published.id}`)
    const panel = page.getByRole('complementary', { name: NAME })
    await expect(panel).toBeVisible()
    await expect(panel.getByText(DESCRIPTION)).toBeVisible()
    await expect(panel.getByText(OFFERS_TEXT)).toBeVisible()
    await nothingInjected()
  })

  test('in the map’s panel', async ({ page }) => {
    const nothingInjected = watchForInjection(page)
    await page.goto(`/karte?actor=${published.id}`)
    const panel = page.getByRole('complementary', { name: NAME })
    await expect(panel).toBeVisible({ timeout: 90_000 })
    await expect(panel.getByText(DESCRIPTION)).toBeVisible()
    await nothingInjected()
  })

  test('in the partner finder', async ({ page }) => {
    const nothingInjected = watchForInjection(page)
    await page.goto(`/partner?place=Pirna&radiusKm=10&text=${MARKER}`)
    await expect(page.getByRole('heading', { level: 3, name: NAME })).toBeVisible({
      timeout: 90_000,
    })
    await nothingInjected()
  })

  test('in the moderation queue', async () => {
    const page = await coordinator.context.newPage()
    const nothingInjected = watchForInjection(page)
    await page.goto('/moderation')
    await expect(page.getByRole('heading', { level: 4, name: PENDING_NAME })).toBeVisible({
      timeout: 90_000,
    })
    await expect(page.getByText(DESCRIPTION).first()).toBeVisible()
    await nothingInjected()
    await page.close()
  })
})
