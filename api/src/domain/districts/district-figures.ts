/**
 * The figures of the district layer for the filtered set: actors per 100,000 inhabitants, the share of a
 * district's relationships that cross its border, and the district profile (counts by type and topic, the most
 * connected actors, ties shared with each neighbouring district). Relationships count as in GET /network:
 * both ends pass the filters and the relationship passes its own filters.
 */
import type { DistrictFigures, DistrictsResponse, Filters } from '@netzwerkatlas/shared'
import type { NetworkCatalog } from '../network/network-catalog.ts'
import { matchesRelationshipFilters } from '../relationships/relationship-filters.ts'

interface DistrictFacts {
  ags: string
  name: string
  type: string
  population: number
}

export interface DistrictGeography {
  districts: readonly DistrictFacts[]
  districtNeighbours: ReadonlyMap<string, readonly string[]>
  populationDate: string
}

const MOST_CONNECTED = 5

interface Tally {
  actors: number
  relationships: number
  crossBorder: number
  byType: Map<string, number>
  byTopic: Map<string, number>
  sharedWith: Map<string, number>
}

const increment = (map: Map<string, number>, key: string, by = 1) =>
  map.set(key, (map.get(key) ?? 0) + by)

const sortedCounts = <Id extends string>(map: Map<string, number>) =>
  [...map]
    .map(([id, count]) => ({ id: id as Id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))

export function districtFigures(
  catalog: NetworkCatalog,
  geography: DistrictGeography,
  filters: Filters,
): DistrictsResponse {
  const tallies = new Map<string, Tally>(
    geography.districts.map((district) => [
      district.ags,
      {
        actors: 0,
        relationships: 0,
        crossBorder: 0,
        byType: new Map(),
        byTopic: new Map(),
        sharedWith: new Map(),
      },
    ]),
  )
  const positions = catalog.positionsMatching(filters)
  const isKept = new Uint8Array(catalog.actorsInNameOrder.length)
  for (const position of positions) {
    isKept[position] = 1
    const actor = catalog.actorsInNameOrder[position]!
    const tally = actor.districtAgs ? tallies.get(actor.districtAgs) : undefined
    if (!tally) continue
    tally.actors += 1
    increment(tally.byType, actor.type)
    for (const topic of actor.topics) increment(tally.byTopic, topic)
  }

  const degreeAt = new Map<number, number>()
  const { relationshipsById, sourcePositions, targetPositions, actorsInNameOrder } = catalog
  for (let index = 0; index < relationshipsById.length; index++) {
    const source = sourcePositions[index]!
    const target = targetPositions[index]!
    if (isKept[source] !== 1 || isKept[target] !== 1) continue
    if (!matchesRelationshipFilters(relationshipsById[index]!, filters)) continue
    degreeAt.set(source, (degreeAt.get(source) ?? 0) + 1)
    degreeAt.set(target, (degreeAt.get(target) ?? 0) + 1)
    const a = actorsInNameOrder[source]!.districtAgs
    const b = actorsInNameOrder[target]!.districtAgs
    const tallyA = a ? tallies.get(a) : undefined
    const tallyB = b ? tallies.get(b) : undefined
    if (tallyA) tallyA.relationships += 1
    if (tallyB && b !== a) tallyB.relationships += 1
    if (tallyA && tallyB && a !== b) {
      tallyA.crossBorder += 1
      tallyB.crossBorder += 1
      increment(tallyA.sharedWith, b!)
      increment(tallyB.sharedWith, a!)
    }
  }

  const mostConnectedIn = new Map<string, { position: number; degree: number }[]>()
  for (const [position, degree] of degreeAt) {
    const ags = actorsInNameOrder[position]!.districtAgs
    if (!ags) continue
    let list = mostConnectedIn.get(ags)
    if (!list) mostConnectedIn.set(ags, (list = []))
    list.push({ position, degree })
  }

  const nameOf = new Map(geography.districts.map((district) => [district.ags, district.name]))
  const districts = geography.districts.map((district): DistrictFigures => {
    const tally = tallies.get(district.ags)!
    const top = (mostConnectedIn.get(district.ags) ?? [])
      .sort((x, y) => y.degree - x.degree || x.position - y.position)
      .slice(0, MOST_CONNECTED)
    return {
      ags: district.ags,
      name: district.name,
      type: district.type,
      population: district.population,
      actors: tally.actors,
      actorsPer100k: district.population > 0 ? (tally.actors / district.population) * 100_000 : 0,
      relationships: tally.relationships,
      crossBorder: tally.crossBorder,
      crossBorderShare: tally.relationships > 0 ? tally.crossBorder / tally.relationships : null,
      byType: sortedCounts(tally.byType),
      byTopic: sortedCounts(tally.byTopic),
      mostConnected: top.map(({ position, degree }) => ({
        id: actorsInNameOrder[position]!.id,
        name: actorsInNameOrder[position]!.name,
        relationships: degree,
      })),
      neighbours: (geography.districtNeighbours.get(district.ags) ?? []).map((ags) => ({
        ags,
        name: nameOf.get(ags) ?? ags,
        sharedRelationships: tally.sharedWith.get(ags) ?? 0,
      })),
    }
  })
  return { dataVersion: catalog.dataVersion, populationDate: geography.populationDate, districts }
}
