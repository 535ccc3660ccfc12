/**
 * One visit of the graph view in headless Chromium: navigation → first frame (the page sets `data-rendered` on
 * the graph frame once Cytoscape has drawn its elements), the bytes that crossed the wire, then wheel-zoom
 * steps with Playwright's mouse (hideEdgesOnViewport reacts to real input only) timed in the page from the wheel
 * event to the frame painted after it, and optionally the expansion of one group of the grouped view.
 *
 * Why in the page: timing a step from the bench (before `mouse.wheel` until two animation frames later, as
 * this file did until session 9) measured 62–64 ms for 2,821 drawn actors and for 26 alike. That is the
 * cadence, not the drawing: two CDP round trips, the wait until the wheel event is dispatched with the next
 * frame (Chromium aligns continuous input with animation frames) and two whole frames of 16.7 ms. Cytoscape
 * draws a wheel step in the first animation frame after the event (its render loop runs before callbacks the
 * step adds), so the task that follows that frame marks the step's picture as painted.
 *
 * That latency still holds the wait for the frame. What a step costs the page comes from a Chromium trace of
 * further steps: the main-thread task that dispatched the wheel and ran the frame Cytoscape drew in.
 *
 * WARNING: the app's CSP (`script-src 'self'`) refuses string predicates in `page.waitForFunction`: pass
 * functions. The bench has no DOM types, so they reach the page's globals through `globalThis`, cast inside
 * each function: a function is sent to the page as its source text, so it may not call helpers of this module.
 */
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page, Request } from 'playwright-core'

interface PageGlobals {
  document: {
    querySelector(selector: string): { getAttribute(name: string): string | null } | null
    body: unknown
    addEventListener(
      type: 'click',
      listener: (event: { timeStamp: number }) => void,
      options: { capture: boolean; once: boolean },
    ): void
  }
  requestAnimationFrame(callback: (frameTime: number) => void): void
  performance: { now(): number }
  addEventListener(
    type: 'wheel',
    listener: (event: { timeStamp: number }) => void,
    options: { capture: boolean; once: boolean },
  ): void
  setTimeout(callback: () => void, ms: number): void
  MutationObserver: new (callback: () => void) => {
    observe(
      target: unknown,
      options: { attributes: boolean; subtree: boolean; attributeFilter: string[] },
    ): void
    disconnect(): void
  }
  MessageChannel: new () => {
    port1: { onmessage: (() => void) | null }
    port2: { postMessage(message: null): void }
  }
  /** Set by `awaitWheelPainted`: resolves with the step's input → painted time in ms. */
  wheelPainted?: Promise<number>
  /** Set by `awaitExpandPainted`: resolves with click → painted frame of the opened group, in ms. */
  expandPainted?: Promise<number>
}

