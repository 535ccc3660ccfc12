import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures.ts'

const results = (page: Page) =>
  page.getByRole('region', { name: 'Ergebnisse' }).getByRole('list').first()

function partnerAnswer(page: Page) {
  return page.waitForResponse((response) => response.url().includes('/api/partners?'))
}

test.describe('partner finder', () => {
  test('finds partners within 30 km of Weißwasser for housing and seniors that could use our premises', async ({
    page,
  }) => {
    await page.goto('/partner')
    await page
      .getByRole('combobox', { name: 'Ort, Landkreis oder Postleitzahl' })
      .fill('Weisswasser')
    await page.getByRole('option', { name: /^Weißwasser\/O\.L\. \(Görlitz\)/ }).click()
    await page.getByRole('spinbutton', { name: 'Umkreis in km' }).fill('30')
    await page.locator('summary').filter({ hasText: 'Themen' }).click()
    await page.getByRole('checkbox', { name: 'Wohnen' }).check()
    await page.getByRole('checkbox', { name: 'Seniorinnen und Senioren' }).check()
    await page.locator('summary').filter({ hasText: 'Wir bieten' }).click()
    await page
      .getByRole('group', { name: 'Wir bieten' })
      .getByRole('checkbox', { name: 'Räume' })
      .check()
    const answer = partnerAnswer(page)
    await page.getByRole('button', { name: 'Partner suchen' }).click()
    const body = (await (await answer).json()) as {
      results: { distanceKm: number; reasons: { de: string }[]; actor: { name: string } }[]
    }

    expect(body.results.length).toBeGreaterThan(0)
    for (const result of body.results) {
      expect(result.distanceKm).toBeLessThanOrEqual(30)
      expect(result.reasons.length).toBeGreaterThan(1)
    }
    await expect(
      page.getByRole('status').filter({ hasText: 'im Umkreis von 30 km um Weißwasser/O.L.' }),
    ).toBeVisible()
    // The resolved place says how precise it is: a town is searched from its centre.
    await expect(
      page.getByText('Genauigkeit des Orts: Gemeindemittelpunkt', { exact: true }),
    ).toBeVisible()
    // Someone there needs premises, and their reason says we offer them.
    await expect(results(page)).toContainText('sucht Räume — Sie bieten Räume')
    const items = results(page).locator(':scope > li')
    await expect(items).toHaveCount(body.results.length)
    // Each result: a heading with its name, its reasons in words, and the points they add.
    const first = items.first()
    await expect(
      first.getByRole('heading', { level: 3, name: body.results[0]!.actor.name }),
    ).toBeVisible()
    await expect(first.getByRole('list', { name: 'Warum dieser Treffer' })).toContainText(
      /km entfernt \+[\d,]+ Punkte/,
    )
    await expect(first.getByRole('heading', { name: 'Kontakt' })).toBeVisible()
    // A result opens the shared detail panel here, beside the map (not a jump to the list).
    await expect(first.getByRole('link', { name: body.results[0]!.actor.name })).toHaveAttribute(
      'href',
      /^\/partner\?.*actor=/,
    )

    // The URL is the search: opened afresh, it shows the same results in the same order.
    const url = new URL(page.url())
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      place: 'Weißwasser/O.L. (Görlitz)',
      radiusKm: '30',
      topic: 'housing,seniors',
      offers: 'premises',
    })
    const names = await items.getByRole('heading', { level: 3 }).allTextContents()
    const again = await page.context().newPage()
    await again.goto(url.pathname + url.search)
    await expect(
      results(again).locator(':scope > li').getByRole('heading', { level: 3 }),
    ).toHaveText(names)
    await expect(again.getByRole('combobox')).toHaveValue('Weißwasser/O.L. (Görlitz)')
    await expectNoAxeViolations(page)
  })

  test('draws the search on a map: the dashed radius circle, the centre and one numbered point per result; a result opens the shared panel', async ({
    page,
  }, testInfo) => {
    const answer = partnerAnswer(page)
    await page.goto('/partner?place=Weißwasser&radiusKm=30&topic=housing,seniors&needs=premises')
    const body = (await (await answer).json()) as {
      results: { actor: { id: string; name: string } }[]
    }
    const n = body.results.length
    expect(n).toBeGreaterThan(1)
    const map = page.locator('.partner-map')
    await expect(map).toHaveAttribute('data-map-idle', 'true', { timeout: 90_000 })
    await expect(map).toHaveAttribute('data-radius-km', '30')
    await expect(map).toHaveAttribute('data-drawn-circle', 'true')
    // The renderer drew the numbers 1…N, as the ordered list numbers its N results.
    const numbers = Array.from({ length: n }, (_, i) => i + 1).join(',')
    await expect(map).toHaveAttribute('data-drawn-numbers', numbers)
    await expect(results(page).locator(':scope > li')).toHaveCount(n)
    await expect(
      page.getByRole('application', {
        name: `Karte der Suche: Umkreis von 30 km um Weißwasser/O.L. (Görlitz) und ${n} Treffer, nummeriert wie die Liste`,
      }),
    ).toBeVisible()
    const credits = map.locator('.maplibregl-ctrl-attrib')
    await expect(credits).toBeVisible()
    await expect(credits).toContainText('© GeoBasis-DE / BKG')
    await page.screenshot({ path: testInfo.outputPath('partner-map.png'), fullPage: true })
    await map.screenshot({ path: testInfo.outputPath('partner-map-only.png') })
    await expectNoAxeViolations(page)

    const second = body.results[1]!.actor
    await results(page).getByRole('link', { name: second.name }).click()
    await expect(page).toHaveURL(new RegExp(`/partner\\?.*actor=${second.id}`))
    const panel = page.getByRole('complementary', { name: second.name })
    await expect(panel).toBeVisible()
    await expect(page.getByRole('region', { name: 'Ergebnisse' })).toBeVisible()
    await expectNoAxeViolations(page)
    await panel.getByRole('button', { name: 'Details schließen' }).click()
    await expect(page).not.toHaveURL(/actor=/)
    await expect(results(page).getByRole('link', { name: second.name })).toBeFocused()
  })

  test('puts the form beside the results from 1280 px on, and above them at 1024 px', async ({
    page,
  }) => {
    const form = page.locator('form.partner-form')
    const list = results(page)
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto('/partner?place=Weißwasser&radiusKm=30&topic=housing')
    await expect(list.getByRole('listitem').first()).toBeVisible({ timeout: 60_000 })
    const [wideForm, wideList] = [(await form.boundingBox())!, (await list.boundingBox())!]
    expect(wideForm.x + wideForm.width).toBeLessThanOrEqual(wideList.x)
    expect(wideList.y).toBeLessThan(wideForm.y + wideForm.height)
    await page.setViewportSize({ width: 1024, height: 768 })
    await expect
      .poll(async () => (await list.boundingBox())!.y)
      .toBeGreaterThanOrEqual((await form.boundingBox())!.y + (await form.boundingBox())!.height)
    await expectNoAxeViolations(page)
  })

  test('offers the nearest spelling for a misspelt place and searches with it', async ({
    page,
  }) => {
    await page.goto('/partner?place=Weisswaser&radiusKm=30')
    const error = page.locator('#partner-place-error')
    await expect(error).toContainText('Diesen Ort kennen wir nicht. Meinten Sie:')
    await expect(page.getByRole('combobox')).toHaveAttribute('aria-invalid', 'true')
    await expectNoAxeViolations(page)
    await error.getByRole('button', { name: 'Weißwasser/O.L. (Görlitz)' }).click()
    await expect(page.getByRole('region', { name: 'Ergebnisse' })).toBeVisible()
    expect(new URL(page.url()).searchParams.get('place')).toBe('Weißwasser/O.L. (Görlitz)')
  })

  test('offers the choices for a place two municipalities share, and searches with the one chosen', async ({
    page,
  }) => {
    await page.goto('/partner?place=Bernsdorf&radiusKm=30')
    const error = page.locator('#partner-place-error')
    await expect(error).toContainText('Mehrere Orte heißen so. Bitte wählen Sie einen.')
    await expect(page.getByRole('combobox')).toHaveAttribute('aria-invalid', 'true')
    await expect(error.getByRole('button', { name: 'Bernsdorf (Bautzen)' })).toBeVisible()
    await expect(error.getByRole('button', { name: 'Bernsdorf (Zwickau)' })).toBeVisible()
    await expectNoAxeViolations(page)
    const answer = partnerAnswer(page)
    await error.getByRole('button', { name: 'Bernsdorf (Zwickau)' }).click()
    const body = (await (await answer).json()) as { place: { label: string; ref: string } }
    expect(body.place).toMatchObject({ label: 'Bernsdorf (Zwickau)' })
    await expect(
      page.getByRole('status').filter({ hasText: 'um Bernsdorf (Zwickau)' }),
    ).toBeVisible()
    expect(new URL(page.url()).searchParams.get('place')).toBe('Bernsdorf (Zwickau)')
  })

  test('counts the network of my organisation: shared partners appear as reasons, and only with it', async ({
    page,
  }) => {
    // A tenants' initiative in Weißwasser (demo data) whose partners work with others nearby.
    const search = '/partner?place=Weißwasser&radiusKm=30&from=demo-000122'
    const answer = partnerAnswer(page)
    await page.goto(search)
    const body = (await (await answer).json()) as {
      results: { actor: { id: string }; reasons: { kind: string; de: string }[] }[]
    }
    const networked = body.results.filter((result) =>
      result.reasons.some((reason) => reason.kind === 'shared_partners'),
    )
    expect(networked.length).toBeGreaterThan(0)
    expect(body.results.map((result) => result.actor.id)).not.toContain('demo-000122')
    const first = networked[0]!
    const sentence = first.reasons.find((reason) => reason.kind === 'shared_partners')!.de
    expect(sentence).toMatch(/^(gemeinsamer Partner: |\d+ gemeinsame Partner: )/)
    await expect(
      results(page)
        .locator(':scope > li')
        .filter({ has: page.getByRole('heading', { level: 3 }) })
        .getByRole('list', { name: 'Warum dieser Treffer' })
        .filter({ hasText: sentence })
        .first(),
    ).toBeVisible()
    await expectNoAxeViolations(page)

    // The same search without my organisation names no shared partner.
    const without = partnerAnswer(page)
    await page.goto('/partner?place=Weißwasser&radiusKm=30')
    const plain = (await (await without).json()) as typeof body
    expect(
      plain.results.flatMap((result) => result.reasons).map((reason) => reason.kind),
    ).not.toContain('shared_partners')
    await expect(results(page).locator(':scope > li').first()).toBeVisible()
    await expect(results(page)).not.toContainText('gemeinsame')
  })

  test('"Kontakt" shows the public contact of the actor and nothing else', async ({
    page,
    request,
  }) => {
    const answer = partnerAnswer(page)
    await page.goto('/partner?place=Weißwasser&radiusKm=30')
    const body = (await (await answer).json()) as {
      results: {
        actor: Record<string, unknown> & {
          id: string
          contact: { email: string | null; phone: string | null } | null
          website: string | null
        }
      }[]
    }
    // The answer carries the summary, offers, needs and the public contact: no other actor field.
    const allowed = new Set([
      ...['id', 'name', 'kind', 'type', 'topics', 'municipalityAgs', 'districtAgs', 'location'],
      ...['status', 'startDate', 'city', 'synthetic', 'dataset'],
      ...['contact', 'website', 'offers', 'needs'],
    ])
    for (const { actor } of body.results) {
      expect(Object.keys(actor).filter((key) => !allowed.has(key))).toEqual([])
    }
    const items = results(page).locator(':scope > li')
    await expect(items).toHaveCount(body.results.length)
    const withContact = body.results.findIndex(({ actor }) => actor.contact?.email)
    const withoutContact = body.results.findIndex(
      ({ actor }) => !actor.contact?.email && !actor.contact?.phone && !actor.website,
    )
    expect(withContact).toBeGreaterThanOrEqual(0)
    const { actor } = body.results[withContact]!
    // The same contact as the actor's public record.
    const record = (await (await request.get(`/api/actors/${actor.id}`)).json()) as {
      actor: { contact: unknown; website: unknown }
    }
    expect(record.actor.contact).toEqual(actor.contact)
    expect(record.actor.website).toEqual(actor.website)
    const contact = items.nth(withContact).locator('.partner-contact')
    const links = [
      ...(actor.contact?.email ? [`mailto:${actor.contact.email}`] : []),
      ...(actor.contact?.phone ? [`tel:${actor.contact.phone.replace(/\s+/g, '')}`] : []),
      ...(actor.website ? [actor.website] : []),
    ]
    await expect(contact.getByRole('link')).toHaveCount(links.length)
    for (const [n, href] of links.entries()) {
      await expect(contact.getByRole('link').nth(n)).toHaveAttribute('href', href)
    }
    if (withoutContact >= 0) {
      await expect(items.nth(withoutContact)).toContainText('Kein öffentlicher Kontakt angegeben.')
    }
  })

  test('shows a refused radius at its field', async ({ page }) => {
    await page.goto('/partner?place=Weißwasser&radiusKm=0')
    await expect(page.locator('#partner-radius-error')).toHaveText(
      'Der Umkreis muss größer als 0 und höchstens 300 km sein.',
    )
    await expect(page.getByRole('spinbutton', { name: 'Umkreis in km' })).toHaveAttribute(
      'aria-invalid',
      'true',
    )
  })

  test('says what to relax when nothing is found, and applies it', async ({ page }) => {
    await page.goto('/partner?place=Weißwasser&radiusKm=1&topic=gender_equality')
    await expect(
      page.getByRole('heading', { name: 'Im Umkreis von 1 km gibt es keine Treffer' }),
    ).toBeVisible()
    const wider = page.getByRole('button', { name: /^Übernehmen: mit \d+ km: \d+$/ })
    await expect(wider).toBeVisible()
    await expectNoAxeViolations(page)
    await wider.click()
    await expect(results(page).locator(':scope > li').first()).toBeVisible()
  })

  test('works by keyboard alone: place from the list, a topic, submit', async ({ page }) => {
    await page.goto('/partner')
    const place = page.getByRole('combobox')
    for (
      let tab = 0;
      tab < 12 && !(await place.evaluate((el) => el === document.activeElement));
      tab++
    ) {
      await page.keyboard.press('Tab')
    }
    await expect(place).toBeFocused()
    await page.keyboard.type('weißwasser')
    await expect(page.getByRole('listbox')).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await expect(place).toHaveAttribute('aria-activedescendant', 'partner-place-option-0')
    await expectNoAxeViolations(page)
    await page.keyboard.press('Enter')
    await expect(place).toHaveValue('Weißwasser/O.L. (Görlitz)')
    await expect(page.getByRole('listbox')).toBeHidden()
    // Slider, number, then the topics' disclosure.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('checkbox', { name: 'Wohnen' })).toBeFocused()
    await page.keyboard.press('Space')
    await place.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('region', { name: 'Ergebnisse' })).toBeVisible()
    expect(new URL(page.url()).searchParams.get('topic')).toBe('housing')
  })

  test('"Partner finden" keeps the shared filters, names those the form has no field for, and hands them back to the list', async ({
    page,
  }) => {
    await page.goto('/?topic=housing&type=welfare_org&synthetic=false&sort=-connections')
    await page.getByRole('navigation').getByRole('link', { name: 'Partner finden' }).click()
    await expect(page.getByRole('heading', { name: 'Partner finden', level: 2 })).toBeVisible()
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
      topic: 'housing',
      type: 'welfare_org',
      synthetic: 'false',
    })
    await expect(page.getByRole('checkbox', { name: 'Wohnen' })).toBeChecked()
    const carried = page.getByRole('region', { name: 'Weitere Filter aus der Liste oder Karte' })
    await expect(carried.getByRole('listitem')).toHaveText([
      'Art des Akteurs: Wohlfahrtsverband',
      'Daten: nur echte Daten',
    ])
    await expectNoAxeViolations(page)

    await page.getByRole('combobox', { name: 'Ort, Landkreis oder Postleitzahl' }).fill('Leipzig')
    const answer = partnerAnswer(page)
    await page.getByRole('button', { name: 'Partner suchen' }).click()
    const response = await answer
    expect(new URL(response.url()).searchParams.get('type')).toBe('welfare_org')
    expect(new URL(response.url()).searchParams.get('synthetic')).toBe('false')
    const body = (await response.json()) as { results: { actor: { type: string } }[] }
    for (const result of body.results) expect(result.actor.type).toBe('welfare_org')

    await page.getByRole('navigation').getByRole('link', { name: 'Liste' }).click()
    await expect(page).toHaveURL(/^[^?]*\/\?/)
    const list = new URL(page.url()).searchParams
    expect(list.get('type')).toBe('welfare_org')
    expect(list.get('topic')).toBe('housing')
    expect(list.has('place')).toBe(false)
    await expect(page.getByRole('status').filter({ hasText: 'angezeigt' })).toBeVisible()
    // Nothing of the partner search is refused on the list.
    await expect(page.locator('.url-notice')).toHaveCount(0)

    await page.goto('/partner?type=welfare_org&place=Leipzig')
    await page.getByRole('button', { name: 'Diese Filter entfernen' }).click()
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ place: 'Leipzig' })
  })
})
