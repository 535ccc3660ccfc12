/**
 * Network proximity of candidates to my organisation: from the index's relationships, who is already my partner
 * and which partners we share (every shared partner is a path of two steps between us); from the network
 * analysis (issue 8), whether we are in the same Louvain community.
 *
 * The score sees only the `NetworkProximity` interface (see find-partners.ts).
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
  /** Whether my organisation has any partner: without one, no actor shares a partner with it. */
  hasPartners: boolean
  /** My organisation's partners (the score looks them up by position, not by id). */
  partnerIds: readonly string[]
  /** Whether sharedCommunityOf can answer anything but null (there is an analysis that knows me). */
  hasCommunity: boolean
  isPartner(actorId: string): boolean
  /** Ids of actors tied both to my organisation and to this one, in id order. */
  sharedPartnersOf(actorId: string): readonly string[]
  sharedPartnerCount(actorId: string): number
  /** My organisation's community, if this actor is in it too; null otherwise or without an analysis. */
  sharedCommunityOf(actorId: string): SharedCommunity | null
}

export const noNetwork: NetworkProximity = {
  hasPartners: false,
  partnerIds: [],
  hasCommunity: false,
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
    hasPartners: partners.size > 0,
    partnerIds: [...partners],
    hasCommunity: sharedCommunityOf !== undefined,
    isPartner: (actorId) => partners.has(actorId),
    sharedPartnersOf: (actorId) => [...sharedOf(actorId)].sort(),
    sharedPartnerCount: (actorId) => (partners.size === 0 ? 0 : sharedOf(actorId).size),
    sharedCommunityOf: sharedCommunityOf ?? (() => null),
  }
}

/** The same proximity, also answering by name-order position: what the finder asks of every hopeful candidate. */
export interface PositionedProximity extends NetworkProximity {
  sharedPartnerCountAt(position: number): number
}

export const noPositionedNetwork: PositionedProximity = {
  ...noNetwork,
  sharedPartnerCountAt: () => 0,
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
 * networkProximityOf over the partner columns' neighbour rows (partner-columns.ts): a shared partner is a
 * position in both rows, found by binary search of the shorter row's entries in the longer one. No relationship
 * object, id lookup or Set per candidate; the same answers (api/test/partners-fast-path.test.ts compares the
 * finder with a scan that uses networkProximityOf).
 */
export function networkProximityAt(
  fromPosition: number,
  columns: PartnerColumns,
  actorsInNameOrder: readonly Actor[],
  analysed?: AnalysedNetwork,
): PositionedProximity {
  const { neighbourStart, neighbours, positionOf } = columns
  const myStart = neighbourStart[fromPosition]!
  const myEnd = neighbourStart[fromPosition + 1]!
  const idAt = (position: number) => actorsInNameOrder[position]!.id
  const isPartnerAt = (position: number) => holds(neighbours, myStart, myEnd, position)
  const sharedPartnerCountAt = (position: number) => {
    const start = neighbourStart[position]!
    const end = neighbourStart[position + 1]!
    let count = 0
    if (end - start <= myEnd - myStart) {
      for (let i = start; i < end; i++)
        if (holds(neighbours, myStart, myEnd, neighbours[i]!)) count++
    } else {
      for (let i = myStart; i < myEnd; i++)
        if (holds(neighbours, start, end, neighbours[i]!)) count++
    }
    return count
  }
  const positionOfId = (actorId: string) => positionOf.get(actorId) ?? -1
  const sharedCommunityOf = communityOf(idAt(fromPosition), analysed)
  return {
    hasPartners: myEnd > myStart,
    partnerIds: Array.from(neighbours.subarray(myStart, myEnd), idAt),
    hasCommunity: sharedCommunityOf !== undefined,
    isPartner: (actorId) => isPartnerAt(positionOfId(actorId)),
    sharedPartnersOf: (actorId) => {
      const position = positionOfId(actorId)
      if (position < 0) return []
      const shared: string[] = []
      for (let i = neighbourStart[position]!; i < neighbourStart[position + 1]!; i++) {
        if (isPartnerAt(neighbours[i]!)) shared.push(idAt(neighbours[i]!))
      }
      return shared.sort()
    },
    sharedPartnerCount: (actorId) => {
      const position = positionOfId(actorId)
      return position < 0 ? 0 : sharedPartnerCountAt(position)
    },
    sharedPartnerCountAt,
    sharedCommunityOf: sharedCommunityOf ?? (() => null),
  }
}