export interface GraphVisit {
  firstFrameMs: number
  bytes: number
  nodes: number
  edges: number
  /** Per wheel step: the wheel event's time stamp → the end of the frame painted after it. */
  zoomStepsMs: number[]
  /** The way steps were timed before session 9 (bench → second frame), for comparison: see the file's head. */
  zoomRoundTripsMs: number[]
  /**
   * Per wheel step, from a Chromium trace of further steps: the main-thread work of the step, i.e. the task that
   * dispatched the wheel event (Chromium dispatches it at the start of the frame) through the end of the frame
   * Cytoscape drew it in; wall (`ms`) and thread CPU (`cpuMs`). No waiting for the frame or CDP in it.
   */
  zoomStepCosts: { ms: number; cpuMs: number }[]
  /**
   * The frame Cytoscape draws in full once the wheel has stopped (150 ms after the last step: edges, labels
   * and its layer textures at the new zoom), traced: the longest animation-frame task after the last step.
   */
  zoomSettle: { ms: number; cpuMs: number }
  /** Median gap between animation frames while idle: the frame cadence every step waits for. */
  frameGapMs: number
  /** Click on the first group's button → the painted frame with its members (in the page). */
  expandMs: number | null
  /** The way expanding was timed before session 9, for comparison. */
  expandRoundTripMs: number | null
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

/**
 * Arms the page for the next wheel event: its time stamp (when the browser took the input), then the first
 * animation frame after it (Cytoscape draws the step there), then the task after that frame's rendering, i.e.
 * once its picture is painted. A MessageChannel task, not setTimeout: timers may be clamped or throttled.
 */
async function awaitWheelPainted(page: Page) {
  await page.evaluate(() => {
    const page = globalThis as unknown as PageGlobals
    page.wheelPainted = new Promise<number>((resolve, reject) => {
      page.setTimeout(() => reject(new Error('no wheel event reached the page in 60 s')), 60_000)
      page.addEventListener(
        'wheel',
        (event) => {
          const inputAt = event.timeStamp
          page.requestAnimationFrame(() => {
            const channel = new page.MessageChannel()
            channel.port1.onmessage = () => resolve(page.performance.now() - inputAt)
            channel.port2.postMessage(null)
          })
        },
        { capture: true, once: true },
      )
    })
  })
}

async function frameGap(page: Page): Promise<number> {
  // No named function inside: tsx (esbuild's keepNames) would wrap it in a `__name` helper the page lacks.
  const gaps = await page.evaluate(async () => {
    const page = globalThis as unknown as PageGlobals
    const times: number[] = []
    for (let frame = 0; frame < 21; frame++) {
      times.push(await new Promise<number>((resolve) => page.requestAnimationFrame(resolve)))
    }
    return times.slice(1).map((time, i) => time - times[i]!)
  })
  return Math.round(median(gaps) * 10) / 10
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

async function zoomSteps(page: Page) {
  const box = (await page.locator('.graph-canvas').boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  const steps: number[] = []
  const roundTrips: number[] = []
  for (let step = 0; step < WHEEL_STEPS; step++) {
    await awaitWheelPainted(page)
    const before = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).performance.now(),
    )
    // In, then out again, so the view ends where it started.
    await page.mouse.wheel(0, step < WHEEL_STEPS / 2 ? -120 : 120)
    roundTrips.push(Math.round((await afterTwoFrames(page)) - before))
    const painted = await page.evaluate(() => (globalThis as unknown as PageGlobals).wheelPainted!)
    steps.push(Math.round(painted * 10) / 10)
  }
  return { steps, roundTrips }
}

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  tdur?: number
  pid: number
  tid: number
  args?: { data?: { type?: string } }
}

/**
 * The main-thread cost of each wheel step in a trace: the task holding the wheel's `EventDispatch`, plus, if
 * that task ran no animation frame after it (input not aligned with a frame), the next task that did
 * (`FireAnimationFrame`: Cytoscape draws in its requestAnimationFrame callback).
 */
