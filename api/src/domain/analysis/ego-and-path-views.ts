/** GET /network/ego/{id} and GET /network/path: the neighbourhood of one actor, the way between two. */
import type { NetworkEgoResponse, NetworkPathResponse, Relationship } from '@netzwerkatlas/shared'
import type { AnalysedNetwork } from './analysed-network.ts'
import { distancesFrom, shortestPath, shortestPathCount } from './paths.ts'

type Unversioned<T> = Omit<T, 'dataVersion' | 'computing' | 'computingVersion'>

const tieOf = (relationship: Relationship) => ({
  id: relationship.id,
  source: relationship.sourceId,
  target: relationship.targetId,
  type: relationship.type,
  directed: relationship.directed,
  since: relationship.since,
  until: relationship.until,
})

/** Undefined when the actor is not in the analysed (public) network. */
export function egoNetwork(
  { catalog, network, nodeOf }: AnalysedNetwork,
  id: string,
  depth: number,
): Unversioned<NetworkEgoResponse> | undefined {
  const ego = nodeOf.get(id)
  if (ego === undefined) return undefined
  const distance = distancesFrom(network.graph, ego, depth)
  const inside = new Set<string>()
  const nodes: NetworkEgoResponse['nodes'] = []
  distance.forEach((d, v) => {
    if (d < 0) return
    const actor = catalog.actorById(network.ids[v]!)!
    inside.add(actor.id)
    nodes.push({ id: actor.id, name: actor.name, distance: d })
  })
  nodes.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1))
  const ties = new Map<string, ReturnType<typeof tieOf>>()
  for (const member of inside) {
    for (const relationship of catalog.relationshipsOf(member)) {
      if (inside.has(relationship.sourceId) && inside.has(relationship.targetId)) {
        ties.set(relationship.id, tieOf(relationship))
      }
    }
  }
  return { ego: id, depth, nodes, ties: [...ties.values()].sort((a, b) => (a.id < b.id ? -1 : 1)) }
}

export type PathAnswer =
  { found: true; body: Unversioned<NetworkPathResponse> } | { found: false; missing: 'from' | 'to' }

export function pathBetween(
  { catalog, network, nodeOf, analysis }: AnalysedNetwork,
  from: string,
  to: string,
): PathAnswer {
  const a = nodeOf.get(from)
  if (a === undefined) return { found: false, missing: 'from' }
  const b = nodeOf.get(to)
  if (b === undefined) return { found: false, missing: 'to' }
  const componentSizes = {
    from: analysis.componentSizes[analysis.component[a]!]!,
    to: analysis.componentSizes[analysis.component[b]!]!,
  }
  const nodes = shortestPath(network.graph, a, b)
  if (!nodes) {
    return {
      found: true,
      body: {
        from,
        to,
        connected: false,
        length: null,
        shortestPaths: 0,
        path: [],
        steps: [],
        componentSizes,
      },
    }
  }
  const path = nodes.map((v) => network.ids[v]!)
  const steps = path.slice(1).map((next, i) =>
    catalog
      .relationshipsOf(path[i]!)
      .filter(
        (r) =>
          (r.sourceId === path[i] && r.targetId === next) ||
          (r.targetId === path[i] && r.sourceId === next),
      )
      .map(tieOf),
  )
  return {
    found: true,
    body: {
      from,
      to,
      connected: true,
      length: nodes.length - 1,
      shortestPaths: shortestPathCount(network.graph, a, b),
      path,
      steps,
      componentSizes,
    },
  }
}
