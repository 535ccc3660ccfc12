/**
 * The map suite: time from navigation to map idle in headless Chromium, with the actor layer against the same
 * map without it (`layers=basemap`) in the same run, alternating, at each scale; and the bytes each visit
 * transfers. Issue 7's targets: ≤ 1.2× at 10k, ≤ 1.5× at 100k.
 */
import { spawnApi } from '../api-process.ts'
import { launchChromium, visitMap, type MapVisit } from '../map/map-idle.ts'
import { dataDirOf } from '../measure-scale.ts'
import type { TargetCheck } from '../results.ts'
import { SCALES } from '../scales.ts'
import type { BenchSuite, SuiteRow } from '../suite.ts'

const ROUNDS = 5
const TARGETS: Record<string, number> = { '10k': 1.2, '100k': 1.5 }

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`

export const mapSuite: BenchSuite = {
  id: 'map',
  description:
    'map: navigation → idle with the actor layer vs the basemap alone, bytes per first visit',
  async run(options) {
    const rows: SuiteRow[] = []
    const targets: TargetCheck[] = []
    const details: Record<string, unknown> = {}
    for (const scale of SCALES.filter((s) => options.scales.includes(s.id))) {
      const api = spawnApi({ dataDir: dataDirOf(scale), env: scale.env, logLevel: 'warn' })
      const browser = await launchChromium()
      try {
        const baseUrl = await api.url
        const withActors = `${baseUrl}/karte`
        const basemapOnly = `${baseUrl}/karte?layers=basemap`
        // Warm-up: the server compresses each body once; later visits measure the cached path.
        await visitMap(browser, withActors)
        await visitMap(browser, basemapOnly)
        const ours: MapVisit[] = []
        const baseline: MapVisit[] = []
        for (let round = 0; round < ROUNDS; round++) {
          baseline.push(await visitMap(browser, basemapOnly))
          ours.push(await visitMap(browser, withActors))
        }
        const oursMs = median(ours.map((v) => v.idleMs))
        const baselineMs = median(baseline.map((v) => v.idleMs))
        const ratio = oursMs / baselineMs
        const oursBytes = median(ours.map((v) => v.bytes))
        const baselineBytes = median(baseline.map((v) => v.bytes))
        console.error(
          `[map ${scale.id}] idle ${oursMs} ms vs ${baselineMs} ms basemap only (${ratio.toFixed(2)}×), ` +
            `${kb(oursBytes)} vs ${kb(baselineBytes)}`,
        )
        rows.push(
          {
            scale: scale.id,
            what: 'navigation → map idle (median)',
            ours: `${oursMs} ms`,
            baseline: `${baselineMs} ms (no actor layer)`,
            ratio: `${ratio.toFixed(2)}×`,
          },
          {
            scale: scale.id,
            what: 'bytes transferred, first visit',
            ours: kb(oursBytes),
            baseline: kb(baselineBytes),
            ratio: `${(oursBytes / baselineBytes).toFixed(2)}×`,
          },
        )
        const limit = TARGETS[scale.id]
        if (limit) {
          targets.push({
            name: `map idle with actors ÷ without (${scale.id})`,
            target: `≤ ${limit}×`,
            measured: `${ratio.toFixed(2)}×`,
            isMet: ratio <= limit,
          })
        }
        details[scale.id] = { ours, baseline }
      } finally {
        await browser.close()
        await api.stop()
      }
    }
    return { rows, targets, details }
  },
}
