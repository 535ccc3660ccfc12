/**
 * Network proximity of candidates to my organisation: from the index's relationships, who is already my partner
 * and which partners we share (every shared partner is a path of two steps between us); from the network
 * analysis (issue 8), whether we are in the same Louvain community.
 *
 * The score sees only the `NetworkProximity` interface (see find-partners.ts).
 */
import type { Label, Relationship } from '@netzwerkatlas/shared'
import type { AnalysedNetwork } from '../analysis/analysed-network.ts'
import { communityNamesOf } from '../analysis/communities-view.ts'

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
