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
import type { PositionedProximity } from './network-proximity.ts'
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

/**
 * The k-th largest value (the smallest if there are fewer than k): a min-heap of the k largest so far, so a
 * value below the heap's least costs one comparison and nothing is copied or sorted.
 */
function kthLargest(values: Float64Array, k: number): number {
  if (values.length === 0) return -Infinity
  const size = Math.min(k, values.length)
  const heap = new Float64Array(size)
  heap.set(values.subarray(0, size))
  for (let i = (size >> 1) - 1; i >= 0; i--) siftDown(heap, i)
  for (let i = size; i < values.length; i++) {
    if (values[i]! <= heap[0]!) continue
    heap[0] = values[i]!
    siftDown(heap, 0)
  }
  return heap[0]!
}

/** Moves heap[from] down until neither child is smaller (a function of its own, not a closure per search). */
function siftDown(heap: Float64Array, from: number): void {
  const size = heap.length
  let at = from
  for (;;) {
    const left = 2 * at + 1
    const right = left + 1
    let least = at
    if (left < size && heap[left]! < heap[least]!) least = left
    if (right < size && heap[right]! < heap[least]!) least = right
    if (least === at) return
    const value = heap[at]!
    heap[at] = heap[least]!
    heap[least] = value
    at = least
  }
}

/**
 * The bounds' buffer, reused by every search (synchronous from start to page, so nothing else writes it in
 * between) and grown when a search has more candidates than any before; a view of the needed length.
 */
let bounds = new Float64Array(1024)
function boundsFor(count: number): Float64Array {
  if (bounds.length < count) bounds = new Float64Array(Math.max(count, 2 * bounds.length))
  return bounds.subarray(0, count)
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
  candidates: Candidates,
  scorer: PartnerScorer,
  network: PositionedProximity,
  limit: number,
): RankedCandidate[] {
  const { positions, distancesKm } = candidates
  const count = positions.length
  const withoutShared = boundsFor(count)
  for (let i = 0; i < count; i++) {
    withoutShared[i] = scorer.scoreAt(positions[i]!, distancesKm[i]!, 0)
  }
  const slack = network.hasPartners ? MOST_SHARED_PARTNER_POINTS : 0
  // Without shared partners the bound is the score: the page below then needs no threshold.
  const threshold = slack > 0 ? kthLargest(withoutShared, limit) : -Infinity

  // The page so far, best first: a sorted insertion into at most `limit` entries.
  const page: RankedCandidate[] = []
  for (let i = 0; i < count; i++) {
    if (withoutShared[i]! + slack < threshold) continue
    let score = withoutShared[i]!
    if (slack > 0) {
      const position = positions[i]!
      score = scorer.scoreAt(position, distancesKm[i]!, network.sharedPartnerCountAt(position))
    }
    if (page.length === limit && !ranksAbove(candidates, i, score, page[limit - 1]!)) continue
    let at = page.length
    while (at > 0 && ranksAbove(candidates, i, score, page[at - 1]!)) at--
    page.splice(at, 0, { index: i, score })
    if (page.length > limit) page.pop()
  }
  return page
}
