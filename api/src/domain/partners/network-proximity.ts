/**
 * Network proximity of candidates to my organisation, from the index's relationships: who is already my partner
 * and which partners we share (every shared partner is a path of two steps between us).
 *
 * The score sees only the `NetworkProximity` interface: once the network analysis (issue 8) serves
 * metrics such as personalised PageRank, an implementation backed by them plugs in here (see find-partners.ts).
 */
import type { Relationship } from '@netzwerkatlas/shared'

export interface NetworkProximity {
  isPartner(actorId: string): boolean
  /** Ids of actors tied both to my organisation and to this one, in id order. */
  sharedPartnersOf(actorId: string): readonly string[]
  sharedPartnerCount(actorId: string): number
}

export const noNetwork: NetworkProximity = {
  isPartner: () => false,
  sharedPartnersOf: () => [],
  sharedPartnerCount: () => 0,
}

const otherEnd = (relationship: Relationship, actorId: string) =>
  relationship.sourceId === actorId ? relationship.targetId : relationship.sourceId

export function networkProximityOf(
  fromId: string,
  relationshipsOf: (actorId: string) => readonly Relationship[],
): NetworkProximity {
  const partners = new Set<string>()
  for (const relationship of relationshipsOf(fromId)) {
    const other = otherEnd(relationship, fromId)
    if (other !== fromId) partners.add(other)
  }
  // From the candidate's side: its ties that end at one of my partners. A walk of two steps from my side
  // would cross every tie of a hub I work with; the candidates' own ties are few.
  const sharedOf = (actorId: string): string[] => {
    const shared = new Set<string>()
    for (const relationship of relationshipsOf(actorId)) {
      const other = otherEnd(relationship, actorId)
      if (other !== actorId && partners.has(other)) shared.add(other)
    }
    return [...shared]
  }
  return {
    isPartner: (actorId) => partners.has(actorId),
    sharedPartnersOf: (actorId) => sharedOf(actorId).sort(),
    sharedPartnerCount: (actorId) => (partners.size === 0 ? 0 : sharedOf(actorId).length),
  }
}
