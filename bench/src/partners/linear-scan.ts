/**
 * The baseline: the same search without the spatial index. Every actor is checked (filters, distance), scored
 * with the finder's own score and sorted, so the two differ only in how candidates are found.
 */
import { haversineKm, type PartnerQuery } from '@netzwerkatlas/shared'
import { matchesActorFilters } from '../../../api/src/domain/actors/actor-filters.ts'
import type { PartnerCatalog } from '../../../api/src/domain/partners/partner-catalog.ts'
import { isWithinRadius } from '../../../api/src/domain/partners/partner-candidates.ts'
import {
  networkProximityOf,
  noNetwork,
} from '../../../api/src/domain/partners/network-proximity.ts'
import { resolvePlace } from '../../../api/src/domain/places/resolve-place.ts'
import { scoreOf } from '../../../api/src/domain/partners/score-partner.ts'

export function scanPartners(catalog: PartnerCatalog, query: PartnerQuery, today: string) {
  const resolution = resolvePlace(catalog.places, query.place!, (id) => catalog.actorById(id))
  if (resolution.kind !== 'resolved') throw new Error(`bench place ${query.place} not resolved`)
  const centre = resolution.place.point
  const radiusKm = query.radiusKm ?? 30
  const from = query.from ? catalog.actorById(query.from) : undefined
  const seeker = {
    topics: query.topic ?? [],
    offers: query.offers ?? [],
    needs: query.needs ?? [],
    network: from ? networkProximityOf(from.id, (id) => catalog.relationshipsOf(id)) : noNetwork,
    today,
  }
  const scored = []
  const actors = catalog.actorsInNameOrder
  for (let position = 0; position < actors.length; position++) {
    const actor = actors[position]!
    if (!actor.location || actor.id === from?.id || !matchesActorFilters(actor, query)) continue
    const distanceKm = haversineKm(centre, [actor.location.lon, actor.location.lat])
    if (!isWithinRadius(distanceKm, radiusKm)) continue
    scored.push({
      actor,
      position,
      distanceKm,
      score: scoreOf(actor, distanceKm, radiusKm, seeker),
    })
  }
  scored.sort((a, b) => b.score - a.score || a.distanceKm - b.distanceKm || a.position - b.position)
  return scored.slice(0, query.limit ?? 20)
}
