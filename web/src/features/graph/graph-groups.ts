/**
 * The grouped graph for large views: one node per group of /api/network/groups (sized by its members, linked
 * by the ties between groups), and the members of the one group the user expanded, at their layout positions
 * relative to their group. Built as a GraphModel, so the canvas, legend and keyboard stay the same.
 */
import type { NetworkGroupResponse, NetworkGroupsResponse } from '@netzwerkatlas/shared'
import type { GraphEdge, GraphModel, GraphNode } from './graph-model.ts'

/** Visible actors above which the view starts grouped. Measured with the `graph` bench suite (ADR 0013). */
export const GROUPED_FROM_ACTORS = 3_000

export const GROUP_TYPE = '__group'
const groupNodeId = (key: string) => `group:${key}`
export const groupKeyOf = (nodeId: string) =>
  nodeId.startsWith('group:') ? nodeId.slice('group:'.length) : undefined

const sameForEveryMetric = (value: number) => ({
  degree: value,
  betweenness: value,
  pageRank: value,
  brokerage: value,
})

/** Degrees a member sits from its group's mean place, at most, in the geographic layout. */
const MEMBER_SPREAD_DEGREES = 0.08

export function groupedModel(
  groups: NetworkGroupsResponse,
  expanded: NetworkGroupResponse | undefined,
): GraphModel {
  const g = groups.groups
  const expandedIndex = expanded ? g.key.indexOf(expanded.key) : -1
  const nodes: GraphNode[] = []
  g.key.forEach((key, i) => {
    if (i === expandedIndex) return
    nodes.push({
      id: groupNodeId(key),
      name: `${g.nameDe[i]} (${g.members[i]})`,
      type: GROUP_TYPE,
      community: g.kind[i] === 'community' ? i : null,
      communityName: { de: g.nameDe[i]!, en: g.nameEn[i]! },
      metrics: sameForEveryMetric(g.members[i]!),
      summary: null,
      force: { x: g.x[i]!, y: g.y[i]! },
      lonLat: g.lon[i] !== null && g.lat[i] !== null ? [g.lon[i]!, g.lat[i]!] : null,
      activeFrom: null,
      activeTo: null,
    })
  })
  const edges: GraphEdge[] = []
  groups.links.source.forEach((source, i) => {
    const target = groups.links.target[i]!
    if (source === expandedIndex || target === expandedIndex) return
    edges.push(
      linkEdge(
        `link:${i}`,
        groupNodeId(g.key[source]!),
        groupNodeId(g.key[target]!),
        groups.links.ties[i]!,
      ),
    )
  })
  if (expanded && expandedIndex >= 0) {
    nodes.push(...memberNodes(groups, expanded, expandedIndex))
    const m = expanded.members
    expanded.ties.source.forEach((source, i) => {
      const target = expanded.ties.target[i]!
      edges.push(linkEdge(`tie:${m.id[source]}:${m.id[target]}`, m.id[source]!, m.id[target]!, 1))
    })
    expanded.outside.member.forEach((member, i) => {
      const other = expanded.outside.group[i]!
      edges.push(
        linkEdge(
          `out:${m.id[member]}:${other}`,
          m.id[member]!,
          groupNodeId(other),
          expanded.outside.ties[i]!,
        ),
      )
    })
  }
  return { nodes, edges }
}

function linkEdge(id: string, source: string, target: string, ties: number): GraphEdge {
  return {
    id,
    source,
    target,
    type: 'related',
    directed: false,
    since: null,
    until: null,
    weight: ties,
  }
}

function memberNodes(
  groups: NetworkGroupsResponse,
  expanded: NetworkGroupResponse,
  index: number,
): GraphNode[] {
  const g = groups.groups
  const m = expanded.members
  const centre = { x: g.x[index]!, y: g.y[index]! }
  let spread = 1e-9
  m.x.forEach((x, i) => {
    spread = Math.max(spread, Math.abs(x - centre.x), Math.abs(m.y[i]! - centre.y))
  })
  const lon = g.lon[index]
  const lat = g.lat[index]
  return m.id.map((id, i) => ({
    id,
    name: m.name[i]!,
    type: m.type[i]!,
    community: g.kind[index] === 'community' ? index : null,
    communityName: { de: g.nameDe[index]!, en: g.nameEn[index]! },
    metrics: sameForEveryMetric(1),
    summary: null,
    force: { x: m.x[i]!, y: m.y[i]! },
    // In the geographic layout the members gather round their group's mean place, in their layout's shape.
    lonLat:
      lon !== null && lat !== null && lon !== undefined && lat !== undefined
        ? [
            lon + ((m.x[i]! - centre.x) / spread) * MEMBER_SPREAD_DEGREES,
            lat - ((m.y[i]! - centre.y) / spread) * MEMBER_SPREAD_DEGREES,
          ]
        : null,
    activeFrom: null,
    activeTo: null,
  }))
}
