/**
 * GET /network/groups and /network/groups/{key}: the network folded for large views. Each community with at
 * least three of the kept actors is one group; the actors of smaller communities are pooled per district. The
 * ties between two groups are counted as pairs of actors (the undirected projection), like networkx's
 * `quotient_graph` of the projection by this partition. Compact columns, so 10k actors fold into a few KB.
 */
import type { Filters, NetworkGroupResponse, NetworkGroupsResponse } from '@netzwerkatlas/shared'
import { memoised, type AnalysedNetwork } from './analysed-network.ts'
import { networkCommunities } from './communities-view.ts'
import type { Layout } from './layout.ts'

type Version = 'dataVersion' | 'computing' | 'computingVersion'
type GroupsBody = Omit<NetworkGroupsResponse, Version>
type GroupBody = Omit<NetworkGroupResponse, Version>

const MIN_COMMUNITY_SIZE = 3

const GROUPS_RULE = `Communities (Louvain, on the whole network) with at least ${MIN_COMMUNITY_SIZE} of the actors the filters keep are groups; the other actors are pooled by district (d- without one). Ties are pairs of kept actors with at least one relationship; a link counts the ties between two groups, internalTies those inside one.`

const communityNames = memoised(networkCommunities)

interface Partition {
  /** Kept nodes (CSR node indexes), in node order. */
  nodes: number[]
  /** Group index per CSR node; -1: not kept. */
  groupOf: Int32Array
  keys: string[]
}

function partitionOf(analysed: AnalysedNetwork, filters: Filters): Partition {
  const { analysis, catalog, nodeOf } = analysed
  const nodes = catalog
    .positionsMatching(filters)
    .map((position) => nodeOf.get(catalog.actorsInNameOrder[position]!.id))
    .filter((node) => node !== undefined)
    .sort((a, b) => a - b)
  const sizes = new Map<number, number>()
  for (const v of nodes)
    sizes.set(analysis.community[v]!, (sizes.get(analysis.community[v]!) ?? 0) + 1)
  const keyOf = (v: number) => {
    const community = analysis.community[v]!
    if (sizes.get(community)! >= MIN_COMMUNITY_SIZE) return `c${community}`
    return `d${catalog.actorById(analysis.ids[v]!)?.districtAgs ?? '-'}`
  }
  const keyOfNode = new Map(nodes.map((v) => [v, keyOf(v)]))
  const groupSize = new Map<string, number>()
  for (const key of keyOfNode.values()) groupSize.set(key, (groupSize.get(key) ?? 0) + 1)
  // Communities first, largest first; then the district pools in AGS order.
  const keys = [...groupSize.keys()].sort((a, b) => {
    if (a[0] !== b[0]) return a[0] === 'c' ? -1 : 1
    if (a[0] === 'c') return groupSize.get(b)! - groupSize.get(a)! || a.localeCompare(b)
    return a.localeCompare(b)
  })
  const indexOf = new Map(keys.map((key, index) => [key, index]))
  const groupOf = new Int32Array(analysis.ids.length).fill(-1)
  for (const [v, key] of keyOfNode) groupOf[v] = indexOf.get(key)!
  return { nodes, groupOf, keys }
}

function nameOf(analysed: AnalysedNetwork, key: string): { de: string; en: string } {
  if (key.startsWith('c')) {
    const community = communityNames(analysed).communities[Number(key.slice(1))]
    return community?.name ?? { de: key, en: key }
  }
  const ags = key.slice(1)
  const place = ags === '-' ? null : (analysed.districtNameOf(ags) ?? ags)
  return {
    de: `Kleine Gruppen · ${place ?? 'ohne Ort'}`,
    en: `Small groups · ${place ?? 'no place'}`,
  }
}

const round = (value: number) => Math.round(value * 100) / 100
const roundDegrees = (value: number) => Math.round(value * 1e5) / 1e5

