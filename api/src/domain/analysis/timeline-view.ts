/**
 * GET /network/timeline: the network year by year, from the dates the records carry, by the shared rule of
 * `active-years.ts` (the graph view hides ties by the same rule). The data rarely says when anything began or ended.
 */
import {
  ACTIVE_YEARS_RULE,
  actorActiveYears,
  isActiveInYear as isActive,
  relationshipActiveYears,
  type NetworkTimelineResponse,
} from '@netzwerkatlas/shared'
import type { NetworkCatalog } from '../network/network-catalog.ts'

type Body = Omit<NetworkTimelineResponse, 'dataVersion' | 'computing' | 'computingVersion'>

const TIMELINE_RULE = `${ACTIVE_YEARS_RULE} newTies counts relationships whose since falls in the year.`

function find(parent: Int32Array, v: number): number {
  while (parent[v] !== v) {
    parent[v] = parent[parent[v]!]!
    v = parent[v]!
  }
  return v
}

export function networkTimeline(catalog: NetworkCatalog, fromYear: number, toYear: number): Body {
  const actors = catalog.actorsInNameOrder
  const spans = actors.map(actorActiveYears)
  const ties = catalog.relationshipsById.map((relationship, i) => ({
    span: relationshipActiveYears(relationship),
    a: catalog.sourcePositions[i]!,
    b: catalog.targetPositions[i]!,
  }))
  const years: Body['years'] = []
  const parent = new Int32Array(actors.length)
  for (let year = fromYear; year <= toYear; year++) {
    const active = spans.map((span) => isActive(span, year))
    const actorsActive = active.filter(Boolean).length
    for (let v = 0; v < parent.length; v++) parent[v] = v
    let components = actorsActive
    let relationshipsActive = 0
    let newTies = 0
    const pairs = new Set<number>()
    for (const { span, a, b } of ties) {
      if (!active[a] || !active[b] || !isActive(span, year)) continue
      relationshipsActive++
      if (span.from === year) newTies++
      pairs.add(a < b ? a * actors.length + b : b * actors.length + a)
      const ra = find(parent, a)
      const rb = find(parent, b)
      if (ra !== rb) {
        parent[ra] = rb
        components--
      }
    }
    years.push({
      year,
      actorsActive,
      relationshipsActive,
      newTies,
      density: actorsActive > 1 ? (2 * pairs.size) / (actorsActive * (actorsActive - 1)) : 0,
      components,
    })
  }
  return { rule: TIMELINE_RULE, years }
}
