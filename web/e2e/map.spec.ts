import fs from 'node:fs'
import path from 'node:path'
import { expect, expectNoAxeViolations, openFilter, test } from './fixtures.ts'
import type { Page } from '@playwright/test'
import { actorTypeSymbols } from '../src/ui/actor-symbols.ts'

type ActorType = keyof typeof actorTypeSymbols

// The map is slow to settle on SwiftShader on a loaded machine.
test.describe.configure({ timeout: 120_000 })

const GEO_DIR = process.env.GEO_DIR ?? path.resolve(import.meta.dirname, '../../../shared/data/geo')

async function mapIdle(page: Page) {
  await expect(page.locator('.map-frame')).toHaveAttribute('data-map-idle', 'true', {
    timeout: 60_000,
  })
}

async function selectCentreActor(page: Page) {
  await page.getByRole('application', { name: /Karte von Sachsen/ }).focus()
  await page.keyboard.press('Enter')
}

/** "1.234 von 2.821 angezeigt" (or "38 angezeigt") → 2821: the list's total. */
async function listTotal(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: 'angezeigt' })
  await expect(status).toHaveText(/\d angezeigt/, { timeout: 90_000 })
  const text = (await status.textContent())!
  return Number(/(?:von )?([\d.]+) angezeigt/.exec(text)![1]!.replaceAll('.', ''))
}

/** The map's two counts: actors drawn, and actors without a place (0 when the second is not shown). */
async function mapCounts(page: Page): Promise<{ shown: number; withoutPlace: number }> {
  const counts = page.locator('.map-counts')
  await expect(counts).toContainText('auf der Karte')
  const text = (await counts.textContent())!
  const number = (pattern: RegExp) => Number(pattern.exec(text)?.[1]?.replaceAll('.', '') ?? 0)
  return {
    shown: number(/([\d.]+) Akteure? auf der Karte/),
    withoutPlace: number(/([\d.]+) Akteure? ohne Ort/),
  }
}

