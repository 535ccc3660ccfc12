import { UndirectedGraph } from 'graphology'
import fc from 'fast-check'
import betweennessCentrality from 'graphology-metrics/centrality/betweenness'
import { singleSourceLength } from 'graphology-shortest-path/unweighted'
import { describe, expect, it } from 'vitest'
import { analyseNetwork, mergeRuns, planBetweenness } from '../src/domain/analysis/analyse.ts'
import { runSources } from '../src/domain/analysis/brandes.ts'
import { buildCsrGraph } from '../src/domain/analysis/csr-graph.ts'
import { louvainCommunities } from '../src/domain/analysis/louvain.ts'
import { distancesFrom } from '../src/domain/analysis/paths.ts'
import type { ProjectedNetwork } from '../src/domain/analysis/projection.ts'
import { runPeer, type PeerFigures } from './peer/run-peer.ts'

function networkOf(n: number, edges: [number, number][]): ProjectedNetwork {
  const graph = buildCsrGraph(
    n,
    edges.map((e) => e[0]),
    edges.map((e) => e[1]),
  )
  return {
    ids: Array.from({ length: n }, (_, i) => String(i)),
    graph,
    inDegree: new Int32Array(n),
    outDegree: new Int32Array(n),
  }
}

/** A seeded random graph: a few dense groups, sparse ties between them, a chain, and isolated nodes. */
function fixtureEdges(n: number, seed: number): [number, number][] {
  let state = seed
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const edges: [number, number][] = []
  const groups = 6
  const chainFrom = n - 30
  for (let i = 0; i < chainFrom * 3; i++) {
    const a = Math.floor(random() * chainFrom)
    const sameGroup = random() < 0.85
    const b = sameGroup
      ? (a - (a % groups) + Math.floor(random() * groups * 4)) % chainFrom
      : Math.floor(random() * chainFrom)
    edges.push([a, b])
  }
  for (let v = chainFrom; v < n - 5; v++) edges.push([v, v + 1])
  edges.push([0, chainFrom])
  return edges
}

function expectClose(actual: ArrayLike<number>, expected: number[], tolerance: number) {
  expect(actual.length).toBe(expected.length)
  const worst = expected.reduce((max, value, i) => Math.max(max, Math.abs(actual[i]! - value)), 0)
  expect(worst).toBeLessThan(tolerance)
}

function componentsOf(component: Int32Array) {
  const groups = new Map<number, number[]>()
  component.forEach((c, v) => groups.set(c, [...(groups.get(c) ?? []), v]))
  return [...groups.values()].map((g) => g.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!)
}

function checkAgainstPeers(network: ProjectedNetwork, peer: PeerFigures) {
  const analysis = analyseNetwork(network)
  expect(Array.from(analysis.degree)).toEqual(peer.degree)
  expectClose(analysis.betweenness, peer.betweenness, 1e-6)
  expectClose(analysis.betweenness, peer.igraphBetweenness, 1e-6)
  expectClose(analysis.closeness, peer.closeness, 1e-6)
  expectClose(analysis.pageRank, peer.pageRank, 1e-6)
  expect(componentsOf(analysis.component)).toEqual(
    [...peer.components].sort((a, b) => a[0]! - b[0]!),
  )
  const articulation = [...analysis.isArticulationPoint.keys()].filter(
    (v) => analysis.isArticulationPoint[v] === 1,
  )
  expect(articulation).toEqual(peer.articulationPoints)
  expect(analysis.bridges).toEqual(peer.bridges)
  expect(analysis.figures.density).toBeCloseTo(peer.density, 12)
  expect(analysis.figures.averageClustering).toBeCloseTo(peer.averageClustering, 12)
  expect(Math.abs(analysis.figures.modularity - peer.louvainModularity)).toBeLessThan(0.02)
  return analysis
}

