import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures.ts'

// Cytoscape on SwiftShader on a shared machine: the first frame of ~3k actors can take seconds.
test.describe.configure({ timeout: 120_000 })

interface TimelineYear {
  year: number
  relationshipsActive: number
  actorsActive: number
}

/** The analysis runs off the request path after start-up: wait until it has finished, once per worker. */
test.beforeAll(async ({ request }) => {
  await expect
    .poll(
      async () => {
        const response = await request.get('/api/network/metrics')
        return response.ok() && !((await response.json()) as { computing: boolean }).computing
      },
      { timeout: 90_000, intervals: [1_000] },
    )
    .toBe(true)
})

async function graphRendered(page: Page) {
  await expect(page.locator('.graph-frame')).toHaveAttribute('data-rendered', 'true', {
    timeout: 90_000,
  })
}

/**
 * Where Cytoscape drew a node, in viewport coordinates for `page.mouse` (Cytoscape registers its instance on the
 * container). The canvas reaches below the fold (more so under the demo banner): a node near or past the viewport's
 * edge is scrolled to its middle first, since a click there reached nothing in CI.
 */
const EDGE_MARGIN = 80

async function nodeOnPage(page: Page, id: string) {
  const container = page.locator('.graph-canvas')
  let box = (await container.boundingBox())!
  const at = await container.evaluate((element, nodeId) => {
    const cy = (
      element as unknown as {
        _cyreg: {
          cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } }
        }
      }
    )._cyreg.cy
    return cy.getElementById(nodeId).renderedPosition()
  }, id)
  const height = page.viewportSize()!.height
  const y = box.y + at.y
  if (y < EDGE_MARGIN || y > height - EDGE_MARGIN) {
    // Cytoscape learns of the scroll from the scroll event (before the next frame); a click earlier misses.
    await page.evaluate(
      async (by) => {
        window.scrollBy(0, by)
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      },
      y - height / 2,
    )
    box = (await container.boundingBox())!
  }
  return { x: box.x + at.x, y: box.y + at.y }
}

