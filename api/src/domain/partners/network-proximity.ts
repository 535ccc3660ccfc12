/**
 * Network proximity of candidates to my organisation: from the index's relationships, who is already my partner
 * and which partners we share (every shared partner is a path of two steps between us); from the network
 * analysis (issue 8), whether we are in the same Louvain community.
 *
 * The straightforward score (scoreOf: the scan, the tests) asks by id (`NetworkProximity`); the finder asks by
 * name-order position (`PositionedProximity`, over the partner columns).
 */
import type { Actor, Label, Relationship } from '@netzwerkatlas/shared'
import type { AnalysedNetwork } from '../analysis/analysed-network.ts'
import { communityNamesOf } from '../analysis/communities-view.ts'
import type { PartnerColumns } from './partner-columns.ts'

export interface SharedCommunity {
  id: number
  name: Label
}

export interface NetworkProximity {
  isPartner(actorId: string): boolean
  /** Ids of actors tied both to my organisation and to this one, in id order. */
  sharedPartnersOf(actorId: string): readonly string[]
  sharedPartnerCount(actorId: string): number
  /** My organisation's community, if this actor is in it too; null otherwise or without an analysis. */
  sharedCommunityOf(actorId: string): SharedCommunity | null
}

export const noNetwork: NetworkProximity = {
  isPartner: () => false,
  sharedPartnersOf: () => [],
  sharedPartnerCount: () => 0,
  sharedCommunityOf: () => null,
}

const otherEnd = (relationship: Relationship, actorId: string) =>
  relationship.sourceId === actorId ? relationship.targetId : relationship.sourceId

/**
 * The community part, from a finished analysis (possibly of the previous data version: an actor it does not know
 * shares no community). Louvain puts isolated actors in a community of their own, so they never match.
 */
function communityOf(
  fromId: string,
  analysed: AnalysedNetwork | undefined,
): ((actorId: string) => SharedCommunity | null) | undefined {
  const fromNode = analysed?.nodeOf.get(fromId)
  if (!analysed || fromNode === undefined) return undefined
  const community = analysed.analysis.community
  const mine = community[fromNode]!
  const shared = { id: mine, name: communityNamesOf(analysed)[mine]! }
  return (actorId) => {
    const node = analysed.nodeOf.get(actorId)
    return node !== undefined && community[node] === mine ? shared : null
  }
}

export function networkProximityOf(
  fromId: string,
  relationshipsOf: (actorId: string) => readonly Relationship[],
  analysed?: AnalysedNetwork,
): NetworkProximity {
  const partners = new Set<string>()
  for (const relationship of relationshipsOf(fromId)) {
    const other = otherEnd(relationship, fromId)
    if (other !== fromId) partners.add(other)
  }
  // From the candidate's side: its ties that end at one of my partners. A walk of two steps from my side
  // would cross every tie of a hub I work with; the candidates' own ties are few.
  const sharedOf = (actorId: string): Set<string> => {
    const shared = new Set<string>()
    for (const relationship of relationshipsOf(actorId)) {
      const other = otherEnd(relationship, actorId)
      if (other !== actorId && partners.has(other)) shared.add(other)
    }
    return shared
  }
  const sharedCommunityOf = communityOf(fromId, analysed)
  return {
    isPartner: (actorId) => partners.has(actorId),
    sharedPartnersOf: (actorId) => [...sharedOf(actorId)].sort(),
    sharedPartnerCount: (actorId) => (partners.size === 0 ? 0 : sharedOf(actorId).size),
    sharedCommunityOf: sharedCommunityOf ?? (() => null),
  }
}

/** Whether the ascending `sorted[from..to)` holds `value`. */
function holds(sorted: Int32Array, from: number, to: number, value: number): boolean {
  let low = from
  let high = to
  while (low < high) {
    const middle = (low + high) >>> 1
    const at = sorted[middle]!
    if (at === value) return true
    if (at < value) low = middle + 1
    else high = middle
  }
  return false
}

/**
 * My partners marked by position for the search under way: `marks[p] === stamp`. One buffer per neighbour rows,
 * reused by every search (a search is synchronous from start to page, like the candidates' buffers) and given
 * a new stamp instead of being cleared, so "is this candidate my partner" is one read, not a binary search in
 * my row for each of a search's candidates.
 */
const partnerMarks = new WeakMap<Int32Array, { marks: Int32Array; stamp: number }>()

