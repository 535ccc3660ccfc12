/**
 * GET /network/timeline: the network year by year, from the dates the records carry. An actor is active in a
 * year from its founding year (else the year of its start date) to the year of its end date (events, projects);
 * a relationship from the year of `since` to the year of `until`, while both its actors are active. A missing
 * start counts as "active from the beginning", a missing end as "still active": the data rarely says either.
 */
import type { Actor, NetworkTimelineResponse, Relationship } from '@netzwerkatlas/shared'
import type { NetworkCatalog } from '../network/network-catalog.ts'

type Body = Omit<NetworkTimelineResponse, 'dataVersion' | 'computing' | 'computingVersion'>

const TIMELINE_RULE =
  'Actor active from foundedYear (else the year of startDate) to the year of endDate; relationship from the year of since to the year of until, while both actors are active. Missing start: active from the beginning; missing end: still active. newTies counts relationships whose since falls in the year.'

const yearOf = (date: string | null) => (date ? Number(date.slice(0, 4)) : null)

const actorSpan = (actor: Actor) => ({
  from: actor.foundedYear ?? yearOf(actor.startDate),
  to: yearOf(actor.endDate),
})

const relationshipSpan = (relationship: Relationship) => ({
  from: yearOf(relationship.since),
  to: yearOf(relationship.until),
})

const isActive = (span: { from: number | null; to: number | null }, year: number) =>
  (span.from === null || span.from <= year) && (span.to === null || span.to >= year)

function find(parent: Int32Array, v: number): number {
  while (parent[v] !== v) {
    parent[v] = parent[parent[v]!]!
    v = parent[v]!
  }
  return v
}

export function networkTimeline(catalog: NetworkCatalog, fromYear: number, toYear: number): Body {
  const actors = catalog.actorsInNameOrder
  const spans = actors.map(actorSpan)
  const ties = catalog.relationshipsById.map((relationship, i) => ({
    span: relationshipSpan(relationship),
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
