/**
 * GET /network/districts: how each district's actors are tied, inside and across its borders. Counted on the
 * projection (pairs of actors with a tie); ties to actors without a district are left out.
 * Isolation = internal / (internal + cross-district ties): 1 when no tie leaves the district (or it has none),
 * near 0 when almost all its ties reach other districts.
 */
import type { NetworkDistrictsResponse } from '@netzwerkatlas/shared'
import type { AnalysedNetwork } from './analysed-network.ts'

type Body = Omit<NetworkDistrictsResponse, 'dataVersion' | 'computing' | 'computingVersion'>

const NEIGHBOURS = 3
const BROKERS = 5

export function networkDistricts(
  { analysis, catalog, network, districtNameOf }: AnalysedNetwork,
  districtOrder: readonly string[],
): Body {
  const districtOf = analysis.ids.map((id) => catalog.actorById(id)?.districtAgs ?? null)
  const facts = new Map(
    districtOrder.map((ags) => [
      ags,
      { actors: 0, internal: 0, cross: 0, neighbours: new Map<string, number>() },
    ]),
  )
  const factsOf = (ags: string) => {
    let entry = facts.get(ags)
    if (!entry) {
      entry = { actors: 0, internal: 0, cross: 0, neighbours: new Map() }
      facts.set(ags, entry)
    }
    return entry
  }
  const reach = new Map<number, Set<string>>()
  const crossPartners = new Int32Array(analysis.ids.length)
  let unplaced = 0
  const { offsets, neighbours } = network.graph
  for (let v = 0; v < analysis.ids.length; v++) {
    const own = districtOf[v]
    if (!own) {
      unplaced++
      continue
    }
    const entry = factsOf(own)
    entry.actors++
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const other = districtOf[neighbours[e]!]
      if (!other) continue
      if (other === own) {
        // Each internal edge is seen from both ends.
        entry.internal += 0.5
        continue
      }
      entry.cross++
      entry.neighbours.set(other, (entry.neighbours.get(other) ?? 0) + 1)
      crossPartners[v]! += 1
      const set = reach.get(v) ?? new Set<string>()
      set.add(other)
      reach.set(v, set)
    }
  }
  const brokersBy = new Map<string, number[]>()
  for (const v of reach.keys()) {
    const own = districtOf[v]!
    brokersBy.set(own, [...(brokersBy.get(own) ?? []), v])
  }
  const nameOf = (ags: string) => districtNameOf(ags) ?? ags
  const districts = [...facts.entries()].map(([ags, entry]) => {
    const ties = entry.internal + entry.cross
    const brokers = (brokersBy.get(ags) ?? [])
      .sort(
        (a, b) =>
          reach.get(b)!.size - reach.get(a)!.size || crossPartners[b]! - crossPartners[a]! || a - b,
      )
      .slice(0, BROKERS)
    return {
      ags,
      name: nameOf(ags),
      actors: entry.actors,
      internalTies: entry.internal,
      crossDistrictTies: entry.cross,
      density: entry.actors > 1 ? (2 * entry.internal) / (entry.actors * (entry.actors - 1)) : 0,
      isolation: ties > 0 ? entry.internal / ties : 1,
      strongestNeighbours: [...entry.neighbours.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, NEIGHBOURS)
        .map(([other, count]) => ({ ags: other, name: nameOf(other), ties: count })),
      brokers: brokers.map((v) => ({
        id: analysis.ids[v]!,
        name: catalog.actorById(analysis.ids[v]!)!.name,
        districtsReached: reach.get(v)!.size,
        crossDistrictPartners: crossPartners[v]!,
      })),
    }
  })
  return { districts, unplacedActors: unplaced }
}
