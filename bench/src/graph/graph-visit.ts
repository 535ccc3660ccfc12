/**
 * One visit of the graph view in headless Chromium: navigation → first frame (the page sets `data-rendered` on
 * the graph frame once Cytoscape has drawn its elements), the bytes that crossed the wire, then wheel-zoom
 * steps with Playwright's mouse (hideEdgesOnViewport reacts to real input only) timed to the second animation
 * frame after each step, and optionally the expansion of one group of the grouped view.
 *
 * WARNING: the app's CSP (`script-src 'self'`) refuses string predicates in `page.waitForFunction`: pass
 * functions. The bench has no DOM types, so they reach the page's globals through `globalThis`, cast inside
 * each function: a function is sent to the page as its source text, so it may not call helpers of this module.
 */
import type { Browser, Page, Request } from 'playwright-core'

interface PageGlobals {
  document: {
    querySelector(selector: string): { getAttribute(name: string): string | null } | null
  }
  requestAnimationFrame(callback: () => void): void
  performance: { now(): number }
}

export interface GraphVisit {
  firstFrameMs: number
  bytes: number
  nodes: number
  edges: number
  zoomStepsMs: number[]
  expandMs: number | null
}

const WHEEL_STEPS = 10

async function renderedAt(page: Page) {
  const handle = await page.waitForFunction(
    () => {
      const frame = (globalThis as unknown as PageGlobals).document.querySelector('.graph-frame')
      return frame?.getAttribute('data-rendered') === 'true'
        ? (globalThis as unknown as PageGlobals).performance.now()
        : false
    },
    undefined,
    { polling: 'raf', timeout: 180_000 },
  )
  return Math.round((await handle.jsonValue()) as number)
}

async function afterTwoFrames(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        (globalThis as unknown as PageGlobals).requestAnimationFrame(() =>
          (globalThis as unknown as PageGlobals).requestAnimationFrame(() =>
            resolve((globalThis as unknown as PageGlobals).performance.now()),
          ),
        ),
      ),
  )
}

async function zoomSteps(page: Page): Promise<number[]> {
  const box = (await page.locator('.graph-canvas').boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  const steps: number[] = []
  for (let step = 0; step < WHEEL_STEPS; step++) {
    const before = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).performance.now(),
    )
    // In, then out again, so the view ends where it started.
    await page.mouse.wheel(0, step < WHEEL_STEPS / 2 ? -120 : 120)
    steps.push(Math.round((await afterTwoFrames(page)) - before))
  }
  return steps
}

async function expandFirstGroup(page: Page): Promise<number | null> {
  const button = page.locator('tr[data-group] button').first()
  if ((await button.count()) === 0) return null
  const frame = page.locator('.graph-frame')
  const nodesBefore = await frame.getAttribute('data-visible-nodes')
  const before = await page.evaluate(() => (globalThis as unknown as PageGlobals).performance.now())
  await button.click()
  const handle = await page.waitForFunction(
    (previous) => {
      const attribute = (globalThis as unknown as PageGlobals).document
        .querySelector('.graph-frame')
        ?.getAttribute('data-visible-nodes')
      return attribute !== previous
        ? (globalThis as unknown as PageGlobals).performance.now()
        : false
    },
    nodesBefore,
    { polling: 'raf', timeout: 60_000 },
  )
  const changedAt = (await handle.jsonValue()) as number
  return Math.round(Math.max(changedAt, await afterTwoFrames(page)) - before)
}

/**
 * What the page shows instead of the graph when a step times out (an error, "wird geladen"), so a failed run
 * says why: the suite's error once read only "waiting for locator('.graph-frame')".
 */
async function explained<T>(page: Page, step: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    const shown = await page
      .locator('.graph-main')
      .innerText({ timeout: 2_000 })
      .catch(() => '(no graph region)')
    throw new Error(`${step} at ${page.url()}: the graph region shows "${shown.slice(0, 300)}"`, {
      cause: error,
    })
  }
}

export async function visitGraph(
  browser: Browser,
  url: string,
  options: { expand: boolean },
): Promise<GraphVisit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  try {
    const page = await context.newPage()
    const requests: Request[] = []
    page.on('requestfinished', (request) => requests.push(request))
    await page.goto(url)
    const firstFrameMs = await explained(page, 'first frame', () => renderedAt(page))
    let bytes = 0
    for (const request of requests) {
      const sizes = await request.sizes()
      bytes += sizes.responseBodySize + sizes.responseHeadersSize
    }
    const frame = page.locator('.graph-frame')
    const nodes = Number(
      await explained(page, 'counts', () => frame.getAttribute('data-visible-nodes')),
    )
    const edges = Number(await frame.getAttribute('data-visible-edges'))
    const zoomStepsMs = await explained(page, 'wheel zoom', () => zoomSteps(page))
    const expandMs = options.expand
      ? await explained(page, 'expanding a group', () => expandFirstGroup(page))
      : null
    return { firstFrameMs, bytes, nodes, edges, zoomStepsMs, expandMs }
  } finally {
    await context.close()
  }
}