function wheelStepCosts(events: readonly TraceEvent[]) {
  const wheels = events.filter(
    (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'wheel' && e.ph === 'X',
  )
  if (wheels.length === 0) return { steps: [], settle: { ms: NaN, cpuMs: NaN } }
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`
  const mainThread = thread(wheels[0]!)
  const onMain = events.filter((e) => thread(e) === mainThread && e.ph === 'X')
  // Nested task events (RunTask inside ThreadControllerImpl::RunTask) describe the same task: keep outer ones.
  const tasks = onMain
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
    .filter((task, i, sorted) => {
      const previous = sorted[i - 1]
      return !previous || task.ts >= previous.ts + (previous.dur ?? 0) || i === 0
    })
  const frames = onMain.filter((e) => e.name === 'FireAnimationFrame')
  const within = (inner: TraceEvent, outer: TraceEvent) =>
    inner.ts >= outer.ts && inner.ts <= outer.ts + (outer.dur ?? 0)
  const rounded = (task: TraceEvent | undefined, extra?: TraceEvent) => ({
    ms: Math.round(((task?.dur ?? NaN) + (extra?.dur ?? 0)) / 100) / 10,
    cpuMs: Math.round(((task?.tdur ?? NaN) + (extra?.tdur ?? 0)) / 100) / 10,
  })
  const lastWheel = wheels[wheels.length - 1]!
  const settle = tasks
    .filter(
      (task) =>
        task.ts > lastWheel.ts + (lastWheel.dur ?? 0) && frames.some((f) => within(f, task)),
    )
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0]
  const steps = wheels.map((wheel) => {
    const task = tasks.find((t) => within(wheel, t))
    if (!task) return rounded(undefined)
    if (frames.some((f) => within(f, task) && f.ts >= wheel.ts)) return rounded(task)
    const frame = frames.find((f) => f.ts > task.ts + (task.dur ?? 0))
    return rounded(task, frame && tasks.find((t) => within(frame, t)))
  })
  return { steps, settle: rounded(settle) }
}

/** Further wheel steps under a Chromium trace (tracing slows them a little, so the steps above go untraced). */
async function tracedZoomStepCosts(browser: Browser, page: Page) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] })
  try {
    for (let step = 0; step < WHEEL_STEPS; step++) {
      await page.mouse.wheel(0, step < WHEEL_STEPS / 2 ? -120 : 120)
      // The cadence of the untraced steps (one step per painted frame plus round trips): one wheel burst.
      await afterTwoFrames(page)
    }
    // Past Cytoscape's wheel timeout (150 ms) and the full frame it then draws.
    await page.waitForTimeout(1_000)
    await afterTwoFrames(page)
  } catch (error) {
    await browser.stopTracing()
    throw error
  }
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as
    { traceEvents: TraceEvent[] } | TraceEvent[]
  return wheelStepCosts(Array.isArray(trace) ? trace : trace.traceEvents)
}

/**
 * Arms the page for the next click: its time stamp, then the moment the graph frame says it has drawn a model
 * with other visible nodes (`data-rendered` turns true again once Cytoscape's `render` event came), then the
 * task after that, which runs after the frame Cytoscape drew in was painted.
 */
async function awaitExpandPainted(page: Page) {
  await page.evaluate(() => {
    const page = globalThis as unknown as PageGlobals
    // No named function inside (see frameGap).
    page.expandPainted = new Promise<number>((resolve, reject) => {
      page.setTimeout(() => reject(new Error('the opened group was not drawn in 60 s')), 60_000)
      page.document.addEventListener(
        'click',
        (event) => {
          const clickedAt = event.timeStamp
          const nodesBefore = page.document
            .querySelector('.graph-frame')
            ?.getAttribute('data-visible-nodes')
          const observer = new page.MutationObserver(() => {
            const frame = page.document.querySelector('.graph-frame')
            if (
              frame?.getAttribute('data-rendered') !== 'true' ||
              frame.getAttribute('data-visible-nodes') === nodesBefore
            )
              return
            observer.disconnect()
            const channel = new page.MessageChannel()
            channel.port1.onmessage = () => resolve(page.performance.now() - clickedAt)
            channel.port2.postMessage(null)
          })
          observer.observe(page.document.body, {
            attributes: true,
            subtree: true,
            attributeFilter: ['data-rendered', 'data-visible-nodes'],
          })
        },
        { capture: true, once: true },
      )
    })
  })
}

/**
 * Opens the first group of the table with a real click, timed in the page from the click to the painted
 * frame with its members; and the way it was timed before session 9 (bench → the visible-node count changed,
 * then two more frames), which added CDP round trips and frames and did not wait for Cytoscape's drawing.
 */
async function expandFirstGroup(page: Page): Promise<{ ms: number; roundTripMs: number } | null> {
  const button = page.locator('tr[data-group] button').first()
  if ((await button.count()) === 0) return null
  const frame = page.locator('.graph-frame')
  const nodesBefore = await frame.getAttribute('data-visible-nodes')
  await awaitExpandPainted(page)
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
  const roundTripMs = Math.round(Math.max(changedAt, await afterTwoFrames(page)) - before)
  const painted = await page.evaluate(() => (globalThis as unknown as PageGlobals).expandPainted!)
  return { ms: Math.round(painted), roundTripMs }
}

/**
 * What went wrong in the page so far: a renderer crash (Chromium's "Aw, Snap!", which a user would see too),
 * uncaught errors and console errors. A failed step names them: a crash once showed up only as a 30 s
 * timeout "waiting for locator('.graph-frame')".
 */
interface PageTrouble {
  crashed: boolean
  errors: string[]
}

function watchTrouble(page: Page): PageTrouble {
  const trouble: PageTrouble = { crashed: false, errors: [] }
  page.on('crash', () => (trouble.crashed = true))
  page.on('pageerror', (error) => trouble.errors.push(error.message.slice(0, 300)))
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.errors.push(message.text().slice(0, 300))
  })
  return trouble
}

/**
 * Runs one step; a renderer crash fails it at once (as a crash), and a timeout says what the page shows instead
 * of the graph (an error, "wird geladen") and what it logged.
 */
async function explained<T>(
  page: Page,
  trouble: PageTrouble,
  step: string,
  run: () => Promise<T>,
): Promise<T> {
  const crash = new Promise<never>((_, reject) => {
    const onCrash = () => reject(new Error(`${step} at ${page.url()}: the renderer crashed`))
    if (trouble.crashed) onCrash()
    else page.once('crash', onCrash)
  })
  crash.catch(() => undefined)
  try {
    return await Promise.race([run(), crash])
  } catch (error) {
    const logged = trouble.errors.length ? `; it logged: ${trouble.errors.join(' | ')}` : ''
    if (trouble.crashed) {
      throw new Error(`${step} at ${page.url()}: the renderer crashed${logged}`, { cause: error })
    }
    const shown = await page
      .locator('.graph-main')
      .innerText({ timeout: 2_000 })
      .catch(async () => {
        const body = await page
          .locator('body')
          .innerText({ timeout: 2_000 })
          .catch(() => '')
        return `(no graph region; the page shows: ${body.replace(/\s+/g, ' ').slice(0, 300)})`
      })
    const picture = path.join(os.tmpdir(), `graph-bench-${step.replace(/\W+/g, '-')}.png`)
    const saved = await page
      .screenshot({ path: picture, timeout: 5_000 })
      .then(() => `; screenshot ${picture}`)
      .catch(() => '')
    throw new Error(
      `${step} at ${page.url()}: the graph region shows "${shown.slice(0, 300)}"${logged}${saved}`,
      { cause: error },
    )
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
    const trouble = watchTrouble(page)
    await page.goto(url)
    const firstFrameMs = await explained(page, trouble, 'first frame', () => renderedAt(page))
    let bytes = 0
    for (const request of requests) {
      const sizes = await request.sizes()
      bytes += sizes.responseBodySize + sizes.responseHeadersSize
    }
    const frame = page.locator('.graph-frame')
    const [nodes, edges] = await explained(page, trouble, 'counts', async () => [
      Number(await frame.getAttribute('data-visible-nodes')),
      Number(await frame.getAttribute('data-visible-edges')),
    ])
    const frameGapMs = await explained(page, trouble, 'frame cadence', () => frameGap(page))
    const zoom = await explained(page, trouble, 'wheel zoom', () => zoomSteps(page))
    const traced = await explained(page, trouble, 'traced wheel zoom', () =>
      tracedZoomStepCosts(browser, page),
    )
    const expanded = options.expand
      ? await explained(page, trouble, 'expanding a group', () => expandFirstGroup(page))
      : null
    return {
      firstFrameMs,
      bytes,
      nodes,
      edges,
      zoomStepsMs: zoom.steps,
      zoomRoundTripsMs: zoom.roundTrips,
      zoomStepCosts: traced.steps,
      zoomSettle: traced.settle,
      frameGapMs,
      expandMs: expanded?.ms ?? null,
      expandRoundTripMs: expanded?.roundTripMs ?? null,
    }
  } finally {
    await context.close()
  }
}
