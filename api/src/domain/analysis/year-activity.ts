/**
 * Which actors and ties of an analysed network count in one year, by the one year rule the timeline and the
 * graph of every actor use (shared/src/network/active-years.ts), so the grouped graph can follow the timeline:
 * a tie (a pair of actors, as the groups count them) is active when at least one relationship between the two
 * is active that year together with both actors.
 */
import {
  actorActiveSpan,
  isActiveIn,
  isTieActiveIn,
  relationshipActiveSpan,
  tieActiveSpan,
} from '@netzwerkatlas/shared'
import type { NetworkAnalysis } from './analyse.ts'
import type { AnalysedNetwork } from './analysed-network.ts'

/** Node indexes are those of the analysis' CSR graph. */
export interface YearActivity {
  isActive(v: number): boolean
  isTieActive(v: number, w: number): boolean
}

function computeActivity(analysed: AnalysedNetwork, year: number): YearActivity {
  const { analysis, catalog, nodeOf } = analysed
  const n = analysis.ids.length
  const active = new Uint8Array(n)
  analysis.ids.forEach((id, v) => {
    const actor = catalog.actorById(id)
    if (actor && isActiveIn(actorActiveSpan(actor), year)) active[v] = 1
  })
  const pairs = new Set<number>()
  catalog.relationshipsById.forEach((relationship, i) => {
    const source = catalog.actorsInNameOrder[catalog.sourcePositions[i]!]!
    const target = catalog.actorsInNameOrder[catalog.targetPositions[i]!]!
    const a = nodeOf.get(source.id)
    const b = nodeOf.get(target.id)
    if (a === undefined || b === undefined || a === b) return
    const span = tieActiveSpan(
      relationshipActiveSpan(relationship),
      actorActiveSpan(source),
      actorActiveSpan(target),
    )
    // n² stays below 2^53 for any network this runs on (10^7 actors would be needed to overflow).
    if (isTieActiveIn(span, year)) pairs.add(a < b ? a * n + b : b * n + a)
  })
  return {
    isActive: (v) => active[v] === 1,
    isTieActive: (v, w) => pairs.has(v < w ? v * n + w : w * n + v),
  }
}

/** Per analysis, the years asked for: the timeline's play button asks for every year in turn, twice. */
const kept = new WeakMap<NetworkAnalysis, Map<number, YearActivity>>()
const YEARS_KEPT = 64

/** undefined: no year asked for, everything counts. */
export function yearActivity(
  analysed: AnalysedNetwork,
  year: number | undefined,
): YearActivity | undefined {
  if (year === undefined) return undefined
  let years = kept.get(analysed.analysis)
  if (!years) kept.set(analysed.analysis, (years = new Map<number, YearActivity>()))
  let activity = years.get(year)
  if (!activity) {
    if (years.size >= YEARS_KEPT) years.clear()
    activity = computeActivity(analysed, year)
    years.set(year, activity)
  }
  return activity
}