describe('metrics agree with networkx and python-igraph', () => {
  it("reproduces the published figures of Zachary's karate club", () => {
    const peer = runPeer<PeerFigures>('network_figures.py', { karate: true })
    const network = networkOf(34, peer.edges)
    const analysis = checkAgainstPeers(network, peer)
    // Zachary (1977): 34 members, 78 ties; the instructor (0) and the president (33) are the hubs.
    expect(analysis.figures.ties).toBe(78)
    expect(analysis.figures.averageClustering).toBeCloseTo(0.5706, 4)
    const byBetweenness = [...analysis.betweenness.keys()].sort(
      (a, b) => analysis.betweenness[b]! - analysis.betweenness[a]!,
    )
    expect(byBetweenness.slice(0, 2)).toEqual([0, 33])
    expect(analysis.betweenness[0]).toBeCloseTo(0.4376, 4)
    // graphology-metrics, unweighted, normalises the same way.
    const g = new UndirectedGraph()
    for (let v = 0; v < 34; v++) g.addNode(String(v))
    for (const [a, b] of peer.edges) g.addEdge(String(a), String(b))
    const theirs = betweennessCentrality(g, { getEdgeWeight: null, normalized: true })
    expectClose(
      analysis.betweenness,
      Array.from({ length: 34 }, (_, v) => theirs[String(v)]!),
      1e-9,
    )
  })

  it('agrees on a graph in pieces with a chain, bridges and isolated actors', () => {
    const n = 400
    const edges = fixtureEdges(n, 7)
    const network = networkOf(n, edges)
    const peer = runPeer<PeerFigures>('network_figures.py', {
      nodes: n,
      edges,
      pathsFrom: [0, 17, n - 10],
    })
    checkAgainstPeers(network, peer)
    peer.pathLengths.forEach((lengths, i) => {
      expect(Array.from(distancesFrom(network.graph, [0, 17, n - 10][i]!))).toEqual(lengths)
    })
    expect(peer.bridges.length).toBeGreaterThan(20)
    expect(peer.components.length).toBeGreaterThan(5)
  })

  it('gives the same communities on every run, with the modularity networkx computes for them', () => {
    const n = 400
    const edges = fixtureEdges(n, 11)
    const network = networkOf(n, edges)
    const first = louvainCommunities(network.graph, 1)
    expect(Array.from(louvainCommunities(network.graph, 1).community)).toEqual(
      Array.from(first.community),
    )
    const analysis = analyseNetwork(network)
    const peer = runPeer<PeerFigures>('network_figures.py', {
      nodes: n,
      edges,
      partition: Array.from(analysis.community),
    })
    expect(analysis.figures.modularity).toBeCloseTo(peer.modularityOfPartition!, 10)
  })

  it('splits the searches over parts of the sources without changing the sums', () => {
    const n = 200
    const network = networkOf(n, fixtureEdges(n, 3))
    const whole = analyseNetwork(network)
    const plan = planBetweenness(network.graph, n, 0)
    const halves = [plan.sources.slice(0, 77), plan.sources.slice(77)]
    const merged = mergeRuns(
      n,
      halves.map((sources) => ({ sources, run: runSources(network.graph, sources) })),
    )
    expectClose(
      merged.dependency,
      Array.from(runSources(network.graph, plan.sources).dependency),
      1e-9,
    )
    expect(merged.farness.length).toBe(whole.closeness.length)
  })

  it('agrees with graphology on betweenness and path lengths for any small graph', () => {
    const graphs = fc.integer({ min: 3, max: 25 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 60 }),
      }),
    )
    fc.assert(
      fc.property(graphs, ({ n, edges }) => {
        const network = networkOf(n, edges)
        const g = new UndirectedGraph()
        for (let v = 0; v < n; v++) g.addNode(String(v))
        for (const [a, b] of edges)
          if (a !== b && !g.hasEdge(String(a), String(b))) g.addEdge(String(a), String(b))
        const theirs = betweennessCentrality(g, { getEdgeWeight: null, normalized: true })
        const ours = analyseNetwork(network).betweenness
        for (let v = 0; v < n; v++) expect(ours[v]).toBeCloseTo(theirs[String(v)]!, 9)
        const lengths = singleSourceLength(g, '0')
        const distances = distancesFrom(network.graph, 0)
        for (let v = 0; v < n; v++) expect(distances[v]).toBe(lengths[String(v)] ?? -1)
      }),
      { numRuns: 100, seed: 8 },
    )
  })
})
