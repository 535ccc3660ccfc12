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
import { buildCsrGraph } from './csr-graph.ts'
import { louvainCommunities } from './louvain.ts'
import { yearActivity, type YearActivity } from './year-activity.ts'

type Version = 'dataVersion' | 'computing' | 'computingVersion'
type GroupsBody = Omit<NetworkGroupsResponse, Version>
type GroupBody = Omit<NetworkGroupResponse, Version>

const MIN_COMMUNITY_SIZE = 3

const GROUPS_RULE = `Communities (Louvain, on the whole network) with at least ${MIN_COMMUNITY_SIZE} of the actors the filters keep are groups; the other actors are pooled by district (d- without one). Ties are pairs of kept actors with at least one relationship; a link counts the ties between two groups, internalTies those inside one. With a year, the groups stay those of every year (same keys) but count only the actors active then and the ties with a relationship active then (the rule of /network/timeline); a group without an active member is left out.`

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

function nameOf(analysed: AnalysedNetwork, fullKey: string): { de: string; en: string } {
  const [key, part] = fullKey.split('.') as [string, string | undefined]
  if (part !== undefined) {
    const parent = nameOf(analysed, key)
    const n = Number(part) + 1
    return { de: `${parent.de} · Teil ${n}`, en: `${parent.en} · part ${n}` }
  }
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

/**
 * Sizes, mean places, internal ties and links of a partition (`groupOf[v]`: index, -1 outside) of `nodes`.
 * With `activity` (a year), sizes and ties count what is active then; the places stay those of every member,
 * so a group does not wander while the timeline plays.
 */
function foldPartition(
  analysed: AnalysedNetwork,
  layout: Layout,
  nodes: readonly number[],
  groupOf: Int32Array,
  count: number,
  activity: YearActivity | undefined,
) {
  const { offsets, neighbours } = analysed.network.graph
  const members = new Array<number>(count).fill(0)
  const everyYear = new Int32Array(count)
  const internal = new Array<number>(count).fill(0)
  const sum = { x: new Float64Array(count), y: new Float64Array(count) }
  const geo = {
    lon: new Float64Array(count),
    lat: new Float64Array(count),
    n: new Int32Array(count),
  }
  const between = new Map<number, number>()
  let ties = 0
  let syntheticActors = 0
  for (const v of nodes) {
    const g = groupOf[v]!
    everyYear[g]! += 1
    sum.x[g]! += layout.x[v]!
    sum.y[g]! += layout.y[v]!
    const actor = analysed.catalog.actorById(analysed.analysis.ids[v]!)
    const location = actor?.location
    if (location) {
      geo.lon[g]! += location.lon
      geo.lat[g]! += location.lat
      geo.n[g]! += 1
    }
    if (activity && !activity.isActive(v)) continue
    members[g]! += 1
    if (actor?.provenance.synthetic) syntheticActors += 1
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = neighbours[e]!
      const h = groupOf[w]!
      if (w <= v || h < 0 || (activity && !activity.isTieActive(v, w))) continue
      ties++
      if (g === h) internal[g]! += 1
      else {
        const pair = g < h ? g * count + h : h * count + g
        between.set(pair, (between.get(pair) ?? 0) + 1)
      }
    }
  }
  const links = [...between].sort((a, b) => a[0] - b[0])
  // Groups without a member (none active in the year) are left out; `shown` holds the indexes kept.
  const shown = members.flatMap((n, g) => (n > 0 ? [g] : []))
  const indexOf = new Int32Array(count).fill(-1)
  shown.forEach((g, i) => (indexOf[g] = i))
  return {
    ties,
    syntheticActors,
    shown,
    members: shown.map((g) => members[g]!),
    internalTies: shown.map((g) => internal[g]!),
    x: shown.map((g) => round(sum.x[g]! / everyYear[g]!)),
    y: shown.map((g) => round(sum.y[g]! / everyYear[g]!)),
    lon: shown.map((g) => (geo.n[g]! > 0 ? roundDegrees(geo.lon[g]! / geo.n[g]!) : null)),
    lat: shown.map((g) => (geo.n[g]! > 0 ? roundDegrees(geo.lat[g]! / geo.n[g]!) : null)),
    links: {
      source: links.map(([pair]) => indexOf[Math.floor(pair / count)]!),
      target: links.map(([pair]) => indexOf[pair % count]!),
      ties: links.map(([, n]) => n),
    },
  }
}

