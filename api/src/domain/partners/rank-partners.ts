/**
 * The page of a partner search: the best `limit` candidates by score, then distance, then name order, without
 * sorting every candidate or counting everyone's shared partners. At 100k actors a search around Leipzig has
 * thousands of candidates and shows 20, so the work per candidate must be a few comparisons.
 *
 * Exactly the order a full sort by the exact scores gives (api/test/partners-fast-path.test.ts): every candidate
 * is scored with no shared partner first, which is a lower bound. The k-th best of those bounds is a threshold no
 * page result can fall below; only a candidate whose score could still reach it (its bound plus the most shared
 * partners can add) has its shared partners counted.
 */
import type { Actor } from '@netzwerkatlas/shared'
import type { NetworkProximity } from './network-proximity.ts'
import type { Candidates } from './partner-candidates.ts'
import { SHARED_PARTNER_POINTS, SHARED_PARTNERS_COUNTED } from './partner-weights.ts'
import type { PartnerScorer } from './score-partner.ts'

export interface RankedCandidate {
  /** Index into the candidates' lists. */
  index: number
  score: number
}

/**
 * What shared partners can add at most, plus two roundings to hundredths (each part's and the total's) by
 * which the sum with them can differ from the sum without them beyond that.
 */
const MOST_SHARED_PARTNER_POINTS = SHARED_PARTNER_POINTS * SHARED_PARTNERS_COUNTED + 0.02

/** The k-th largest value (the smallest if there are fewer than k). */
function kthLargest(values: Float64Array, k: number): number {
  if (values.length === 0) return -Infinity
  const sorted = Float64Array.from(values).sort()
  return sorted[Math.max(0, sorted.length - k)]!
}

/** Whether candidate i with this score ranks above a page entry: score, then distance, then name order. */
function ranksAbove(
  { distancesKm, positions }: Candidates,
  i: number,
  score: number,
  other: RankedCandidate,
): boolean {
  return (
    score > other.score ||
    (score === other.score &&
      (distancesKm[i]! < distancesKm[other.index]! ||
        (distancesKm[i] === distancesKm[other.index] && positions[i]! < positions[other.index]!)))
  )
}

export function rankPartners(
  actorsInNameOrder: readonly Actor[],
  candidates: Candidates,
  scorer: PartnerScorer,
  network: NetworkProximity,
  limit: number,
): RankedCandidate[] {
  const { positions, distancesKm } = candidates
  const count = positions.length
  const withoutShared = new Float64Array(count)
  for (let i = 0; i < count; i++) {
    withoutShared[i] = scorer.scoreAt(positions[i]!, distancesKm[i]!, 0)
  }
  const threshold = kthLargest(withoutShared, limit)
  const slack = network.hasPartners ? MOST_SHARED_PARTNER_POINTS : 0

  // The page so far, best first: a sorted insertion into at most `limit` entries.
  const page: RankedCandidate[] = []
  for (let i = 0; i < count; i++) {
    if (withoutShared[i]! + slack < threshold) continue
    let score = withoutShared[i]!
    if (slack > 0) {
      const position = positions[i]!
      const shared = network.sharedPartnerCount(actorsInNameOrder[position]!.id)
      score = scorer.scoreAt(position, distancesKm[i]!, shared)
    }
    if (page.length === limit && !ranksAbove(candidates, i, score, page[limit - 1]!)) continue
    let at = page.length
    while (at > 0 && ranksAbove(candidates, i, score, page[at - 1]!)) at--
    page.splice(at, 0, { index: i, score })
    if (page.length > limit) page.pop()
  }
  return page
}