function markPartners(
  neighbourStart: Int32Array,
  neighbours: Int32Array,
  from: number,
  to: number,
) {
  let entry = partnerMarks.get(neighbourStart)
  if (!entry) {
    entry = { marks: new Int32Array(neighbourStart.length), stamp: 0 }
    partnerMarks.set(neighbourStart, entry)
  }
  if (entry.stamp === 0x7fffffff) {
    entry.marks.fill(0)
    entry.stamp = 0
  }
  const stamp = ++entry.stamp
  for (let i = from; i < to; i++) entry.marks[neighbours[i]!] = stamp
  return { marks: entry.marks, stamp }
}

/**
 * networkProximityOf by name-order position, over the partner columns' neighbour rows (partner-columns.ts):
 * what the finder asks of its candidates. A shared partner is a position in both rows: the candidate's row is
 * read against my marked partners, or, when mine is the shorter row, mine is binary-searched in theirs. No
 * relationship object, id lookup or Set per candidate, and no closure per search (a class: its methods are
 * made once); the same answers (api/test/partners-fast-path.test.ts compares the finder with a scan that uses
 * networkProximityOf).
 *
 * WARNING: valid only until the next PositionedProximity over the same rows is made (the marks are shared):
 * make one per search and finish with it before the next.
 */
export class PositionedProximity {
  private readonly myStart: number
  private readonly myEnd: number
  private readonly marks: Int32Array
  private readonly stamp: number
  /** Whether my organisation has any partner: without one, no actor shares a partner with it. */
  readonly hasPartners: boolean
  /** Whether sharedCommunityAt can answer anything but null (there is an analysis that knows me). */
  readonly hasCommunity: boolean
  private readonly communityOfId: ((actorId: string) => SharedCommunity | null) | undefined

  /** `fromPosition` -1: no organisation, so no partners and no community. */
  constructor(
    fromPosition: number,
    private readonly columns: Pick<PartnerColumns, 'neighbourStart' | 'neighbours'>,
    private readonly actorsInNameOrder: readonly Actor[],
    analysed?: AnalysedNetwork,
  ) {
    this.myStart = fromPosition < 0 ? 0 : columns.neighbourStart[fromPosition]!
    this.myEnd = fromPosition < 0 ? 0 : columns.neighbourStart[fromPosition + 1]!
    this.hasPartners = this.myEnd > this.myStart
    const marked = this.hasPartners
      ? markPartners(columns.neighbourStart, columns.neighbours, this.myStart, this.myEnd)
      : { marks: new Int32Array(0), stamp: -1 }
    this.marks = marked.marks
    this.stamp = marked.stamp
    this.communityOfId =
      fromPosition < 0 ? undefined : communityOf(actorsInNameOrder[fromPosition]!.id, analysed)
    this.hasCommunity = this.communityOfId !== undefined
  }

  isPartnerAt(position: number): boolean {
    return this.hasPartners && this.marks[position] === this.stamp
  }

  sharedPartnerCountAt(position: number): number {
    const { neighbourStart, neighbours } = this.columns
    const { myStart, myEnd } = this
    const start = neighbourStart[position]!
    const end = neighbourStart[position + 1]!
    let count = 0
    if (end - start <= myEnd - myStart) {
      const { marks, stamp } = this
      for (let i = start; i < end; i++) if (marks[neighbours[i]!] === stamp) count++
    } else {
      for (let i = myStart; i < myEnd; i++)
        if (holds(neighbours, start, end, neighbours[i]!)) count++
    }
    return count
  }

  /** Ids of actors tied both to my organisation and to this one, in id order. */
  sharedPartnersAt(position: number): string[] {
    const { neighbourStart, neighbours } = this.columns
    const shared: string[] = []
    if (!this.hasPartners) return shared
    for (let i = neighbourStart[position]!; i < neighbourStart[position + 1]!; i++) {
      if (this.isPartnerAt(neighbours[i]!)) shared.push(this.actorsInNameOrder[neighbours[i]!]!.id)
    }
    return shared.sort()
  }

  /** My organisation's community, if this actor is in it too; null otherwise or without an analysis. */
  sharedCommunityAt(position: number): SharedCommunity | null {
    return this.communityOfId ? this.communityOfId(this.actorsInNameOrder[position]!.id) : null
  }
}

/** Holds nothing: `new PositionedProximity(-1, …)` never reads the rows. */
export const noPositionedNetwork = new PositionedProximity(
  -1,
  { neighbourStart: new Int32Array(1), neighbours: new Int32Array(0) },
  [],
)