test.describe('map', () => {
  test('prints its counts and the list total with the German thousands separator', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('status').filter({ hasText: 'angezeigt' })).toHaveText(
      /von \d{1,3}(\.\d{3})+ angezeigt/,
      { timeout: 90_000 },
    )
    await page.getByRole('navigation').getByRole('link', { name: 'Karte' }).click()
    await expect(page.locator('.map-counts')).toContainText(
      /\d{1,3}(\.\d{3})+ Akteure auf der Karte/,
      {
        timeout: 90_000,
      },
    )
  })

  test('reaches idle showing Saxony, districts, clusters and the credit line, all from the app origin', async ({
    page,
    foreignRequests,
  }, testInfo) => {
    await page.goto('/karte')
    await mapIdle(page)
    const credits = page.locator('.maplibregl-ctrl-attrib')
    await expect(credits).toContainText('© GeoBasis-DE / BKG (2025) (Daten verändert)')
    await expect(credits).toContainText('Statistisches Bundesamt (Destatis)')
    await expect(credits.getByRole('link', { name: '© GeoBasis-DE / BKG' })).toHaveAttribute(
      'href',
      'https://www.bkg.bund.de',
    )
    await expect(credits.getByRole('link', { name: 'dl-de/by-2-0' }).first()).toHaveAttribute(
      'href',
      'https://www.govdata.de/dl-de/by-2-0',
    )
    // Leipzig's actors have OpenStreetMap coordinates: the ODbL credit is on screen with them.
    await expect(credits.getByRole('link', { name: 'ODbL 1.0' })).toBeVisible()
    await expect(page.getByText(/\d+ Akteure auf der Karte/)).toBeVisible()
    await expect(page.getByText(/\d+ Akteure ohne Ort/)).toBeVisible()
    await page.screenshot({ path: testInfo.outputPath('map.png') })
    await expectNoAxeViolations(page)
    expect(foreignRequests).toEqual([])
  })

  test('selecting an actor opens the shared panel with its relationships as lines, and the URL reproduces the view', async ({
    page,
    context,
  }) => {
    await page.goto('/karte?text=Volkssolidarit%C3%A4t%20Stadtverband%20Leipzig&synthetic=false')
    await mapIdle(page)
    await selectCentreActor(page)
    await expect(page).toHaveURL(/actor=/)
    const id = new URL(page.url()).searchParams.get('actor')!
    const name = 'Volkssolidarität Stadtverband Leipzig e.V.'
    expect(id).toBe('ld-verein-volkssolidaritaet-stadtverbandleipzig')
    const panel = page.getByRole('complementary', { name })
    await expect(panel).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: `Ausgewählt: ${name}` })).toBeVisible()
    await expect(panel.getByRole('heading', { name: 'Verbindungen' })).toBeVisible()
    await expect(page.locator('.map-frame')).not.toHaveAttribute('data-selected-ties', '0')

    const again = await context.newPage()
    await again.goto(page.url())
    await expect(again.getByRole('complementary', { name })).toBeVisible()
    await expect(again.locator('.map-frame')).not.toHaveAttribute('data-selected-ties', '0')
    await again.close()

    await page.getByRole('link', { name: 'Als Liste anzeigen' }).click()
    await expect(page).toHaveURL(/^[^?]*\/\?/)
    await expect(page).toHaveURL(new RegExp(`actor=${id}(&|$)`))
    await expect(page).toHaveURL(/synthetic=false/)
    await expect(page.getByRole('complementary', { name })).toBeVisible()
    await expect(page).toHaveURL(/text=Volkssolidarit/)
  })

  test('counts the actors without a place and links to the list of exactly them', async ({
    page,
  }) => {
    await page.goto('/karte?synthetic=false')
    const count = page.getByText(/(\d+) Akteure ohne Ort/)
    // The count comes with the map's rows; on a loaded machine the map takes longer than 5 s to start.
    await expect(count).toBeVisible({ timeout: 60_000 })
    const n = Number(/(\d+) Akteure ohne Ort/.exec((await count.textContent())!)![1])
    await page.getByRole('link', { name: 'in der Liste' }).click()
    await expect(page).toHaveURL(/located=false/)
    await expect(page).toHaveURL(/synthetic=false/)
    await expect(page.getByText(new RegExp(`von ${n} angezeigt|${n} angezeigt`))).toBeVisible()
  })

  test('says "Lage: Gemeinde" for an actor located only to its municipality', async ({ page }) => {
    await page.goto('/karte?text=Impact%20Hub%20Leipzig')
    await mapIdle(page)
    await selectCentreActor(page)
    await expect(
      page.getByRole('status').filter({ hasText: /Impact Hub Leipzig \(.*, Lage: Gemeinde\)/ }),
    ).toBeVisible()
    await expect(page.locator('.map-tooltip')).toHaveText('Impact Hub Leipzig · Lage: Gemeinde')
    const panel = page.getByRole('complementary', { name: 'Impact Hub Leipzig' })
    await expect(panel.getByText('Gemeinde', { exact: true })).toBeVisible()
  })

  test('draws an actor located only to its municipality with a wide ring, and an exact one without', async ({
    page,
    request,
  }) => {
    // Two places of the real data, each the only one its text filter keeps, so the map fits to it and it sits at
    // the centre of the canvas.
    const cases = [
      { text: 'Impact Hub Leipzig', precision: 2, ring: true },
      { text: 'Volkssolidarität Stadtverband Leipzig', precision: 0, ring: false },
    ]
    for (const { text, precision, ring } of cases) {
      // The map's rows: [id, name, lon, lat, type, precision (0 exact … 2 municipality), flags].
      const layer = (await (
        await request.get(`/api/map/actors?text=${encodeURIComponent(text)}&synthetic=false`)
      ).json()) as {
        types: ActorType[]
        actors: [string, string, number, number, number, number][]
      }
      const row = layer.actors[0]!
      // One place (Impact Hub shares its address with an event of its own): one point, one precision.
      for (const other of layer.actors) expect(other.slice(2, 6), text).toEqual(row.slice(2, 6))
      expect(row[5]).toBe(precision)
      await page.goto(`/karte?text=${encodeURIComponent(text)}&synthetic=false`)
      await mapIdle(page)
      const canvas = page.locator('.map-canvas canvas')
      const shot = (await canvas.screenshot()).toString('base64')
      // 14 px from the centre, in the four directions: on the ring (radius 13, stroke 2) of an imprecise place;
      // beyond an exact point (radius 9, stroke 1).
      const pixels = await page.evaluate(async (png) => {
        const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0))
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
        const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!
        context.drawImage(bitmap, 0, 0)
        const [cx, cy] = [Math.round(bitmap.width / 2), Math.round(bitmap.height / 2)]
        return [
          [14, 0],
          [-14, 0],
          [0, 14],
          [0, -14],
        ].map(([dx, dy]) => [...context.getImageData(cx + dx!, cy + dy!, 1, 1).data.slice(0, 3)])
      }, shot)
      const colour = actorTypeSymbols[layer.types[row[4]]!].colour
      const typeRgb = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16))
      const onRing = pixels.filter((rgb) => rgb.every((c, i) => Math.abs(c - typeRgb[i]!) <= 40))
      expect(onRing.length, `${text}: pixels of the type colour 14 px out`).toBe(ring ? 4 : 0)
    }
    // And it says so: in the legend, and on the point (the tooltip) as the test below shows.
    await expect(page.getByText('ungefähr (Ring: Postleitzahl oder Gemeinde)')).toBeVisible()
  })

  test('moves the selection to a nearby actor with Shift and an arrow key, and announces it', async ({
    page,
  }) => {
    await page.goto('/karte?district=14713&synthetic=false')
    await mapIdle(page)
    await selectCentreActor(page)
    await expect(page).toHaveURL(/actor=/)
    const first = new URL(page.url()).searchParams.get('actor')
    const status = page.getByRole('status').filter({ hasText: 'Ausgewählt:' })
    await expect(status).toBeVisible()
    const before = await status.textContent()
    for (const key of ['Shift+ArrowRight', 'Shift+ArrowLeft', 'Shift+ArrowUp', 'Shift+ArrowDown']) {
      await page.keyboard.press(key)
      await page.waitForTimeout(300)
      if (new URL(page.url()).searchParams.get('actor') !== first) break
    }
    await expect(page).not.toHaveURL(new RegExp(`actor=${first}(&|$)`))
    await expect(status).not.toHaveText(before!)
    // The canvas keeps the focus, so the next key press moves on.
    await expect(page.getByRole('application', { name: /Karte von Sachsen/ })).toBeFocused()
  })

  test('a filtered first visit asks for the groups once; the pointer on an actor shows its name, and a click selects it', async ({
    page,
  }) => {
    const groupRequests: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/api/map/clusters')) groupRequests.push(request.url())
    })
    // The only actor its text filter keeps: the map fits to it, so it is drawn at the centre of the canvas.
    const name = 'Volkssolidarität Stadtverband Leipzig e.V.'
    await page.goto('/karte?text=Volkssolidarit%C3%A4t%20Stadtverband%20Leipzig&synthetic=false')
    await mapIdle(page)
    // One request, for the fitted view (the closest zoom the fit allows), not a first one for all Saxony.
    expect(groupRequests).toHaveLength(1)
    expect(groupRequests[0]).toContain('zoom=12&')
    const box = (await page.locator('.map-canvas canvas').boundingBox())!
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    // Beside the point nothing is named; on it, its name and precision.
    await page.mouse.move(centre.x + 60, centre.y + 60)
    await expect(page.locator('.map-tooltip')).toHaveCount(0)
    await page.mouse.move(centre.x, centre.y)
    await expect(page.locator('.map-tooltip')).toHaveText(`${name} · Lage: Adresse`)
    await expect(page).not.toHaveURL(/actor=/)

    await page.mouse.click(centre.x, centre.y)
    await expect(page).toHaveURL(/actor=ld-verein-volkssolidaritaet-stadtverbandleipzig(&|$)/)
    await expect(page.getByRole('complementary', { name })).toBeVisible()
  })

  test('draws groups that hold every actor on the map, and a click on a group zooms to where it falls apart', async ({
    page,
  }) => {
    type Groups = {
      zoom: number
      clusters: [lon: number, lat: number, count: number, expansion: number, osm: number][]
      points: unknown[]
    }
    const groupsAnswer = (zoom?: number) =>
      page.waitForResponse(
        (response) =>
          response.url().includes('/api/map/clusters') &&
          (zoom === undefined || response.url().includes(`zoom=${zoom}&`)),
      )
    const first = groupsAnswer()
    await page.goto('/karte?synthetic=false')
    const groups = (await (await first).json()) as Groups
    await mapIdle(page)
    const { shown } = await mapCounts(page)
    const held = groups.clusters.reduce((sum, [, , count]) => sum + count, 0) + groups.points.length
    expect(held).toBe(shown)

    // Where the biggest group is drawn: Web Mercator of MapLibre's 512 px world at the camera's zoom.
    const [zoom, centreLon, centreLat] = (await page
      .locator('.map-frame')
      .getAttribute('data-map-camera'))!
      .split(',')
      .map(Number) as [number, number, number]
    const world = 512 * 2 ** zoom
    const project = (lon: number, lat: number) => {
      const sin = Math.sin((lat * Math.PI) / 180)
      return [
        ((lon + 180) / 360) * world,
        (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * world,
      ] as const
    }
    const biggest = [...groups.clusters].sort((a, b) => b[2] - a[2])[0]!
    const box = (await page.locator('.map-canvas canvas').boundingBox())!
    const [x, y] = project(biggest[0], biggest[1])
    const [cx, cy] = project(centreLon, centreLat)
    const next = groupsAnswer(biggest[3])
    await page.mouse.click(box.x + box.width / 2 + x - cx, box.y + box.height / 2 + y - cy)
    await expect(page.locator('.map-frame')).toHaveAttribute(
      'data-map-camera',
      new RegExp(`^${biggest[3]}\\.0+,`),
    )
    const closer = (await (await next).json()) as Groups
    await mapIdle(page)
    // Still groups with counts there (or single actors beyond the last grouping zoom), none of them bigger.
    expect(closer.clusters.length + closer.points.length).toBeGreaterThan(0)
    for (const [, , count] of closer.clusters) expect(count).toBeLessThan(biggest[2])
    await expect(page).not.toHaveURL(/actor=/)
  })

  test('pans and zooms by keyboard once the canvas has the focus', async ({ page }) => {
    await page.goto('/karte?synthetic=false')
    await mapIdle(page)
    const canvas = page.locator('.map-canvas canvas')
    const map = page.getByRole('application', { name: /Karte von Sachsen/ })
    await map.focus()
    await expect(map).toBeFocused()
    let before = await canvas.screenshot()
    for (const key of ['ArrowRight', '+', '-']) {
      await page.keyboard.press(key)
      // MapLibre eases for a few hundred milliseconds: the picture settles, and differs from before.
      await expect(async () => {
        const after = await canvas.screenshot()
        expect(after.equals(before), `the map moved after ${key}`).toBe(false)
        before = after
      }).toPass({ timeout: 10_000 })
      await page.waitForTimeout(800)
      before = await canvas.screenshot()
    }
  })

  test('the choropleth of Dresden equals actors per 100,000 inhabitants computed from the API and the geodata', async ({
    page,
    request,
  }) => {
    await page.goto('/karte?layers=actors,districts')
    await mapIdle(page)
    const { total } = (await (await request.get('/api/actors?district=14612&limit=1')).json()) as {
      total: number
    }
    const districts = JSON.parse(
      fs.readFileSync(path.join(GEO_DIR, 'districts.geojson'), 'utf8'),
    ) as { features: { properties: { ags: string; population: number } }[] }
    const population = districts.features.find((f) => f.properties.ags === '14612')!.properties
      .population
    const expected = new Intl.NumberFormat('de-DE', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format((total / population) * 100_000)
    const row = page.locator('tr[data-district="14612"]')
    await expect(row.locator('td[data-metric="density"]')).toHaveText(expected)
    await expect(page.getByText('Einwohner: Stand 31. Dezember 2023')).toBeVisible()

    await row.getByRole('button', { name: /Dresden/ }).click()
    await expect(page).toHaveURL(/district=14612/)
    const profile = page.getByRole('complementary', { name: /Kreisprofil: Dresden/ })
    await expect(profile.getByRole('heading', { name: 'Nach Art' })).toBeVisible()
    await expect(profile.getByRole('button', { name: 'Meißen' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('a link with one district (from the graph’s district panel) opens its profile on load, and again after reload', async ({
    page,
  }) => {
    await page.goto('/karte?layers=actors,districts&district=14612')
    const profile = page.getByRole('complementary', { name: /Kreisprofil: Dresden/ })
    await expect(profile.getByRole('heading', { name: 'Nach Art' })).toBeVisible({
      timeout: 60_000,
    })
    await page.reload()
    await expect(profile.getByRole('heading', { name: 'Nach Art' })).toBeVisible({
      timeout: 60_000,
    })
    // Another district from the profile replaces it, in the URL too.
    await profile.getByRole('button', { name: 'Meißen' }).click()
    await expect(page).toHaveURL(/district=14627/)
    const meissen = page.getByRole('complementary', { name: /Kreisprofil: Meißen/ })
    await expect(meissen).toBeVisible()
    await expect(meissen.getByRole('heading', { name: /Kreisprofil/ })).toBeFocused()
    // Closing it keeps the district filter and the map.
    await meissen.getByRole('button', { name: 'Kreisprofil schließen' }).click()
    await expect(meissen).toHaveCount(0)
    await expect(page).toHaveURL(/district=14627/)
    await mapIdle(page)
    await expectNoAxeViolations(page)
  })

  test('the embeddable map shows the filtered map without the app frame and refuses framing by default', async ({
    page,
  }) => {
    const response = await page.goto('/embed/map?synthetic=false')
    expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
    await mapIdle(page)
    await expect(page.getByRole('banner')).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Im Netzwerkatlas öffnen' })).toHaveAttribute(
      'href',
      /\/karte\?synthetic=false/,
    )
    await page.goto('/karte')
    await page.getByText('Karte einbetten').click()
    await expect(page.getByLabel('HTML-Code zum Einbetten')).toHaveValue(
      /<iframe src="http:\/\/.*\/embed\/map"/,
    )
  })

  test('a filter chosen on the list is shown and applied on the map: drawn + without a place = the list total', async ({
    page,
    request,
  }) => {
    await page.goto('/')
    await openFilter(page, 'Thema')
    await page
      .getByRole('group', { name: 'Thema' })
      .getByRole('checkbox', { name: 'Wohnen' })
      .check()
    await expect(page).toHaveURL(/topic=housing(&|$)/)
    const total = await listTotal(page)

    await page.getByRole('navigation').getByRole('link', { name: 'Karte' }).click()
    await expect(page).toHaveURL(/\/karte\?.*topic=housing/)
    await mapIdle(page)
    const column = page.getByRole('region', { name: 'Filter' })
    await expect(column.getByText('Thema (1 gewählt)')).toBeVisible()
    await expect(
      column.getByRole('group', { name: 'Thema' }).getByRole('checkbox', { name: 'Wohnen' }),
    ).toBeChecked()
    const counts = await mapCounts(page)
    expect(counts.shown).toBeGreaterThan(0)
    expect(counts.shown + counts.withoutPlace).toBe(total)

    // A filter chosen in the column applies to the map, and the list gets it back.
    await openFilter(page, 'Art des Akteurs')
    await column
      .getByRole('group', { name: 'Art des Akteurs' })
      .getByRole('checkbox', { name: 'Wohlfahrtsverband' })
      .check()
    await expect(page).toHaveURL(/type=welfare_org/)
    const both = (await (
      await request.get('/api/actors?topic=housing&type=welfare_org&limit=1')
    ).json()) as { total: number }
    await expect
      .poll(async () => {
        const now = await mapCounts(page)
        return now.shown + now.withoutPlace
      })
      .toBe(both.total)
    await mapIdle(page)
    await expectNoAxeViolations(page)
    await page.getByRole('navigation').getByRole('link', { name: 'Liste' }).click()
    expect(await listTotal(page)).toBe(both.total)
    await expect(
      page.getByRole('group', { name: 'Art des Akteurs' }).getByRole('checkbox', {
        name: 'Wohlfahrtsverband',
      }),
    ).toBeChecked()
  })

  test('below 1280 px the filter column folds into a disclosure that says how many filters are set', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 })
    await page.goto('/karte?topic=housing&synthetic=false')
    const toggle = page.getByRole('button', { name: 'Filter (2 aktiv)' })
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(page.getByRole('searchbox', { name: 'Suche' })).toBeHidden()
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await expect(
      page.getByRole('checkbox', { name: 'Nur echte Daten (ohne Demodaten)' }),
    ).toBeChecked()
    await expect(page.getByText('Thema (1 gewählt)')).toBeVisible()
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click()
    await expect(page).toHaveURL(/\/karte$/)
    await expect(page.getByRole('button', { name: 'Filter', exact: true })).toBeVisible()
    await mapIdle(page)
    await expectNoAxeViolations(page)
  })

  test('"Aktiv im Jahr" leaves out the ties not active that year: the drawn ties equal /api/map/ties for the year', async ({
    page,
    request,
  }, testInfo) => {
    interface MapTies {
      ends: [string, number | null, number | null][]
      ties: [number, number, number, 0 | 1, number | null, number | null][]
    }
    const load = async (query: string) =>
      (await (await request.get(`/api/map/ties${query}`)).json()) as MapTies
    // The rule the API documents: active in Y when (from is null or from ≤ Y) and (to is null or Y ≤ to).
    const activeIn = (tie: MapTies['ties'][number], year: number) =>
      (tie[4] === null || tie[4] <= year) && (tie[5] === null || year <= tie[5])
    const drawable = (data: MapTies) =>
      data.ties.filter((tie) => data.ends[tie[0]]![1] !== null && data.ends[tie[1]]![1] !== null)

    // Both answers first: an API socket left idle while the page works may be closed by the server's keep-alive.
    const [real, all] = await Promise.all([load('?synthetic=false'), load('')])
    const placed = drawable(real)
    const year = [2012, 2014, 2016, 2018, 2010, 2008, 2005, 2000, 2020].find((y) => {
      const active = placed.filter((tie) => activeIn(tie, y)).length
      return active > 0 && active < placed.length
    })
    expect(year, 'a year in which some but not all ties are active').toBeDefined()
    const expected = placed.filter((tie) => activeIn(tie, year!)).length

    await page.goto('/karte?layers=actors,ties&synthetic=false')
    await mapIdle(page)
    const frame = page.locator('.map-frame')
    await expect(frame).toHaveAttribute('data-all-ties', String(placed.length))
    await page.getByRole('combobox', { name: 'Aktiv im Jahr' }).selectOption(String(year))
    await expect(page).toHaveURL(new RegExp(`year=${year}`))
    await expect(frame).toHaveAttribute('data-all-ties', String(expected))
    const total = real.ties.filter((tie) => activeIn(tie, year!)).length
    await expect(page.locator('.map-counts')).toContainText(
      expected === total
        ? `${expected} Verbindungen aktiv ${year}`
        : `${expected} von ${total} Verbindungen aktiv ${year} (${total - expected} mit einem Partner ohne Ort)`,
    )
    await mapIdle(page)
    await page.screenshot({ path: testInfo.outputPath('map-year.png') })
    await expectNoAxeViolations(page)

    // The selected actor's lines: its ties (partners need not pass the filters) active in the year.
    const allPlaced = drawable(all)
    const tiesOf = (end: number) => allPlaced.filter((tie) => tie[0] === end || tie[1] === end)
    const ends = all.ends.map((_, index) => index).filter((end) => all.ends[end]![1] !== null)
    const end =
      ends.find((e) => {
        const mine = tiesOf(e)
        const active = mine.filter((tie) => activeIn(tie, year!)).length
        return active > 0 && active < mine.length
      }) ?? ends.find((e) => tiesOf(e).some((tie) => activeIn(tie, year!)))
    expect(end).toBeDefined()
    const id = all.ends[end!]![0]
    const activeOfActor = tiesOf(end!).filter((tie) => activeIn(tie, year!)).length
    await page.goto(`/karte?actor=${id}&year=${year}`)
    await expect(page.getByRole('combobox', { name: 'Aktiv im Jahr' })).toHaveValue(String(year))
    await expect(frame).toHaveAttribute('data-selected-ties', String(activeOfActor), {
      timeout: 60_000,
    })
    await page.getByRole('combobox', { name: 'Aktiv im Jahr' }).selectOption('')
    await expect(page).not.toHaveURL(/year=/)
    await expect(frame).toHaveAttribute('data-selected-ties', String(tiesOf(end!).length))
  })

  test('in a year the ties layer counts what the graph timeline counts and says how many it cannot draw', async ({
    page,
    request,
  }) => {
    interface Timeline {
      computing: boolean
      years: { year: number; relationshipsActive: number }[]
    }
    interface MapTies {
      ends: [string, number | null, number | null][]
      ties: [number, number, number, 0 | 1, number | null, number | null][]
    }
    // The timeline is computed in the background after start: wait until it is done.
    let timeline: Timeline | undefined
    await expect(async () => {
      timeline = (await (await request.get('/api/network/timeline')).json()) as Timeline
      expect(timeline.computing).toBe(false)
    }).toPass({ timeout: 60_000 })
    const ties = (await (await request.get('/api/map/ties')).json()) as MapTies
    const activeIn = (tie: MapTies['ties'][number], year: number) =>
      (tie[4] === null || tie[4] <= year) && (tie[5] === null || year <= tie[5])
    const unplaced = (tie: MapTies['ties'][number]) =>
      ties.ends[tie[0]]![1] === null || ties.ends[tie[1]]![1] === null
    const withoutPlaceIn = (year: number) =>
      ties.ties.filter((tie) => activeIn(tie, year) && unplaced(tie)).length
    const entry = timeline!.years.find(
      (y) => y.relationshipsActive > 0 && withoutPlaceIn(y.year) > 0,
    )
    expect(entry, 'a year with active ties, some of them with an unplaced end').toBeDefined()
    const { year, relationshipsActive } = entry!
    const withoutPlace = withoutPlaceIn(year)
    const drawn = relationshipsActive - withoutPlace
    const format = (n: number) => new Intl.NumberFormat('de-DE').format(n)

    await page.goto(`/karte?layers=actors,ties&year=${year}`)
    await mapIdle(page)
    await expect(page.locator('.map-frame')).toHaveAttribute('data-all-ties', String(drawn))
    await expect(page.locator('.map-counts')).toContainText(
      `${format(drawn)} von ${format(relationshipsActive)} Verbindungen aktiv ${year} (${format(withoutPlace)} mit einem Partner ohne Ort)`,
    )
  })
})