/** `year`: count only what is active then (the groups and their keys stay those of every year). */
export function networkGroups(
  analysed: AnalysedNetwork,
  layout: Layout,
  filters: Filters,
  year?: number,
): GroupsBody {
  const { nodes, groupOf, keys: allKeys } = partitionOf(analysed, filters)
  const { ties, syntheticActors, links, shown, ...columns } = foldPartition(
    analysed,
    layout,
    nodes,
    groupOf,
    allKeys.length,
    yearActivity(analysed, year),
  )
  const keys = shown.map((g) => allKeys[g]!)
  const names = keys.map((key) => nameOf(analysed, key))
  return {
    rule: GROUPS_RULE,
    minCommunitySize: MIN_COMMUNITY_SIZE,
    actors: columns.members.reduce((sum, n) => sum + n, 0),
    syntheticActors,
    ties,
    groups: {
      key: keys,
      kind: keys.map(kindOf),
      nameDe: names.map((name) => name.de),
      nameEn: names.map((name) => name.en),
      ...columns,
    },
    links,
  }
}

const kindOf = (key: string): 'community' | 'district' =>
  key.startsWith('c') ? 'community' : 'district'

/**
 * Louvain on the ties among one group's members (seeded: the same members give the same sub-communities on
 * each request, so `c12.3` names the same actors as the `c12` answer drew). Sub-community per member.
 */
function subCommunitiesOf(analysed: AnalysedNetwork, inside: readonly number[]) {
  const { offsets, neighbours } = analysed.network.graph
  const local = new Map(inside.map((v, i) => [v, i]))
  const sources: number[] = []
  const targets: number[] = []
  inside.forEach((v, i) => {
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const j = local.get(neighbours[e]!)
      if (j !== undefined && j > i) {
        sources.push(i)
        targets.push(j)
      }
    }
  })
  return louvainCommunities(buildCsrGraph(inside.length, sources, targets)).community
}

/** Sub-communities per analysis, filters and group: `c12.3` must name the same actors on every request. */
const subCommunityCache = new WeakMap<object, Map<string, Map<number, number>>>()
const SUB_COMMUNITY_CACHE_ENTRIES = 512

/**
 * The key each kept actor is drawn under once its group is open: the group, or in a group larger than
 * `splitFrom` its sub-community. Sub-communities are found when first asked for, then kept.
 */
function drawnKeys(
  analysed: AnalysedNetwork,
  partition: Partition,
  filters: Filters,
  splitFrom: number,
) {
  const insideOf = new Map<number, number[]>()
  for (const v of partition.nodes) {
    const g = partition.groupOf[v]!
    const list = insideOf.get(g)
    if (list) list.push(v)
    else insideOf.set(g, [v])
  }
  let cache = subCommunityCache.get(analysed.analysis)
  if (!cache)
    subCommunityCache.set(analysed.analysis, (cache = new Map<string, Map<number, number>>()))
  const filtersKey = JSON.stringify(filters)
  const subOf = (g: number) => {
    const inside = insideOf.get(g) ?? []
    if (inside.length <= splitFrom) return null
    const id = `${splitFrom}|${g}|${filtersKey}`
    let found = cache.get(id)
    if (!found) {
      const sub = subCommunitiesOf(analysed, inside)
      found = new Map(inside.map((v, i) => [v, sub[i]!]))
      if (cache.size >= SUB_COMMUNITY_CACHE_ENTRIES) cache.clear()
      cache.set(id, found)
    }
    return found
  }
  const keyOf = (w: number) => {
    const h = partition.groupOf[w]!
    const sub = subOf(h)
    return sub ? `${partition.keys[h]}.${sub.get(w)}` : partition.keys[h]!
  }
  return { insideOf, subOf, keyOf }
}

