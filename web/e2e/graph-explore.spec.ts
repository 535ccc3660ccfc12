/**
 * The graph's explore tools against the analysis API they show: path finder (a path, and "Keine Verbindung"
 * between two components), ego network, communities, timeline (URL `year`, play and reduced motion) and the
 * district panel, checked cell by cell; axe in German and English.
 */
import type { APIRequestContext, Page } from '@playwright/test'
import type { Core } from 'cytoscape'
import { expect, expectNoAxeViolations, test } from './fixtures.ts'

// The first analysis of a fresh database runs in workers after start-up; on a loaded machine it takes a while.
test.describe.configure({ timeout: 120_000 })

interface Metrics {
  computing: boolean
  actors: { id: string; degree: number; component: number }[]
}
interface PathAnswer {
  connected: boolean
  length: number | null
  path: string[]
  steps: { id: string }[][]
  componentSizes: { from: number; to: number }
}

let metrics: Metrics

/** Waits until the analysis of the current data version has finished (not `computing`). */
async function warmAnalysis(request: APIRequestContext) {
  await expect
    .poll(
      async () => {
        const response = await request.get('/api/network/metrics')
        if (!response.ok()) return 'not ready'
        metrics = (await response.json()) as Metrics
        return metrics.computing ? 'computing' : 'ready'
      },
      { timeout: 90_000, intervals: [1000] },
    )
    .toBe('ready')
}

test.beforeAll(async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL })
  await warmAnalysis(request)
  await request.dispose()
})

async function nameOf(request: APIRequestContext, id: string) {
  const body = (await (await request.get(`/api/actors/${id}`)).json()) as {
    actor: { name: string }
  }
  return body.actor.name
}

/** Types the actor's name into the field and takes exactly that actor from the suggestions. */
async function chooseActor(page: Page, field: string, id: string, name: string) {
  const input = page.getByRole('combobox', { name: field, exact: true })
  await input.fill(name)
  const option = page.getByRole('option').and(page.locator(`[data-actor="${id}"]`))
  await option.click()
  await expect(input).toHaveValue(name)
}

/** Types the name and moves with ArrowDown until that actor's suggestion is active, then takes it with Enter. */
async function chooseActorByKeyboard(page: Page, field: string, id: string, name: string) {
  const input = page.getByRole('combobox', { name: field, exact: true })
  await input.focus()
  await page.keyboard.type(name)
  await expect(page.locator(`[role="option"][data-actor="${id}"]`)).toBeAttached()
  for (let step = 0; step < 8; step++) {
    await page.keyboard.press('ArrowDown')
    const active = await input.getAttribute('aria-activedescendant')
    if (active && (await page.locator(`#${active}`).getAttribute('data-actor')) === id) break
  }
  await page.keyboard.press('Enter')
  await expect(input).toHaveValue(name)
  await expect(input).toHaveAttribute('aria-expanded', 'false')
}

/**
 * What the canvas brings forward: the ids of its bright nodes, of its on-path edges, and of all its nodes.
 * Cytoscape keeps its instance on the container (`_cyreg`), so the test reads the drawn graph itself.
 */
async function canvasFocus(page: Page) {
  await expect(page.locator('.graph-frame')).toHaveAttribute('data-rendered', 'true', {
    timeout: 90_000,
  })
  return page.locator('.graph-canvas').evaluate((container) => {
    const cy = (container as unknown as { _cyreg: { cy: Core } })._cyreg.cy
    const ids = (elements: { id: () => string }[]) => elements.map((element) => element.id()).sort()
    return {
      bright: ids(cy.nodes('.bright').toArray()),
      onPath: ids(cy.edges('.on-path').toArray()),
      drawn: ids(cy.nodes().toArray()),
    }
  })
}

async function openSection(page: Page, name: string) {
  const button = page.getByRole('button', { name, exact: true })
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click()
  await expect(button).toHaveAttribute('aria-expanded', 'true')
}

const announcer = (page: Page) => page.getByTestId('explore-announcer')
const percent = new Intl.NumberFormat('de', { style: 'percent', maximumFractionDigits: 0 })

