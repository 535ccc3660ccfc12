/**
 * Network proximity of candidates to my organisation, from the index's relationships: who is already my partner
 * and which partners we share (every shared partner is a path of two steps). One walk of two steps from `from`
 * per query, then a lookup per candidate.
 *
 * The score sees only the `NetworkProximity` interface: once the network analysis (issue 8) serves
 * metrics such as personalised PageRank, an implementation backed by them plugs in here (see find-partners.ts).
 */
import type { Relationship } from '@netzwerkatlas/shared'

export interface NetworkProximity {
  isPartner(actorId: string): boolean
  /** Ids of actors tied both to my organisation and to this one, in id order. */
  sharedPartnersOf(actorId: string): readonly string[]
}

export const noNetwork: NetworkProximity = {
  isPartner: () => false,
  sharedPartnersOf: () => [],
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
  const sharedBy = new Map<string, Set<string>>()
  for (const partner of partners) {
    for (const relationship of relationshipsOf(partner)) {
      const reached = otherEnd(relationship, partner)
      if (reached === fromId || reached === partner) continue
      let via = sharedBy.get(reached)
      if (!via) sharedBy.set(reached, (via = new Set()))
      via.add(partner)
    }
  }
  return {
    isPartner: (actorId) => partners.has(actorId),
    sharedPartnersOf: (actorId) => [...(sharedBy.get(actorId) ?? [])].sort(),
  }
}