function subgroupsOf(
  analysed: AnalysedNetwork,
  layout: Layout,
  partition: Partition,
  g: number,
  sub: Map<number, number>,
  keyOf: (w: number) => string,
  activity: YearActivity | undefined,
): NonNullable<GroupBody['subgroups']> {
  const key = partition.keys[g]!
  const inside = [...sub.keys()]
  let count = 0
  const subOf = new Int32Array(partition.groupOf.length).fill(-1)
  for (const [v, s] of sub) {
    subOf[v] = s
    count = Math.max(count, s + 1)
  }
  const {
    ties: _,
    links,
    shown,
    ...columns
  } = foldPartition(analysed, layout, inside, subOf, count, activity)
  const indexOf = new Map(shown.map((s, i) => [s, i]))
  const { offsets, neighbours } = analysed.network.graph
  const toGroups = new Map<string, number>()
  for (const v of inside) {
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = neighbours[e]!
      const h = partition.groupOf[w]!
      if (h < 0 || h === g || (activity && !activity.isTieActive(v, w))) continue
      const pair = `${indexOf.get(subOf[v]!)}|${keyOf(w)}`
      toGroups.set(pair, (toGroups.get(pair) ?? 0) + 1)
    }
  }
  const outside = [...toGroups]
    .map(([pair, n]) => [...pair.split('|'), n] as [string, string, number])
    .sort((a, b) => Number(a[0]) - Number(b[0]) || a[1].localeCompare(b[1]))
  // Keys by the sub-community's number among every year's, so `c12.3` stays the same actors in every year.
  const keys = shown.map((s) => `${key}.${s}`)
  const names = keys.map((subKey) => nameOf(analysed, subKey))
  return {
    groups: {
      key: keys,
      kind: keys.map(() => kindOf(key)),
      nameDe: names.map((name) => name.de),
      nameEn: names.map((name) => name.en),
      ...columns,
    },
    links,
    outside: {
      subgroup: outside.map(([s]) => Number(s)),
      group: outside.map(([, other]) => other),
      ties: outside.map(([, , n]) => n),
    },
  }
}

/** The members of one group with their ties, and their ties to the other groups; undefined: no such group. */
export function networkGroup(
  analysed: AnalysedNetwork,
  layout: Layout,
  filters: Filters,
  key: string,
  /**
   * A group with more members opens into its sub-communities, not every member: drawing the largest group of
   * 10k actors member by member took ~2 s (issue 9: ≤ 300 ms).
   */
  splitFrom: number,
  /** Only the members active in this year, and their ties active then. */
  year?: number,
): GroupBody | undefined {
  const activity = yearActivity(analysed, year)
  const partition = partitionOf(analysed, filters)
  const { groupOf, keys } = partition
  const [parentKey, subPart] = key.split('.') as [string, string | undefined]
  const g = keys.indexOf(parentKey)
  if (g < 0) return undefined
  const { analysis, catalog } = analysed
  const { offsets, neighbours } = analysed.network.graph
  const { insideOf, subOf, keyOf } = drawnKeys(analysed, partition, filters, splitFrom)
  const sub = subOf(g)
  if (subPart !== undefined && !sub) return undefined
  const name = nameOf(analysed, key)
  if (sub && subPart === undefined) {
    return {
      key,
      nameDe: name.de,
      nameEn: name.en,
      members: { id: [], name: [], type: [], x: [], y: [] },
      ties: { source: [], target: [] },
      outside: { member: [], group: [], ties: [] },
      partners: { member: [], id: [] },
      subgroups: subgroupsOf(analysed, layout, partition, g, sub, keyOf, activity),
    }
  }
  // Partners outside are named by the key they are drawn under when their group is open (`c7.2`).
  const everyYear = sub
    ? (insideOf.get(g) ?? []).filter((v) => sub.get(v) === Number(subPart))
    : (insideOf.get(g) ?? [])
  if (everyYear.length === 0) return undefined
  // A group with no member active in the year answers empty: it exists, the timeline just has not reached it.
  const inside = activity ? everyYear.filter((v) => activity.isActive(v)) : everyYear
  const memberIndex = new Map(inside.map((v, i) => [v, i]))
  const ties = { source: [] as number[], target: [] as number[] }
  const outside = { member: [] as number[], group: [] as string[], ties: [] as number[] }
  const partners = { member: [] as number[], id: [] as string[] }
  inside.forEach((v, i) => {
    const toGroups = new Map<string, number>()
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = neighbours[e]!
      const h = groupOf[w]!
      if (h < 0 || (activity && !activity.isTieActive(v, w))) continue
      const j = memberIndex.get(w)
      if (j !== undefined) {
        if (w > v) {
          ties.source.push(i)
          ties.target.push(j)
        }
      } else {
        partners.member.push(i)
        partners.id.push(analysis.ids[w]!)
        const other = keyOf(w)
        toGroups.set(other, (toGroups.get(other) ?? 0) + 1)
      }
    }
    for (const [other, n] of [...toGroups].sort((a, b) => a[0].localeCompare(b[0]))) {
      outside.member.push(i)
      outside.group.push(other)
      outside.ties.push(n)
    }
  })
  const actors = inside.map((v) => catalog.actorById(analysis.ids[v]!)!)
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
    partners,
    subgroups: null,
  }
}
