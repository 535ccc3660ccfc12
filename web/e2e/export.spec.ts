import fs from 'node:fs'
import type { ExportPreviewResponse, MetaResponse, NetworkResponse } from '@netzwerkatlas/shared'
import type { Download, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures.ts'

const FILTER = 'topic=housing&synthetic=false'

async function downloadWith(page: Page, format: RegExp, option?: RegExp): Promise<Download> {
  await page.getByRole('group', { name: 'Format' }).getByRole('radio', { name: format }).check()
  if (option) await page.getByRole('radio', { name: option }).check()
  const downloaded = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Herunterladen' }).click()
  const download = await downloaded
  await expect(page.getByRole('status').filter({ hasText: 'Fertig' })).toBeVisible()
  return download
}

const textOf = async (download: Download) => fs.readFileSync(await download.path(), 'utf8')

test.describe('export page', () => {
  test('downloads each format for a filtered view, and each file holds what the filter keeps', async ({
    page,
    request,
  }) => {
    const network = (await (await request.get(`/api/network?${FILTER}`)).json()) as NetworkResponse
    const ids = network.nodes.map((node) => node.id).sort()
    expect(ids.length).toBeGreaterThan(0)
    await page.goto(`/export?${FILTER}`)
    await expect(page.getByRole('heading', { name: 'Export für die Forschung' })).toBeVisible()
    // The filters in the list's words, not as URL parameters.
    const shown = page.getByRole('region', { name: 'Aktuelle Filter' }).getByRole('listitem')
    await expect(shown).toHaveText(['Thema: Wohnen', 'Daten: nur echte Daten'])
    await expect(page.getByText('topic=housing')).toHaveCount(0)
    await expectNoAxeViolations(page)
    // The button and the direct link are two ways to download: they stand apart (a bare space, 5 px, before).
    const button = await page.getByRole('button', { name: 'Herunterladen' }).boundingBox()
    const link = await page.getByRole('link', { name: 'Direkter Link' }).boundingBox()
    expect(link!.x - (button!.x + button!.width)).toBeGreaterThanOrEqual(16)

    const graphml = await downloadWith(page, /^GraphML/)
    expect(graphml.suggestedFilename()).toMatch(
      new RegExp(`^netzwerkatlas-sachsen-v${network.dataVersion}-two-mode-f[0-9a-f]{8}\\.graphml$`),
    )
    const graphmlIds = [...(await textOf(graphml)).matchAll(/<node id="([^"]+)"/g)].map((m) => m[1])
    expect(graphmlIds.sort()).toEqual(ids)

    const gexf = await textOf(await downloadWith(page, /^GEXF/))
    expect(gexf.match(/<node id=/g)).toHaveLength(ids.length)
    expect(gexf.match(/<edge id=/g) ?? []).toHaveLength(network.edges.length)

    const nodesCsv = await textOf(await downloadWith(page, /^CSV/, /^Knoten/))
    const csvIds = nodesCsv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((row) => row.split(',')[0])
    expect(csvIds.sort()).toEqual(ids)
    const edgesCsv = await textOf(await downloadWith(page, /^CSV/, /^Kanten/))
    expect(edgesCsv.trim().split('\r\n')).toHaveLength(network.edges.length + 1)

    const geojson = JSON.parse(await textOf(await downloadWith(page, /^GeoJSON/))) as {
      metadata: { actors: number }
    }
    expect(geojson.metadata.actors).toBe(ids.length)

    const nodeLink = JSON.parse(await textOf(await downloadWith(page, /^JSON/))) as {
      nodes: { id: string; synthetic: boolean; topics: string[] }[]
    }
    expect(nodeLink.nodes.map((node) => node.id).sort()).toEqual(ids)
    for (const node of nodeLink.nodes) {
      expect(node.synthetic).toBe(false)
      expect(node.topics).toContain('housing')
    }
    const graphology = JSON.parse(
      await textOf(await downloadWith(page, /^JSON/, /^graphology/)),
    ) as { nodes: unknown[] }
    expect(graphology.nodes).toHaveLength(ids.length)

    const bundle = await downloadWith(page, /^Paket/)
    expect(bundle.suggestedFilename()).toMatch(/^netzwerkatlas-sachsen-v\d+-f[0-9a-f]{8}\.zip$/)
    const zip = fs.readFileSync(await bundle.path())
    expect(zip.subarray(0, 2).toString()).toBe('PK')
    expect(zip.includes(Buffer.from('datapackage.json'))).toBe(true)
    await expectNoAxeViolations(page)
  })

  test('is reached from the header with the filters of the list, in English, by keyboard', async ({
    page,
  }) => {
    await page.goto('/?topic=care&lang=en')
    await page.getByRole('navigation').getByRole('link', { name: 'Export' }).click()
    await expect(page).toHaveURL(/\/export\?.*topic=care/)
    await expect(page.getByRole('heading', { name: 'Export for research' })).toBeVisible()
    const graphml = page.getByRole('radio', { name: /^GraphML/ })
    await graphml.focus()
    await page.keyboard.press('ArrowDown')
    await expect(page.getByRole('radio', { name: /^GEXF/ })).toBeChecked()
    await expect(page.getByRole('link', { name: 'Direct link' })).toHaveAttribute(
      'href',
      '/api/export/gexf?topic=care',
    )
    const downloaded = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download' }).press('Enter')
    expect((await downloaded).suggestedFilename()).toMatch(/\.gexf$/)
    await expect(page.getByRole('status').filter({ hasText: 'Done' })).toBeVisible()
    await expectNoAxeViolations(page)
  })
  test('shows what the file will hold: counts, places, licences in words, and a BOM for Excel', async ({
    page,
    request,
  }) => {
    const network = (await (await request.get(`/api/network?${FILTER}`)).json()) as NetworkResponse
    const geojson = (await (await request.get(`/api/export/geojson?${FILTER}`)).json()) as {
      metadata: { actorsWithoutPlace: number }
    }
    const meta = (await (await request.get('/api/meta')).json()) as MetaResponse
    const german = new Intl.NumberFormat('de')
    await page.goto(`/export?${FILTER}`)
    const preview = page.getByRole('region', { name: 'Was die Datei enthält' })
    await expect(preview).toContainText(
      `${german.format(network.nodes.length)} Akteure und ${german.format(network.edges.length)} Verbindungen.`,
    )
    const unplaced = geojson.metadata.actorsWithoutPlace
    // The e2e data has actors without a place, so the sentence is there.
    expect(unplaced).toBeGreaterThan(0)
    await expect(preview).toContainText(
      new RegExp(`(fehlt|fehlen) ${german.format(unplaced)} Akteure? ohne Ort`),
    )
    // Every dataset's licence and attribution as its metadata states them, and the geodata credits.
    const datasets = preview
      .getByRole('list', { name: 'Datensätze und Lizenzen' })
      .getByRole('listitem')
    await expect(datasets).toHaveCount(meta.datasets.length)
    for (const dataset of meta.datasets) {
      const item = datasets.filter({ hasText: dataset.title })
      await expect(item).toContainText(`Lizenz ${dataset.licence ?? 'nicht angegeben'}`)
      await expect(item).toContainText(
        dataset.attribution ? `Nachweis: ${dataset.attribution}` : dataset.title,
      )
    }
    for (const credit of meta.geoCredits) await expect(preview).toContainText(credit.text)

    // The one-mode variant counts the projected organisation ties, as its files hold them.
    await page.getByRole('radio', { name: /^Ein-Modus/ }).check()
    const oneMode = (await (
      await request.get(`/api/export-preview?${FILTER}&variant=one-mode`)
    ).json()) as ExportPreviewResponse
    await expect(preview).toContainText(
      `${german.format(oneMode.actors)} Akteure und ${german.format(oneMode.relationships)} Verbindungen.`,
    )
    await page.getByRole('radio', { name: /^Zwei-Modus/ }).check()

    await page.getByRole('group', { name: 'Format' }).getByRole('radio', { name: /^CSV/ }).check()
    const bom = page.getByRole('checkbox', { name: /^Für Excel/ })
    await bom.check()
    await expect(page.getByRole('link', { name: 'Direkter Link' })).toHaveAttribute(
      'href',
      /[?&]bom=true/,
    )
    const withBom = await downloadWith(page, /^CSV/)
    const bytes = fs.readFileSync(await withBom.path())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    await bom.uncheck()
    const plain = fs.readFileSync(await (await downloadWith(page, /^CSV/)).path())
    expect(plain.subarray(0, 2).toString()).toBe('id')
    await expectNoAxeViolations(page)
  })

  test('shows a percentage while a large export arrives, and Cancel stops it without saving a file', async ({
    page,
    context,
  }) => {
    await page.goto('/export')
    await page
      .getByRole('group', { name: 'Format' })
      .getByRole('radio', { name: /^GraphML/ })
      .check()
    // A slow line, so the (gzipped) file takes seconds to arrive: what a large export feels like.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: 4 * 1024,
      uploadThroughput: -1,
    })
    let saved = false
    page.on('download', () => {
      saved = true
    })
    // Every text the live region gets while the file arrives: what a screen reader reads out.
    await page.evaluate(() => {
      const spoken: string[] = []
      Object.assign(window, { spoken })
      const region = document.querySelector('[role="status"]')!
      new MutationObserver(() => spoken.push(region.textContent ?? '')).observe(region, {
        subtree: true,
        childList: true,
        characterData: true,
      })
    })
    await page.getByRole('button', { name: 'Herunterladen' }).click()
    // "12 % – 3,1 kB von etwa 25,4 kB empfangen …", and a bar that says how far, not only that it runs.
    await expect(page.getByText(/von etwa/)).toContainText(/[1-9]\d?\s%.*von etwa/)
    await expect(page.getByRole('status')).toHaveText(/^Download: [1-9]0\s% empfangen$/, {
      timeout: 20_000,
    })
    // That it runs (before the headers are in), then only the tenths, never every chunk's byte count.
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)
    expect(spoken.length).toBeGreaterThan(0)
    for (const text of spoken) {
      expect(text).toMatch(/^(Download läuft …|Download: (0|[1-9]0)\s% empfangen)?$/)
    }
    const bar = page.getByRole('progressbar', { name: 'Fortschritt des Downloads' })
    await expect(bar).toHaveAttribute('value', /0\.\d+/)
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Abbrechen' }).click()
    await expect(page.getByRole('status')).toHaveText('Abgebrochen.')
    await expect(page.getByRole('button', { name: 'Herunterladen' })).toBeEnabled()
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    })
    await page.waitForTimeout(500)
    expect(saved).toBe(false)
  })
})
