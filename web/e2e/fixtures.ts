/**
 * Test fixtures: every page records requests that leave the app's origin (there must be none: the app works
 * offline), and `expectNoAxeViolations` runs axe with the WCAG 2.1 A/AA rules.
 */
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: async ({ page, baseURL }, use) => {
    const foreign: string[] = []
    page.on('request', (request) => {
      const url = request.url()
      if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:'))
        foreign.push(url)
    })
    await use(foreign)
    expect(foreign, 'requests that left the app origin').toEqual([])
  },
})

export { expect }

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.length}×) ${v.nodes[0]?.target.join(' ')}`,
  )
  expect(summary).toEqual([])
}

/** Rows of the actor table, by the accessible name of their row header. */
export function actorRows(page: Page) {
  return page.getByRole('table', { name: /Akteure|Actors/ }).getByRole('row')
}

/** Opens the disclosure of a multi-select filter (its summary names the filter). */
export async function openFilter(page: Page, caption: string) {
  await page.locator('summary').filter({ hasText: caption }).click()
}
