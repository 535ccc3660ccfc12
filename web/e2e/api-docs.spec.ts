import { expect, expectNoAxeViolations, test } from './fixtures.ts'

test.describe('API documentation', () => {
  test('has no accessibility violations, collapsed and with GET /actors open', async ({
    page,
    foreignRequests,
  }) => {
    await page.goto('/api/docs')
    const listActors = page.getByRole('button', { name: /GET \/actors List actors/ })
    await expect(listActors).toBeVisible()
    await expectNoAxeViolations(page)
    await listActors.click()
    await expect(page.getByRole('button', { name: 'Try it out' })).toBeVisible()
    await expectNoAxeViolations(page)
    expect(foreignRequests).toEqual([])
  })

  test('"Try it out" on GET /actors starts without filters, so the first call lists actors', async ({
    page,
  }) => {
    await page.goto('/api/docs')
    await page.getByRole('button', { name: /GET \/actors List actors/ }).click()
    await page.getByRole('button', { name: 'Try it out' }).click()
    await expect(page.getByPlaceholder('text')).toHaveValue('')
    const answer = page.waitForResponse((response) => response.url().includes('/api/actors'))
    await page.getByRole('button', { name: 'Execute' }).click()
    const response = await answer
    expect(response.url()).toMatch(/\/api\/actors$/)
    expect(response.status()).toBe(200)
    expect(((await response.json()) as { total: number }).total).toBeGreaterThan(0)
    await expect(page.getByText('Server response')).toBeVisible()
  })
})
