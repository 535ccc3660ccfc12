/**
 * One visit of the graph view in headless Chromium: navigation → first frame (the page sets `data-rendered` on
 * the graph frame once Cytoscape has drawn its elements), the bytes that crossed the wire, then wheel-zoom
 * steps with Playwright's mouse (hideEdgesOnViewport reacts to real input only) timed to the second animation
 * frame after each step, and optionally the expansion of one group of the grouped view.
 *
 * WARNING: the app's CSP (`script-src 'self'`) refuses string predicates in `page.waitForFunction`: pass
 * functions. The bench has no DOM types, so they reach the page's globals through `globalThis`.
 */
import type { Browser, Page, Request } from 'playwright-core'

interface PageGlobals {
  document: {
    querySelector(selector: string): { getAttribute(name: string): string | null } | null
  }
  requestAnimationFrame(callback: () => void): void
  performance: { now(): number }
}
const inPage = () => globalThis as unknown as PageGlobals

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
      const frame = inPage().document.querySelector('.graph-frame')
      return frame?.getAttribute('data-rendered') === 'true' ? inPage().performance.now() : false
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
        inPage().requestAnimationFrame(() =>
          inPage().requestAnimationFrame(() => resolve(inPage().performance.now())),
        ),
      ),
  )
}

async function zoomSteps(page: Page): Promise<number[]> {
  const box = (await page.locator('.graph-canvas').boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  const steps: number[] = []
  for (let step = 0; step < WHEEL_STEPS; step++) {
    const before = await page.evaluate(() => inPage().performance.now())
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
  const before = await page.evaluate(() => inPage().performance.now())
  await button.click()
  const handle = await page.waitForFunction(
    (previous) => {
      const attribute = inPage()
        .document.querySelector('.graph-frame')
        ?.getAttribute('data-visible-nodes')
      return attribute !== previous ? inPage().performance.now() : false
    },
    nodesBefore,
    { polling: 'raf', timeout: 60_000 },
  )
  const changedAt = (await handle.jsonValue()) as number
  return Math.round(Math.max(changedAt, await afterTwoFrames(page)) - before)
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
    const firstFrameMs = await renderedAt(page)
    let bytes = 0
    for (const request of requests) {
      const sizes = await request.sizes()
      bytes += sizes.responseBodySize + sizes.responseHeadersSize
    }
    const frame = page.locator('.graph-frame')
    const nodes = Number(await frame.getAttribute('data-visible-nodes'))
    const edges = Number(await frame.getAttribute('data-visible-edges'))
    const zoomStepsMs = await zoomSteps(page)
    const expandMs = options.expand ? await expandFirstGroup(page) : null
    return { firstFrameMs, bytes, nodes, edges, zoomStepsMs, expandMs }
  } finally {
    await context.close()
  }
}
