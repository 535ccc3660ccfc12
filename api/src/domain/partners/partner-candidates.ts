/**
 * Who is within the radius and passes the filters, with the distance to each. The spatial index answers the
 * circle; the distance that decides is the haversine distance of shared/geo/distance.ts in whole metres, and an
 * actor exactly on the radius is inside (README, "Partner finder").
 */
import { haversineKm, type Actor, type Filters, type LonLat } from '@netzwerkatlas/shared'
import type { ActorCatalog } from '../actors/actor-catalog.ts'
import { matchesActorFilters } from '../actors/actor-filters.ts'

export interface Candidate {
  /** Position in name order: the last tie-break. */
  position: number
  actor: Actor
  distanceKm: number
}

/** The filters the partner finder shares with the other routes (type, topic, …), text included. */
export type PartnerFilters = Pick<
  Filters,
  'kind' | 'type' | 'topic' | 'district' | 'municipality' | 'synthetic' | 'text'
>

const metres = (km: number) => Math.round(km * 1000)

export function isWithinRadius(distanceKm: number, radiusKm: number): boolean {
  return metres(distanceKm) <= metres(radiusKm)
}

export function partnerCandidates(
  catalog: ActorCatalog,
  centre: LonLat,
  radiusKm: number,
  filters: PartnerFilters,
  excludeId: string | undefined,
): Candidate[] {
  const textIds = filters.text ? catalog.idsMatchingText(filters.text) : undefined
  // The index's sphere is a little smaller than ours (6371 vs 6371.0088 km): ask a hair wider, decide here.
  const positions = catalog.positionsWithinKm(centre, radiusKm * 1.0001 + 0.01)
  const candidates: Candidate[] = []
  for (const position of positions) {
    const actor = catalog.actorsInNameOrder[position]!
    if (actor.id === excludeId || !actor.location) continue
    if (textIds && !textIds.has(actor.id)) continue
    if (!matchesActorFilters(actor, filters)) continue
    const distanceKm = haversineKm(centre, [actor.location.lon, actor.location.lat])
    if (!isWithinRadius(distanceKm, radiusKm)) continue
    candidates.push({ position, actor, distanceKm })
  }
  return candidates
}