test.describe('graph', () => {
  test('draws the network with its legend and table, and axe finds nothing', async ({
    page,
    foreignRequests,
  }, testInfo) => {
    await page.goto('/netzwerk')
    await graphRendered(page)
    const frame = page.locator('.graph-frame')
    const network = (await (await page.request.get('/api/network')).json()) as {
      nodes: unknown[]
      edges: unknown[]
    }
    await expect(frame).toHaveAttribute('data-visible-nodes', String(network.nodes.length))
    await expect(frame).toHaveAttribute('data-visible-edges', String(network.edges.length))
    await expect(page.getByRole('heading', { name: 'Legende' })).toBeVisible()
    await expect(page.getByRole('table', { name: /Akteure der Grafik/ })).toBeVisible()
    await page.screenshot({ path: testInfo.outputPath('graph.png') })
    await expectNoAxeViolations(page)
    expect(foreignRequests).toEqual([])
  })

  test('selecting a node sets the URL and the map and the list show the same actor', async ({
    page,
  }) => {
    await page.goto('/netzwerk')
    await graphRendered(page)
    const metrics = (await (await page.request.get('/api/network/metrics')).json()) as {
      actors: { id: string; degree: number }[]
    }
    const hub = [...metrics.actors].sort((a, b) => b.degree - a.degree)[0]!
    const at = await nodeOnPage(page, hub.id)
    await page.mouse.click(at.x, at.y)
    await expect(page).toHaveURL(new RegExp(`actor=${hub.id}`))
    await expect(page.getByRole('heading', { name: 'Stellung im Netzwerk' })).toBeVisible()
    await page.getByRole('link', { name: 'Karte', exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/karte\\?.*actor=${hub.id}`))
    const name = await page.locator('#detail-heading').textContent()
    expect(name).not.toBe('')
    await expect(page.locator('#detail-heading')).not.toHaveText('Details')
    await page.getByRole('link', { name: 'Liste', exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/\\?.*actor=${hub.id}`))
    await expect(page.locator('#detail-heading')).toHaveText(name!)
  })

  test('a year hides the ties not active then, as the timeline counts them', async ({ page }) => {
    const timeline = (await (await page.request.get('/api/network/timeline')).json()) as {
      years: TimelineYear[]
    }
    const year = timeline.years.find((y) => y.year === 2015)!
    await page.goto(`/netzwerk?year=${year.year}`)
    await graphRendered(page)
    const frame = page.locator('.graph-frame')
    await expect(frame).toHaveAttribute('data-visible-edges', String(year.relationshipsActive))
    await expect(frame).toHaveAttribute('data-visible-nodes', String(year.actorsActive))
    const all = (await (await page.request.get('/api/network')).json()) as { edges: unknown[] }
    expect(year.relationshipsActive).toBeLessThan(all.edges.length)
  })

  test('a filter holds across the views, and the table sorts the filtered actors by betweenness', async ({
    page,
  }) => {
    const network = (await (await page.request.get('/api/network?topic=housing')).json()) as {
      nodes: { id: string }[]
    }
    const metrics = (await (
      await page.request.get('/api/network/metrics?topic=housing')
    ).json()) as { actors: { id: string; betweenness: number }[] }
    expect(network.nodes.length).toBeGreaterThan(0)
    await page.goto('/netzwerk?topic=housing')
    await graphRendered(page)
    const frame = page.locator('.graph-frame')
    await expect(frame).toHaveAttribute('data-visible-nodes', String(network.nodes.length))
    await page.getByRole('link', { name: 'Liste', exact: true }).click()
    await expect(page).toHaveURL(/\/\?.*topic=housing/)
    await page.getByRole('link', { name: 'Netzwerk', exact: true }).click()
    await expect(page).toHaveURL(/\/netzwerk\?.*topic=housing/)
    await graphRendered(page)
    await expect(frame).toHaveAttribute('data-visible-nodes', String(network.nodes.length))

    const table = page.getByRole('table', { name: /Akteure der Grafik/ })
    const header = table.getByRole('columnheader', { name: /Betweenness/ })
    await header.getByRole('button').click()
    await expect(header).toHaveAttribute('aria-sort', 'descending')
    const drawn = new Set(network.nodes.map((node) => node.id))
    const highest = Math.max(
      ...metrics.actors.filter((a) => drawn.has(a.id)).map((a) => a.betweenness),
    )
    const topIds = metrics.actors
      .filter((a) => drawn.has(a.id) && a.betweenness === highest)
      .map((a) => a.id)
    const firstRow = await table.locator('tbody tr').first().getAttribute('data-actor')
    expect(topIds).toContain(firstRow)
    await header.getByRole('button').click()
    await expect(header).toHaveAttribute('aria-sort', 'ascending')
  })

  test('the keyboard reaches a partner of the selected actor and announces it', async ({
    page,
  }) => {
    await page.goto('/netzwerk')
    await graphRendered(page)
    const canvas = page.getByRole('application', { name: /Netzwerkgrafik/ })
    await canvas.focus()
    await page.keyboard.press('Home')
    await expect(page).toHaveURL(/actor=/)
    const from = new URL(page.url()).searchParams.get('actor')!
    await page.keyboard.press('ArrowRight')
    const live = page.getByTestId('graph-announcer')
    await expect(live).toHaveText(/, \d+ Verbindungen?, Community /)
    await page.keyboard.press('Enter')
    await expect(page).not.toHaveURL(new RegExp(`actor=${from}(&|$)`))
    const to = new URL(page.url()).searchParams.get('actor')!
    const ego = (await (await page.request.get(`/api/network/ego/${from}`)).json()) as {
      nodes: { id: string; distance: number }[]
    }
    expect(ego.nodes.find((node) => node.id === to)?.distance).toBe(1)
    await expect(live).toHaveText(/^Gewählt: /)
  })

  test('names come with zooming in: none at the overview, every actor in view named once zoomed in', async ({
    page,
  }) => {
    await page.goto('/netzwerk')
    await graphRendered(page)
    // Names the canvas gives: Cytoscape's label of each actor node in the current view, and its name.
    const labelsInView = () =>
      page.locator('.graph-canvas').evaluate((element) => {
        type Node = {
          style(name: 'label'): string
          data(name: 'name'): string
          id(): string
          position(): { x: number; y: number }
        }
        const cy = (
          element as unknown as {
            _cyreg: {
              cy: {
                zoom(): number
                extent(): { x1: number; y1: number; x2: number; y2: number }
                nodes(selector: string): { toArray(): Node[] }
              }
            }
          }
        )._cyreg.cy
        const { x1, y1, x2, y2 } = cy.extent()
        const inView = cy
          .nodes('[type != "group"]')
          .toArray()
          .filter((node) => {
            const { x, y } = node.position()
            return !node.id().startsWith('__') && x >= x1 && x <= x2 && y >= y1 && y <= y2
          })
        return {
          zoom: cy.zoom(),
          inView: inView.length,
          named: inView.filter((node) => node.style('label') === node.data('name')).length,
        }
      })
    const overview = await labelsInView()
    // At the overview names would cover each other (and are too small to read): no actor carries one.
    expect(overview.zoom).toBeLessThan(1)
    expect(overview.named).toBe(0)
    const canvas = page.getByRole('application', { name: /Netzwerkgrafik/ })
    await canvas.focus()
    for (let step = 0; step < 4; step++) await page.keyboard.press('+')
    await expect
      .poll(async () => {
        const zoomed = await labelsInView()
        return zoomed.zoom >= 1.5 && zoomed.inView > 0 && zoomed.named === zoomed.inView
      })
      .toBe(true)
  })

  test('the grouped view opens one group at a time: a second folds the first, and says so', async ({
    page,
  }, testInfo) => {
    interface Answer {
      members: { id: string[] }
      subgroups: { groups: { key: string[]; members: number[] } } | null
    }
    const groups = (await (await page.request.get('/api/network/groups')).json()) as {
      groups: { key: string[]; members: number[]; nameDe: string[] }
    }
    const answerOf = async (key: string) =>
      (await (await page.request.get(`/api/network/groups/${key}`)).json()) as Answer
    const drawnFor = (answer: Answer) =>
      answer.subgroups ? answer.subgroups.groups.key.length : answer.members.id.length
    const count = groups.groups.key.length
    await page.goto('/netzwerk?grouped=true')
    await graphRendered(page)
    const frame = page.locator('.graph-frame')
    const live = page.getByTestId('graph-announcer')
    await expect(frame).toHaveAttribute('data-visible-nodes', String(count))
    const [first, second] = groups.groups.key as [string, string]
    const [firstName, secondName] = groups.groups.nameDe as [string, string]
    const firstAnswer = await answerOf(first)
    const at = await nodeOnPage(page, `group:${first}`)
    await page.mouse.click(at.x, at.y)
    let drawn = count - 1 + drawnFor(firstAnswer)
    await expect(frame).toHaveAttribute('data-visible-nodes', String(drawn))
    await expect(live).toHaveText(`${firstName} aufgeklappt.`)
    if (firstAnswer.subgroups) {
      // The largest group is too large to show member by member: a sub-community opens inside it.
      expect(firstAnswer.subgroups.groups.members.reduce((a, b) => a + b, 0)).toBe(
        groups.groups.members[0],
      )
      const part = firstAnswer.subgroups.groups.key[0]!
      const partAt = await nodeOnPage(page, `group:${part}`)
      await page.mouse.click(partAt.x, partAt.y)
      drawn += drawnFor(await answerOf(part)) - 1
      await expect(frame).toHaveAttribute('data-visible-nodes', String(drawn))
    }
    // A second group (by the table): the first folds, with what was opened inside it.
    await page.locator(`tr[data-group="${second}"] button`).click()
    await expect(frame).toHaveAttribute(
      'data-visible-nodes',
      String(count - 1 + drawnFor(await answerOf(second))),
    )
    await expect(live).toHaveText(
      `${secondName} aufgeklappt, ${firstName} zugeklappt: es ist immer nur eine Gruppe offen.`,
    )
    await expect(page.locator(`tr[data-group="${first}"] button`)).toHaveAttribute(
      'aria-pressed',
      'false',
    )
    await expect(page.locator(`tr[data-group="${second}"] button`)).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await expect(page.locator('tr[data-group] button[aria-pressed="true"]')).toHaveCount(1)
    await page.screenshot({ path: testInfo.outputPath('grouped.png') })
    // The table's button folds it again, by keyboard as by pointer.
    await page.locator(`tr[data-group="${second}"] button`).focus()
    await page.keyboard.press('Enter')
    await expect(frame).toHaveAttribute('data-visible-nodes', String(count))
    await expect(live).toHaveText(`${secondName} zugeklappt.`)
    await expectNoAxeViolations(page)
  })

  test('in the grouped view the year changes the links between groups, as /groups?year counts them', async ({
    page,
  }) => {
    interface Groups {
      groups: { key: string[]; members: number[] }
      links: { source: number[]; ties: number[] }
    }
    const groupsIn = async (year?: number) =>
      (await (
        await page.request.get(`/api/network/groups${year ? `?year=${year}` : ''}`)
      ).json()) as Groups
    const timeline = (await (await page.request.get('/api/network/timeline')).json()) as {
      years: TimelineYear[]
    }
    const everyYear = await groupsIn()
    // The first year in which some ties are active but fewer links join the groups than over every year.
    let year: TimelineYear | undefined
    let then: Groups | undefined
    for (const candidate of timeline.years.filter((y) => y.relationshipsActive > 0)) {
      const answer = await groupsIn(candidate.year)
      if (answer.links.source.length < everyYear.links.source.length) {
        ;[year, then] = [candidate, answer]
        break
      }
    }
    expect(year, 'a year with fewer links than every year').toBeDefined()
    // The links count ties as pairs of actors: the year's are at most the relationships active then.
    const tiesThen = then!.links.ties.reduce((a, b) => a + b, 0)
    expect(tiesThen).toBeLessThanOrEqual(year!.relationshipsActive)
    expect(then!.groups.members.reduce((a, b) => a + b, 0)).toBe(year!.actorsActive)

    await page.goto('/netzwerk?grouped=true')
    await graphRendered(page)
    const frame = page.locator('.graph-frame')
    await expect(frame).toHaveAttribute('data-visible-edges', String(everyYear.links.source.length))
    // The year from the timeline's slider, as a user sets it.
    await page.getByRole('button', { name: 'Zeitleiste', exact: true }).click()
    const slider = page.getByRole('slider', { name: 'Jahr' })
    await slider.focus()
    await page.keyboard.press('Home')
    const first = timeline.years[0]!.year
    for (let y = first; y < year!.year; y++) await page.keyboard.press('ArrowRight')
    await expect(page).toHaveURL(new RegExp(`year=${year!.year}(&|$)`))
    await expect(frame).toHaveAttribute('data-visible-edges', String(then!.links.source.length))
    await expect(frame).toHaveAttribute('data-visible-nodes', String(then!.groups.key.length))
    await expect(page.locator('tr[data-group]')).toHaveCount(then!.groups.key.length)
  })

  test('Cytoscape draws without a Content Security Policy error in the console', async ({
    page,
  }) => {
    const refused: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        refused.push(message.text())
    })
    await page.goto('/netzwerk')
    await graphRendered(page)
    // The canvas sits where graph.css puts it, without Cytoscape's own stylesheet.
    expect(await page.locator('style#__________cytoscape_stylesheet').count()).toBe(0)
    expect(await page.locator('.graph-canvas').evaluate((e) => getComputedStyle(e).position)).toBe(
      'absolute',
    )
    expect(refused).toEqual([])
  })

  test('WebGL is an opt-in (toolbar and URL) that falls back to the canvas without WebGL', async ({
    page,
  }) => {
    await page.goto('/netzwerk')
    await graphRendered(page)
    const frame = page.locator('.graph-frame')
    await expect(frame).toHaveAttribute('data-renderer', 'canvas')
    const hasWebgl = await page.evaluate(
      () => document.createElement('canvas').getContext('webgl2') !== null,
    )
    await page.getByRole('checkbox', { name: /Grafikkarte/ }).check()
    await expect(page).toHaveURL(/renderer=webgl/)
    await expect(frame).toHaveAttribute('data-renderer', hasWebgl ? 'webgl' : 'canvas')
    await graphRendered(page)
    await page.getByRole('checkbox', { name: /Grafikkarte/ }).uncheck()
    await expect(frame).toHaveAttribute('data-renderer', 'canvas')
    await expect(page).not.toHaveURL(/renderer=/)
  })

  test('the geographic layout puts actors without a place in a ring, in English too', async ({
    page,
  }, testInfo) => {
    await page.goto('/netzwerk?layout=geographic&lang=en')
    await graphRendered(page)
    await expect(page.locator('.graph-frame')).toHaveAttribute('data-layout', 'geographic')
    await expect(page.getByRole('heading', { name: 'Network of actors' })).toBeVisible()
    await expect(page.getByLabel('Layout')).toHaveValue('geographic')
    await page.screenshot({ path: testInfo.outputPath('geographic.png') })
    await page.getByLabel('Layout').selectOption('force')
    await expect(page).toHaveURL(/layout=force/)
    await expectNoAxeViolations(page)
  })

  test('saves the view as SVG (well-formed for xmllint) and PNG, with legend and credit', async ({
    page,
  }, testInfo) => {
    await page.goto('/netzwerk?nodeColour=community')
    await graphRendered(page)
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als SVG speichern' }).click(),
    ])
    const svgPath = testInfo.outputPath('netzwerk.svg')
    await svgDownload.saveAs(svgPath)
    execFileSync('xmllint', ['--noout', svgPath])
    const svg = fs.readFileSync(svgPath, 'utf8')
    expect(svg).toContain('Legende')
    expect(svg).toContain('Netzwerkatlas Sachsen')
    expect(svg).toContain('GeoBasis-DE')
    expect((svg.match(/<line /g) ?? []).length).toBeGreaterThan(100)
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als PNG speichern' }).click(),
    ])
    const pngPath = testInfo.outputPath('netzwerk.png')
    await pngDownload.saveAs(pngPath)
    const png = fs.readFileSync(pngPath)
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    // Width and height from the IHDR chunk: the viewport at twice its pixels, plus the legend below.
    const frame = (await page.locator('.graph-canvas').boundingBox())!
    expect(png.readUInt32BE(16)).toBe(Math.round(frame.width) * 2)
    expect(png.readUInt32BE(20)).toBeGreaterThan(Math.round(frame.height) * 2)
  })
})