test.describe('graph explore tools', () => {
  test('the path finder tells the path /api/network/path finds between two demo actors, step by step', async ({
    page,
    request,
  }, testInfo) => {
    const largest = metrics.actors
      .filter((actor) => actor.component === 0 && actor.id.startsWith('demo-'))
      .map((actor) => actor.id)
      .sort()
    const [from, to] = [largest[0]!, largest.at(-1)!]
    const answer = (await (
      await request.get(`/api/network/path?from=${from}&to=${to}`)
    ).json()) as PathAnswer
    expect(answer.connected).toBe(true)
    const names = await Promise.all(answer.path.map((id) => nameOf(request, id)))

    await page.goto('/netzwerk')
    await chooseActor(page, 'Von', from, names[0]!)
    await chooseActor(page, 'Nach', to, names.at(-1)!)
    await page.getByRole('button', { name: 'Verbindung suchen' }).click()

    const result = page.getByTestId('path-result')
    const steps = answer.length!
    await expect(result.getByRole('heading')).toHaveText(
      `Verbunden in ${steps} ${steps === 1 ? 'Schritt' : 'Schritten'}`,
    )
    const items = result
      .getByRole('list', { name: 'Der Weg, Schritt für Schritt' })
      .getByRole('listitem')
    await expect(items).toHaveCount(steps)
    for (let step = 0; step < steps; step++) {
      const item = items.nth(step)
      const buttons = item.getByRole('button')
      await expect(buttons.first()).toHaveText(names[step]!)
      await expect(buttons.last()).toHaveText(names[step + 1]!)
      await expect(item).toContainText(' — ')
      const shown = await item
        .locator('[data-relationship]')
        .evaluateAll((ties) => ties.map((tie) => tie.getAttribute('data-relationship')))
      expect(shown).toEqual(answer.steps[step]!.map((tie) => tie.id))
    }
    await expect(announcer(page)).toHaveText(
      `Verbindung gefunden: ${names[0]} und ${names.at(-1)}, ${steps} ${steps === 1 ? 'Schritt' : 'Schritte'}.`,
    )
    await expect
      .poll(async () => (await canvasFocus(page)).onPath)
      .toEqual(answer.steps.flatMap((ties) => ties.map((tie) => tie.id)).sort())
    expect((await canvasFocus(page)).bright).toEqual([...answer.path].sort())
    await page.screenshot({ path: testInfo.outputPath('path.png'), fullPage: true })

    // A name on the path opens that actor in the shared panel.
    await items.first().getByRole('button').last().click()
    await expect(page).toHaveURL(new RegExp(`actor=${answer.path[1]}(&|$)`))
  })

  test('the path finder says "Keine Verbindung" with both components\' sizes for actors in two components', async ({
    page,
    request,
  }) => {
    const inComponent = (component: number) =>
      metrics.actors.find((actor) => actor.component === component)!.id
    const [from, to] = [inComponent(0), inComponent(1)]
    const answer = (await (
      await request.get(`/api/network/path?from=${from}&to=${to}`)
    ).json()) as PathAnswer
    expect(answer.connected).toBe(false)
    const [fromName, toName] = [await nameOf(request, from), await nameOf(request, to)]
    const size = new Intl.NumberFormat('de')

    await page.goto('/netzwerk')
    await chooseActor(page, 'Von', from, fromName)
    await chooseActor(page, 'Nach', to, toName)
    await page.keyboard.press('Enter')

    const result = page.getByTestId('path-result')
    await expect(result.getByRole('heading')).toHaveText('Keine Verbindung')
    await expect(result).toContainText(
      `${fromName} gehört zu einem Teil des Netzes mit ${size.format(answer.componentSizes.from)} Akteuren, ${toName} zu einem anderen mit ${size.format(answer.componentSizes.to)} Akteuren`,
    )
    await expect(announcer(page)).toHaveText(`Keine Verbindung zwischen ${fromName} und ${toName}.`)
  })

  test('the path finder and a community work with the keyboard alone', async ({
    page,
    request,
  }) => {
    const inLargest = metrics.actors.filter((actor) => actor.component === 0)
    const [from, to] = [inLargest[0]!.id, inLargest.at(-1)!.id]
    const [fromName, toName] = [await nameOf(request, from), await nameOf(request, to)]
    await page.goto('/netzwerk')
    await chooseActorByKeyboard(page, 'Von', from, fromName)
    await page.keyboard.press('Tab')
    await expect(page.getByRole('combobox', { name: 'Nach', exact: true })).toBeFocused()
    await chooseActorByKeyboard(page, 'Nach', to, toName)
    // Enter with no suggestion open submits the form.
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('path-result').getByRole('heading')).toHaveText(/^Verbunden in/)
    await expect(announcer(page)).toContainText('Verbindung gefunden')

    await page.getByRole('button', { name: 'Communities', exact: true }).focus()
    await page.keyboard.press('Enter')
    const firstCommunity = page.locator('[data-community]').first()
    await expect(firstCommunity).toBeVisible()
    await page.keyboard.press('Tab')
    await expect(firstCommunity.getByRole('button').first()).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(firstCommunity.getByRole('heading', { name: 'Mitglieder' })).toBeVisible()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await expect(firstCommunity.getByRole('button', { name: /^Im Graph zeigen/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await expect(announcer(page)).toContainText('im Graph gezeigt')
  })

  test('the ego list of the selected actor equals /api/network/ego, with 1 and with 2 steps', async ({
    page,
    request,
  }) => {
    const hub = [...metrics.actors].sort(
      (a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1),
    )[0]!
    const ego = async (depth: 1 | 2) =>
      (
        (await (await request.get(`/api/network/ego/${hub.id}?depth=${depth}`)).json()) as {
          nodes: { id: string; distance: number }[]
        }
      ).nodes
    const listed = (ring: 1 | 2) =>
      page
        .getByTestId(`ego-ring-${ring}`)
        .locator('li[data-actor]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-actor')!).sort())
    const atDistance = (nodes: { id: string; distance: number }[], distance: number) =>
      nodes
        .filter((node) => node.distance === distance)
        .map((node) => node.id)
        .sort()

    await page.goto(`/netzwerk?actor=${hub.id}`)
    const one = await ego(1)
    await expect(page.getByRole('heading', { name: /^Direkte Partner/ })).toHaveText(
      `Direkte Partner (${one.length - 1})`,
    )
    expect(await listed(1)).toEqual(atDistance(one, 1))
    await expect(announcer(page)).toContainText(`${one.length - 1} Partner in 1 Schritt`)

    await page.getByRole('radio', { name: /^2 Schritte/ }).check()
    const two = await ego(2)
    await expect(page.getByRole('heading', { name: /^Partner der Partner/ })).toHaveText(
      `Partner der Partner (${atDistance(two, 2).length})`,
    )
    expect(await listed(1)).toEqual(atDistance(two, 1))
    expect(await listed(2)).toEqual(atDistance(two, 2))
    await expect(announcer(page)).toContainText(`${two.length - 1} Partner in 2 Schritten`)

    const highlight = page.getByRole('button', { name: 'Im Graph hervorheben' })
    await highlight.click()
    await expect(highlight).toHaveAttribute('aria-pressed', 'true')
  })

  test('a community expands to its members and "Im Graph zeigen" brings it forward', async ({
    page,
    request,
  }) => {
    const { communities } = (await (await request.get('/api/network/communities')).json()) as {
      communities: { id: number; name: { de: string }; size: number; members: string[] }[]
    }
    const largest = communities[0]!
    await page.goto('/netzwerk')
    await openSection(page, 'Communities')
    const item = page.locator(`[data-community="${largest.id}"]`)
    const disclosure = item.getByRole('button', {
      name: `${largest.name.de} (${largest.size} Akteure)`,
    })
    await disclosure.click()
    await expect(disclosure).toHaveAttribute('aria-expanded', 'true')
    await expect(item.getByRole('heading', { name: 'Mitglieder' })).toBeVisible()
    await item.getByRole('button', { name: /^Alle \d+ Mitglieder zeigen$/ }).click()
    const members = await item
      .locator('li[data-actor]')
      .evaluateAll((items) => items.map((entry) => entry.getAttribute('data-actor')!).sort())
    expect(members).toEqual([...largest.members].sort())

    const show = page.getByRole('button', { name: `Im Graph zeigen: ${largest.name.de}` })
    await show.click()
    await expect(show).toHaveAttribute('aria-pressed', 'true')
    await expect(announcer(page)).toHaveText(
      `Community ${largest.name.de} im Graph gezeigt: ${largest.size} Akteure.`,
    )
    const { drawn } = await canvasFocus(page)
    const drawnMembers = largest.members.filter((id) => drawn.includes(id)).sort()
    expect(drawnMembers.length).toBeGreaterThan(0)
    await expect.poll(async () => (await canvasFocus(page)).bright).toEqual(drawnMembers)
  })

  test('the timeline slider and play button change URL year; the table has every year', async ({
    page,
    request,
  }) => {
    const { years } = (await (await request.get('/api/network/timeline')).json()) as {
      years: {
        year: number
        actorsActive: number
        relationshipsActive: number
        newTies: number
        components: number
      }[]
    }
    const first = years[0]!.year
    const last = years.at(-1)!.year
    await page.goto('/netzwerk')
    await openSection(page, 'Zeitleiste')
    const slider = page.getByRole('slider', { name: 'Jahr' })
    await slider.focus()
    await page.keyboard.press('ArrowLeft')
    await expect(page).toHaveURL(new RegExp(`year=${last - 1}(&|$)`))
    await expect(
      page.getByRole('checkbox', { name: 'Alle Jahre (ohne Zeitfilter)' }),
    ).not.toBeChecked()
    const shown = years.find((entry) => entry.year === last - 1)!
    await expect(announcer(page)).toContainText(`Jahr ${last - 1}:`)
    await expect(announcer(page)).toContainText(
      `${new Intl.NumberFormat('de').format(shown.relationshipsActive)} Verbindungen aktiv`,
    )

    await page.keyboard.press('Home')
    await expect(page).toHaveURL(new RegExp(`year=${first}(&|$)`))
    // The canvas draws exactly the actors and ties the timeline counts as active in that year.
    const frame = page.locator('.graph-frame')
    await expect(frame).toHaveAttribute(
      'data-visible-edges',
      String(years[0]!.relationshipsActive),
      {
        timeout: 90_000,
      },
    )
    await expect(frame).toHaveAttribute('data-visible-nodes', String(years[0]!.actorsActive))
    const play = page.getByRole('button', { name: 'Abspielen' })
    await play.click()
    await expect(page).toHaveURL(new RegExp(`year=${first + 1}(&|$)`), { timeout: 10_000 })
    await page.getByRole('button', { name: 'Anhalten' }).click()
    await expect(page.getByRole('button', { name: 'Abspielen' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )

    await page.getByRole('checkbox', { name: 'Alle Jahre (ohne Zeitfilter)' }).check()
    await expect(page).not.toHaveURL(/year=/)

    await page.getByText('Zahlen je Jahr als Tabelle').click()
    const rows = page.getByTestId('timeline-table').locator('tbody tr')
    await expect(rows).toHaveCount(years.length)
    for (const [index, entry] of years.entries()) {
      await expect(rows.nth(index).locator('th, td')).toHaveText(
        [
          entry.year,
          entry.actorsActive,
          entry.relationshipsActive,
          entry.newTies,
          entry.components,
        ].map(String),
      )
    }
  })

  test('with reduced motion the timeline steps one year per click instead of playing', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, reducedMotion: 'reduce', locale: 'de-DE' })
    const page = await context.newPage()
    await page.goto('/netzwerk?year=2015')
    await openSection(page, 'Zeitleiste')
    await expect(page.getByRole('button', { name: 'Abspielen' })).toHaveCount(0)
    await page.getByRole('button', { name: 'Nächstes Jahr' }).click()
    await expect(page).toHaveURL(/year=2016(&|$)/)
    await page.waitForTimeout(2000)
    await expect(page).toHaveURL(/year=2016(&|$)/)
    await context.close()
  })

  test("the district table equals /api/network/districts cell by cell and links to the map's district layer", async ({
    page,
    request,
  }, testInfo) => {
    const body = (await (await request.get('/api/network/districts')).json()) as {
      districts: {
        ags: string
        name: string
        actors: number
        internalTies: number
        crossDistrictTies: number
        isolation: number
        strongestNeighbours: { name: string; ties: number }[]
      }[]
    }
    const meta = (await (await request.get('/api/meta')).json()) as {
      districts: { ags: string; type: string }[]
    }
    const isCity = (ags: string) =>
      meta.districts.find((district) => district.ags === ags)?.type === 'Kreisfreie Stadt'

    await page.goto('/netzwerk')
    await openSection(page, 'Landkreise im Netz')
    const table = page.getByRole('table', { name: 'Landkreise und Kreisfreie Städte im Netz' })
    await expect(table.locator('tbody tr')).toHaveCount(body.districts.length)
    for (const [index, district] of body.districts.entries()) {
      const row = table.locator('tbody tr').nth(index)
      const neighbour = district.strongestNeighbours[0]
      const cells = [
        isCity(district.ags) ? `${district.name} (Stadt)` : district.name,
        String(district.actors),
        String(district.internalTies),
        String(district.crossDistrictTies),
        percent.format(district.isolation),
        neighbour ? `${neighbour.name} (${neighbour.ties})` : '–',
      ]
      await expect(row.locator('th, td')).toHaveText(cells)
    }

    const isolated = [...body.districts].sort((a, b) => b.isolation - a.isolation)[0]!
    await expect(
      page.getByTestId('districts-isolated').getByRole('listitem').first(),
    ).toContainText(`${percent.format(isolated.isolation)} der Verbindungen bleiben im Kreis`)
    await page.screenshot({ path: testInfo.outputPath('districts.png'), fullPage: true })

    const first = body.districts[0]!
    const link = table.getByRole('link', { name: new RegExp(`^${first.name}.* auf der Karte$`) })
    await link.click()
    await expect(page).toHaveURL(/\/karte\?/)
    const url = new URL(page.url())
    expect(url.searchParams.get('layers')).toBe('actors,districts')
    expect(url.searchParams.get('district')).toBe(first.ags)
    await expect(page.getByRole('checkbox', { name: 'Kreise: Analyse' })).toBeChecked()
  })

  for (const language of ['de', 'en'] as const) {
    test(`every explore tool open with results has no axe violations (${language})`, async ({
      page,
      request,
    }, testInfo) => {
      const hub = [...metrics.actors].sort((a, b) => b.degree - a.degree)[0]!
      await page.goto(`/netzwerk?actor=${hub.id}&lang=${language}`)
      const de = language === 'de'
      for (const name of de
        ? ['Communities', 'Zeitleiste', 'Landkreise im Netz']
        : ['Communities', 'Timeline', 'Districts in the network'])
        await openSection(page, name)
      const from = metrics.actors.find((actor) => actor.component === 0 && actor.id !== hub.id)!
      await chooseActor(page, de ? 'Von' : 'From', hub.id, await nameOf(request, hub.id))
      await chooseActor(page, de ? 'Nach' : 'To', from.id, await nameOf(request, from.id))
      await page
        .getByRole('button', { name: de ? 'Verbindung suchen' : 'Find the connection' })
        .click()
      await expect(page.getByTestId('path-result')).toBeVisible()
      await page.locator('[data-community]').first().getByRole('button').first().click()
      await expect(page.getByRole('table').first()).toBeVisible()
      await page.screenshot({
        path: testInfo.outputPath(`explore-${language}.png`),
        fullPage: true,
      })
      await expectNoAxeViolations(page)
    })
  }
})
