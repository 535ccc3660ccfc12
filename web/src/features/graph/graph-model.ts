/**
 * The graph the view draws, built from the API's answers: the filtered network (/api/network), the server's
 * positions (/layout), the metrics (/metrics) and the community names (/communities). Pure, so the rules (the
 * year, the geographic ring, the sizes) are tested without a browser.
 */
import {
  isActiveIn,
  relationshipActiveSpan,
  type NetworkCommunitiesResponse,
  type NetworkLayoutResponse,
  type NetworkMetricsResponse,
  type NetworkResponse,
} from '@netzwerkatlas/shared'
import type { GraphNodeSize } from './graph-choices.ts'

type Label = { de: string; en: string }

export interface GraphNode {
  id: string
  name: string
  type: string
  /** Louvain community; null until the analysis knows the actor. */
  community: number | null
  communityName: Label | null
  metrics: Record<GraphNodeSize, number>
  summary: Label | null
  /** The server's force layout, in its own units; null for an actor the layout does not know yet. */
  force: { x: number; y: number } | null
  lonLat: readonly [lon: number, lat: number] | null
  activeFrom: number | null
  activeTo: number | null
  /** A fictional demo actor (the page then shows the demo banner). */
  synthetic?: boolean
}

export interface GraphEdge {
  id: string
  source: string
  target: string
  type: string
  directed: boolean
  since: string | null
  until: string | null
  /** Ties a drawn link stands for (grouped view); absent: one relationship. */
  weight?: number
}

export interface GraphModel {
  nodes: GraphNode[]
  edges: GraphEdge[]
}

export interface GraphSources {
  network: NetworkResponse
  layout?: NetworkLayoutResponse
  metrics?: NetworkMetricsResponse
  communities?: NetworkCommunitiesResponse
}

export function buildGraphModel({
  network,
  layout,
  metrics,
  communities,
}: GraphSources): GraphModel {
  const positionOf = new Map<string, number>()
  layout?.ids.forEach((id, index) => positionOf.set(id, index))
  const metricsOf = new Map(metrics?.actors.map((actor) => [actor.id, actor]))
  const nameOf = new Map(communities?.communities.map((c) => [c.id, c.name]))
  const nodes = network.nodes.map((node): GraphNode => {
    const position = positionOf.get(node.id)
    const actor = metricsOf.get(node.id)
    return {
      id: node.id,
      name: node.name,
      type: node.type,
      community: actor?.community ?? null,
      communityName: actor ? (nameOf.get(actor.community) ?? null) : null,
      metrics: {
        degree: actor?.degree ?? 0,
        betweenness: actor?.betweenness ?? 0,
        pageRank: actor?.pageRank ?? 0,
        brokerage: actor?.brokerage ?? 0,
      },
      summary: actor?.summary ?? null,
      force:
        layout && position !== undefined
          ? { x: layout.x[position]!, y: layout.y[position]! }
          : null,
      lonLat: node.lon !== null && node.lat !== null ? [node.lon, node.lat] : null,
      activeFrom: node.activeFrom,
      activeTo: node.activeTo,
      synthetic: node.synthetic,
    }
  })
  return { nodes, edges: network.edges }
}

export interface YearView {
  nodeIds: Set<string>
  edgeIds: Set<string>
}

/**
 * What is drawn in a year, by the timeline's rule: active actors, and the ties active that year between two
 * active actors. Without a year, everything.
 */
export function visibleInYear(model: GraphModel, year: number | undefined): YearView {
  if (year === undefined) {
    return {
      nodeIds: new Set(model.nodes.map((node) => node.id)),
      edgeIds: new Set(model.edges.map((edge) => edge.id)),
    }
  }
  const nodeIds = new Set(
    model.nodes
      .filter((node) => isActiveIn({ from: node.activeFrom, to: node.activeTo }, year))
      .map((node) => node.id),
  )
  const edgeIds = new Set(
    model.edges
      .filter(
        (edge) =>
          nodeIds.has(edge.source) &&
          nodeIds.has(edge.target) &&
          isActiveIn(relationshipActiveSpan(edge), year),
      )
      .map((edge) => edge.id),
  )
  return { nodeIds, edgeIds }
}

/** Partners among the visible ties, each once (several relationships to one partner count once). */
export function visibleNeighbours(model: GraphModel, view: YearView): Map<string, Set<string>> {
  const neighbours = new Map<string, Set<string>>()
  const add = (from: string, to: string) => {
    let set = neighbours.get(from)
    if (!set) neighbours.set(from, (set = new Set()))
    set.add(to)
  }
  for (const edge of model.edges) {
    if (!view.edgeIds.has(edge.id) || edge.source === edge.target) continue
    add(edge.source, edge.target)
    add(edge.target, edge.source)
  }
  return neighbours
}
