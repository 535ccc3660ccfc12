/**
 * One visit of the map in headless Chromium (Debian's, via playwright-core): time from navigation to the map's
 * idle flag (set by the page once MapLibre is idle with its data), and the bytes that crossed the wire.
 * Every visit gets a fresh browser context, so caches start empty like a first visit.
 */
import { chromium, type Browser, type Request } from 'playwright-core'

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The few DOM members the predicate uses: the bench's own TypeScript has no DOM types. */
interface PageGlobals {
  document: {
    querySelector(selector: string): { getAttribute(name: string): string | null } | null
  }
  performance: { now(): number }
}

/**
 * performance.now() once the map frame says it is idle; false until then. A function, not a string: the app's
 * CSP (`script-src 'self'`) refuses the eval Playwright needs for a string predicate.
 */
function idleAt(): number | false {
  const page = globalThis as unknown as PageGlobals
  return page.document.querySelector('.map-frame')?.getAttribute('data-map-idle') === 'true'
    ? page.performance.now()
    : false
}

export interface MapVisit {
  idleMs: number
  bytes: number
  requests: number
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  })
}

export async function visitMap(browser: Browser, url: string): Promise<MapVisit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  try {
    const page = await context.newPage()
    const requests: Request[] = []
    page.on('requestfinished', (request) => requests.push(request))
    // Not until `load`: on a loaded machine the 100k page passed goto's 30 s before its load event, and the
    // clock is the page's own (performance.now() from navigation start) anyway.
    await page.goto(url, { waitUntil: 'commit' })
    const idle = await page.waitForFunction(idleAt, undefined, {
      polling: 'raf',
      timeout: 120_000,
    })
    const idleMs = Math.round((await idle.jsonValue()) as number)
    let bytes = 0
    for (const request of requests) {
      const sizes = await request.sizes()
      bytes += sizes.responseBodySize + sizes.responseHeadersSize
    }
    return { idleMs, bytes, requests: requests.length }
  } finally {
    await context.close()
  }
}
