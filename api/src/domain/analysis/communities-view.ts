/**
 * GET /network/communities: each Louvain community with a name from its dominant district and topic
 * ("Leipzig · Bildung"), its size, internal density and its strongest links to other communities.
 */
import { topics, type NetworkCommunitiesResponse } from '@netzwerkatlas/shared'
import { memoised, type AnalysedNetwork } from './analysed-network.ts'

type Body = Omit<NetworkCommunitiesResponse, 'dataVersion' | 'computing' | 'computingVersion'>

const STRONGEST_LINKS = 3

function mostCommon(values: Iterable<string>): string | null {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best: string | null = null
  let bestCount = 0
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && value < best)) {
      best = value
      bestCount = count
    }
  }
  return best
}

export function networkCommunities({
  analysis,
  catalog,
  network,
  districtNameOf,
}: AnalysedNetwork): Body {
  const count = analysis.figures.communities
  const members: number[][] = Array.from({ length: count }, () => [])
  analysis.community.forEach((c, v) => members[c]!.push(v))
  const internal = new Int32Array(count)
  const between = Array.from({ length: count }, () => new Map<number, number>())
  const { offsets, neighbours } = network.graph
  for (let v = 0; v < analysis.ids.length; v++) {
    const c = analysis.community[v]!
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = neighbours[e]!
      if (w < v) continue
      const d = analysis.community[w]!
      if (c === d) internal[c]! += 1
      else {
        between[c]!.set(d, (between[c]!.get(d) ?? 0) + 1)
        between[d]!.set(c, (between[d]!.get(c) ?? 0) + 1)
      }
    }
  }
  const usedNames = new Map<string, number>()
  const communities = members.map((nodes, id) => {
    const actors = nodes.map((v) => catalog.actorById(analysis.ids[v]!)!)
    const district = mostCommon(actors.flatMap((a) => (a.districtAgs ? [a.districtAgs] : [])))
    const topic = mostCommon(actors.flatMap((a) => a.topics)) as keyof typeof topics.labels | null
    const place = district ? (districtNameOf(district) ?? district) : null
    const topicLabel = topic ? topics.labels[topic] : null
    const base = {
      de: `${place ?? 'Ohne Ort'} · ${topicLabel?.de ?? 'ohne Thema'}`,
      en: `${place ?? 'No place'} · ${topicLabel?.en ?? 'no topic'}`,
    }
    // Two communities can share district and topic: number the later ones, so names stay distinct.
    const seen = (usedNames.get(base.de) ?? 0) + 1
    usedNames.set(base.de, seen)
    const name = seen === 1 ? base : { de: `${base.de} (${seen})`, en: `${base.en} (${seen})` }
    const size = nodes.length
    return {
      id,
      name,
      size,
      internalTies: internal[id]!,
      internalDensity: size > 1 ? (2 * internal[id]!) / (size * (size - 1)) : 0,
      dominantDistrict: district,
      dominantTopic: topic,
      strongestLinks: [...between[id]!.entries()]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, STRONGEST_LINKS)
        .map(([community, ties]) => ({ community, ties })),
      members: nodes.map((v) => analysis.ids[v]!),
    }
  })
  return { modularity: analysis.figures.modularity, communities }
}

/** The readable name of each community, by community id: the exports and the partner reasons use them. */
export const communityNamesOf = memoised((analysed: AnalysedNetwork) =>
  networkCommunities(analysed).communities.map((community) => community.name),
)
