/**
 * The analysis of the default data as the first start loads it (press release, Leipzig Data, 1,500 demo actors),
 * checked figure by figure against networkx and python-igraph on the network /api/network serves.
 */
import type {
  NetworkLayoutResponse,
  NetworkMetricsResponse,
  NetworkPathResponse,
  NetworkResponse,
} from '@netzwerkatlas/shared'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadMissingDatasets } from '../src/datasets/load-datasets.ts'
import { relationshipRepository } from '../src/store/relationship-repository.ts'
import { makeRelationship } from './support/builders.ts'
import { runPeer, type PeerFigures } from './peer/run-peer.ts'
import { getJson } from './support/http.ts'
import { gazetteer, startTestApi, testConfig, type TestApi } from './support/test-api.ts'

const withDataset = <T extends { provenance: object }>(dataset: string, record: T): T => ({
  ...record,
  provenance: { ...record.provenance, dataset },
})

let api: TestApi
let metrics: NetworkMetricsResponse
let ids: string[]
let peer: PeerFigures
const pathSources = [0, 1, 2]

beforeAll(async () => {
  api = await startTestApi()
  await loadMissingDatasets(api.store, { gazetteer, config: testConfig }, pino({ level: 'silent' }))
  await api.rebuildIndex()
  metrics = (await getJson<NetworkMetricsResponse>(api, '/api/network/metrics')).body
  const network = (await getJson<NetworkResponse>(api, '/api/network')).body
  ids = network.nodes.map((n) => n.id).sort()
  const node = new Map(ids.map((id, i) => [id, i]))
  // Sources of the path check: the three actors with most partners.
  const byDegree = [...metrics.actors].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1))
  pathSources.splice(0, 3, ...byDegree.slice(0, 3).map((a) => node.get(a.id)!))
  peer = runPeer<PeerFigures>('network_figures.py', {
    nodes: ids.length,
    edges: network.edges.map((e) => [node.get(e.source), node.get(e.target)]),
    pathsFrom: pathSources,
  })
}, 600_000)
afterAll(() => api.close())

const maxDifference = (
  ours: (a: NetworkMetricsResponse['actors'][number]) => number,
  theirs: number[],
) => {
  const byId = new Map(metrics.actors.map((a) => [a.id, a]))
  return ids.reduce(
    (worst, id, i) => Math.max(worst, Math.abs(ours(byId.get(id)!) - theirs[i]!)),
    0,
  )
}

describe('the demo network as served', () => {
  it('has every public actor in the metrics', () => {
    expect(metrics.actors.length).toBe(ids.length)
    expect(metrics.actors.length).toBeGreaterThan(2_500)
    expect(metrics.betweenness.method).toBe('exact')
  })

  it('agrees with networkx on degree, and with networkx and igraph on betweenness, closeness and PageRank within 1e-6', () => {
    expect(maxDifference((a) => a.degree, peer.degree)).toBe(0)
    expect(maxDifference((a) => a.betweenness, peer.betweenness)).toBeLessThan(1e-6)
    expect(maxDifference((a) => a.betweenness, peer.igraphBetweenness)).toBeLessThan(1e-6)
    expect(maxDifference((a) => a.closeness, peer.closeness)).toBeLessThan(1e-6)
    expect(maxDifference((a) => a.pageRank, peer.pageRank)).toBeLessThan(1e-6)
    expect(maxDifference((a) => a.pageRank, peer.igraphPageRank)).toBeLessThan(1e-6)
  })

  it('finds the same components, articulation points and bridges', () => {
    expect(metrics.network.components).toBe(peer.components.length)
    expect(metrics.network.largestComponent).toBe(Math.max(...peer.components.map((c) => c.length)))
    const ours = ids.flatMap((id, i) =>
      metrics.actors.find((a) => a.id === id)!.isArticulationPoint ? [i] : [],
    )
    expect(ours).toEqual(peer.articulationPoints)
    expect(metrics.network.bridges).toBe(peer.bridges.length)
    const componentOf = new Map(metrics.actors.map((a) => [a.id, a.component]))
    for (const members of peer.components) {
      expect(new Set(members.map((v) => componentOf.get(ids[v]!))).size).toBe(1)
    }
  })

  it('finds communities whose modularity is within 0.02 of networkx’s Louvain, with the same density and clustering', () => {
    expect(Math.abs(metrics.network.modularity - peer.louvainModularity)).toBeLessThan(0.02)
    expect(metrics.network.density).toBeCloseTo(peer.density, 12)
    expect(metrics.network.averageClustering).toBeCloseTo(peer.averageClustering, 12)
  })

  it('gives paths as long as networkx’s shortest paths', async () => {
    for (const [s, source] of pathSources.entries()) {
      const lengths = peer.pathLengths[s]!
      const targets = [5, 50, 500, 1500, 2500].map((t) => t % ids.length)
      for (const target of targets) {
        const { body } = await getJson<NetworkPathResponse>(
          api,
          `/api/network/path?from=${ids[source]}&to=${ids[target]}`,
        )
        expect(body.length ?? -1).toBe(lengths[target])
      }
    }
  })

  it('after one new tie, keeps the layout of the rest in place: median move under 1 % of the drawing', async () => {
    const before = (await getJson<NetworkLayoutResponse>(api, '/api/network/layout')).body
    const [a, b] = [ids[10]!, ids[2000]!]
    await api.store.write('test', (context) =>
      relationshipRepository.insertMany(context, [
        withDataset(
          'demo',
          makeRelationship({ id: 'demo-rel-layout-check', sourceId: a, targetId: b }),
        ),
      ]),
    )
    await api.rebuildIndex()
    let after = (await getJson<NetworkLayoutResponse>(api, '/api/network/layout')).body
    for (let i = 0; i < 600 && after.dataVersion === before.dataVersion; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      after = (await getJson<NetworkLayoutResponse>(api, '/api/network/layout')).body
    }
    expect(after.dataVersion).toBeGreaterThan(before.dataVersion)
    expect(after.warmStarted).toBe(true)
    expect(after.movement!.keptNodes).toBe(ids.length)
    expect(after.movement!.median).toBeLessThan(0.01)
    console.info('layout movement after one new tie', after.movement)
  }, 180_000)
})
