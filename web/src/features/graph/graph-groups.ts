/**
 * The grouped graph for large views: one node per group of /api/network/groups (sized by its members, linked
 * by the ties between groups), and the members of the groups the user opened, at their layout positions
 * relative to their group; a large group opens into its sub-communities. Built as a GraphModel, so the canvas, legend and keyboard stay the same.
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

/** True when `inner` is a sub-community opened inside `outer` (`c3.1` inside `c3`). */
const isInside = (inner: string, outer: string) => inner.startsWith(`${outer}.`)

/**
 * The open keys after the user chose `key`. One group is open at a time (ADR 0013): opening a group folds the
 * one open before, except the group it is a sub-community of (`c3.1` opens inside `c3`); choosing an open group
 * folds it with everything opened inside it.
 */
export function toggledOpenKeys(open: readonly string[], key: string): string[] {
  return open.includes(key)
    ? open.filter((other) => other !== key && !isInside(other, key))
    : [...open.filter((other) => isInside(key, other)), key]
}

/** The groups `toggledOpenKeys` folded (only the outermost of each, as the user sees them close). */
export function foldedKeys(before: readonly string[], after: readonly string[]): string[] {
  const folded = before.filter((key) => !after.includes(key))
  return folded.filter((key) => !folded.some((outer) => isInside(key, outer)))
}

type GroupLanguage = 'de' | 'en'

interface GroupColumns {
  key: string[]
  kind: ('community' | 'district')[]
  nameDe: string[]
  nameEn: string[]
  members: number[]
  x: number[]
  y: number[]
  lon: (number | null)[]
  lat: (number | null)[]
}

const memberCount = (members: number, language: GroupLanguage) =>
  language === 'en'
    ? `${members.toLocaleString('en')} ${members === 1 ? 'actor' : 'actors'}`
    : `${members.toLocaleString('de')} ${members === 1 ? 'Akteur' : 'Akteure'}`

function groupNode(
  g: GroupColumns,
  i: number,
  community: number | null,
  language: GroupLanguage,
): GraphNode {
  return {
    id: groupNodeId(g.key[i]!),
    // The label drawn on the canvas: the group's name in the page's language, with its size in words. A bare
    // "(3)" read as a second count after names the server numbers to keep them apart ("Leipzig · ohne Thema (6)").
    name: `${language === 'en' ? g.nameEn[i] : g.nameDe[i]} – ${memberCount(g.members[i]!, language)}`,
    type: GROUP_TYPE,
    community,
    communityName: { de: g.nameDe[i]!, en: g.nameEn[i]! },
    metrics: sameForEveryMetric(g.members[i]!),
    summary: null,
    force: { x: g.x[i]!, y: g.y[i]! },
    lonLat: g.lon[i] != null && g.lat[i] != null ? [g.lon[i], g.lat[i]] : null,
    activeFrom: null,
    activeTo: null,
  }
}

/**
 * Groups as nodes; each opened group (`opened`, answers of /groups/{key}) is replaced by its sub-communities
 * or its members, a sub-community inside an opened group too (the page opens one group at a time, the model
 * takes any set). Every tie an answer lists is drawn between the nodes its two ends are drawn as (a key not drawn falls back to the group
 * it is part of); when two answers describe the same pair, the first one drawn keeps it.
 */