export function networkGroups(
  analysed: AnalysedNetwork,
  layout: Layout,
  filters: Filters,
): GroupsBody {
  const { nodes, groupOf, keys } = partitionOf(analysed, filters)
  const { offsets, neighbours } = analysed.network.graph
  const count = keys.length
  const members = new Array<number>(count).fill(0)
  const internal = new Array<number>(count).fill(0)
  const sum = { x: new Float64Array(count), y: new Float64Array(count) }
  const geo = {
    lon: new Float64Array(count),
    lat: new Float64Array(count),
    n: new Int32Array(count),
  }
  const between = new Map<number, number>()
  let ties = 0
  for (const v of nodes) {
    const g = groupOf[v]!
    members[g]! += 1
    sum.x[g]! += layout.x[v]!
    sum.y[g]! += layout.y[v]!
    const location = analysed.catalog.actorById(analysed.analysis.ids[v]!)?.location
    if (location) {
      geo.lon[g]! += location.lon
      geo.lat[g]! += location.lat
      geo.n[g]! += 1
    }
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = neighbours[e]!
      const h = groupOf[w]!
      if (w <= v || h < 0) continue
      ties++
      if (g === h) internal[g]! += 1
      else {
        const pair = g < h ? g * count + h : h * count + g
        between.set(pair, (between.get(pair) ?? 0) + 1)
      }
    }
  }
  const names = keys.map((key) => nameOf(analysed, key))
  const links = [...between].sort((a, b) => a[0] - b[0])
  return {
    rule: GROUPS_RULE,
    minCommunitySize: MIN_COMMUNITY_SIZE,
    actors: nodes.length,
    ties,
    groups: {
      key: keys,
      kind: keys.map((key) => (key.startsWith('c') ? 'community' : 'district')),
      nameDe: names.map((name) => name.de),
      nameEn: names.map((name) => name.en),
      members,
      internalTies: internal,
      x: keys.map((_, g) => round(sum.x[g]! / members[g]!)),
      y: keys.map((_, g) => round(sum.y[g]! / members[g]!)),
      lon: keys.map((_, g) => (geo.n[g]! > 0 ? roundDegrees(geo.lon[g]! / geo.n[g]!) : null)),
      lat: keys.map((_, g) => (geo.n[g]! > 0 ? roundDegrees(geo.lat[g]! / geo.n[g]!) : null)),
    },
    links: {
      source: links.map(([pair]) => Math.floor(pair / count)),
      target: links.map(([pair]) => pair % count),
      ties: links.map(([, n]) => n),
    },
  }
}

/** The members of one group with their ties, and their ties to the other groups; undefined: no such group. */
export function networkGroup(
  analysed: AnalysedNetwork,
  layout: Layout,
  filters: Filters,
  key: string,
): GroupBody | undefined {
  const { nodes, groupOf, keys } = partitionOf(analysed, filters)
  const g = keys.indexOf(key)
  if (g < 0) return undefined
  const { analysis, catalog } = analysed
  const { offsets, neighbours } = analysed.network.graph
  const inside = nodes.filter((v) => groupOf[v] === g)
  const memberIndex = new Map(inside.map((v, i) => [v, i]))
  const ties = { source: [] as number[], target: [] as number[] }
  const outside = { member: [] as number[], group: [] as string[], ties: [] as number[] }
  inside.forEach((v, i) => {
    const toGroups = new Map<number, number>()
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = neighbours[e]!
      const h = groupOf[w]!
      if (h < 0) continue
      if (h === g) {
        if (w > v) {
          ties.source.push(i)
          ties.target.push(memberIndex.get(w)!)
        }
      } else toGroups.set(h, (toGroups.get(h) ?? 0) + 1)
    }
    for (const [h, n] of [...toGroups].sort((a, b) => a[0] - b[0])) {
      outside.member.push(i)
      outside.group.push(keys[h]!)
      outside.ties.push(n)
    }
  })
  const actors = inside.map((v) => catalog.actorById(analysis.ids[v]!)!)
  const name = nameOf(analysed, key)
  return {
    key,
    nameDe: name.de,
    nameEn: name.en,
    members: {
      id: actors.map((actor) => actor.id),
      name: actors.map((actor) => actor.name),
      type: actors.map((actor) => actor.type),
      x: inside.map((v) => round(layout.x[v]!)),
      y: inside.map((v) => round(layout.y[v]!)),
    },
    ties,
    outside,
  }
}