export function groupedModel(
  groups: NetworkGroupsResponse,
  opened: readonly NetworkGroupResponse[] = [],
  language: GroupLanguage = 'de',
): GraphModel {
  const g = groups.groups
  const nodes = new Map<string, GraphNode>()
  // The community colour of a group and of everything opened inside it: its index among the groups.
  const colourOf = new Map<string, number | null>()
  g.key.forEach((key, i) => {
    const community = g.kind[i] === 'community' ? i : null
    colourOf.set(key, community)
    nodes.set(groupNodeId(key), groupNode(g, i, community, language))
  })
  const depth = (key: string) => key.split('.').length
  const drawnOpen: NetworkGroupResponse[] = []
  for (const answer of [...opened].sort((a, b) => depth(a.key) - depth(b.key))) {
    const replaced = nodes.get(groupNodeId(answer.key))
    if (!replaced) continue
    nodes.delete(replaced.id)
    drawnOpen.push(answer)
    const community = colourOf.get(answer.key.split('.')[0]!) ?? null
    if (answer.subgroups) {
      const sub = answer.subgroups.groups
      sub.key.forEach((key, i) => {
        colourOf.set(key, community)
        nodes.set(groupNodeId(key), groupNode(sub, i, community, language))
      })
    } else {
      for (const member of memberNodes(replaced, answer, community)) nodes.set(member.id, member)
    }
  }
  const drawnAs = (key: string): string | undefined => {
    for (
      let k: string | undefined = key;
      k;
      k = k.includes('.') ? k.slice(0, k.lastIndexOf('.')) : undefined
    ) {
      if (nodes.has(groupNodeId(k))) return groupNodeId(k)
    }
    return undefined
  }
  const edges = new Map<string, GraphEdge>()
  // One answer's ties per pair of drawn nodes, summed; then merged into the edges, the first answer winning.
  const addAll = (ties: [string | undefined, string | undefined, number][]) => {
    const summed = new Map<string, GraphEdge>()
    for (const [a, b, n] of ties) {
      if (a === undefined || b === undefined || a === b) continue
      const [source, target] = a < b ? [a, b] : [b, a]
      const id = `link:${source}|${target}`
      const edge = summed.get(id)
      if (edge) edge.weight! += n
      else summed.set(id, linkEdge(id, source, target, n))
    }
    for (const [id, edge] of summed) if (!edges.has(id)) edges.set(id, edge)
  }
  for (const answer of drawnOpen) {
    if (answer.subgroups) {
      const { groups: sub, links, outside } = answer.subgroups
      addAll(
        links.source.map((s, i) => [
          drawnAs(sub.key[s]!),
          drawnAs(sub.key[links.target[i]!]!),
          links.ties[i]!,
        ]),
      )
      addAll(
        outside.subgroup.map((s, i) => [
          drawnAs(sub.key[s]!),
          drawnAs(outside.group[i]!),
          outside.ties[i]!,
        ]),
      )
    } else {
      const m = answer.members
      addAll(answer.ties.source.map((s, i) => [m.id[s], m.id[answer.ties.target[i]!], 1]))
      // Partners drawn as actors (their group is open too): the tie itself.
      addAll(
        answer.partners.member.map((member, i) => {
          const partner = answer.partners.id[i]!
          return [m.id[member], nodes.has(partner) ? partner : undefined, 1]
        }),
      )
      addAll(
        answer.outside.member.map((member, i) => [
          m.id[member],
          drawnAs(answer.outside.group[i]!),
          answer.outside.ties[i]!,
        ]),
      )
    }
  }
  addAll(
    groups.links.source.map((s, i) => [
      drawnAs(g.key[s]!),
      drawnAs(g.key[groups.links.target[i]!]!),
      groups.links.ties[i]!,
    ]),
  )
  return { nodes: [...nodes.values()], edges: [...edges.values()] }
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
  group: GraphNode,
  expanded: NetworkGroupResponse,
  community: number | null,
): GraphNode[] {
  const m = expanded.members
  const centre = group.force ?? { x: 0, y: 0 }
  let spread = 1e-9
  m.x.forEach((x, i) => {
    spread = Math.max(spread, Math.abs(x - centre.x), Math.abs(m.y[i]! - centre.y))
  })
  const place = group.lonLat
  return m.id.map((id, i) => ({
    id,
    name: m.name[i]!,
    type: m.type[i]!,
    community,
    communityName: group.communityName,
    metrics: sameForEveryMetric(1),
    summary: null,
    force: { x: m.x[i]!, y: m.y[i]! },
    // In the geographic layout the members gather round their group's mean place, in their layout's shape.
    lonLat: place
      ? [
          place[0] + ((m.x[i]! - centre.x) / spread) * MEMBER_SPREAD_DEGREES,
          place[1] - ((m.y[i]! - centre.y) / spread) * MEMBER_SPREAD_DEGREES,
        ]
      : null,
    activeFrom: null,
    activeTo: null,
  }))
}
