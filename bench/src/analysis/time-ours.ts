/**
 * Our side of the analysis bench: each metric on the same synthetic graph, with the code the API runs (the CSR
 * graph, the Brandes over worker threads, the structure parts), plus graphology-metrics' betweenness where it
 * finishes in reasonable time, and the peak memory of the process while the workers run.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { cohesionOf } from '../../../api/src/domain/analysis/components.ts'
import { localClustering } from '../../../api/src/domain/analysis/clustering.ts'
import { allocateShared, buildCsrGraph } from '../../../api/src/domain/analysis/csr-graph.ts'
import { louvainCommunities } from '../../../api/src/domain/analysis/louvain.ts'
import { pageRank } from '../../../api/src/domain/analysis/pagerank.ts'
import { normaliseBetweenness, sourceRange } from '../../../api/src/domain/analysis/brandes.ts'
import { planBetweenness } from '../../../api/src/domain/analysis/analyse.ts'
import type { ProjectedNetwork } from '../../../api/src/domain/analysis/projection.ts'
import {
  createWorkerPool,
  runSourcesOnWorkers,
  sampledRunOptions,
} from '../../../api/src/index/analysis/run-analysis.ts'
import { repositoryRoot } from '../api-process.ts'
import type { SyntheticGraph } from './synthetic-graph.ts'

const seconds = (from: number) => (performance.now() - from) / 1000

function timed<T>(work: () => T): [number, T] {
  const startedAt = performance.now()
  const result = work()
  return [seconds(startedAt), result]
}

async function timedAsync<T>(work: () => Promise<T>): Promise<[number, T]> {
  const startedAt = performance.now()
  const result = await work()
  return [seconds(startedAt), result]
}

/** Peak resident memory above the level before `work`, sampled every 50 ms. */
async function peakMemoryDuring<T>(work: () => Promise<T>): Promise<[number, T]> {
  const before = process.memoryUsage().rss
  let peak = before
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
  try {
    const result = await work()
    return [(peak - before) / 1024 / 1024, result]
  } finally {
    clearInterval(timer)
  }
}

const topOf = (values: ArrayLike<number>, count: number) =>
  new Set(
    Array.from(values, (value, node) => ({ value, node }))
      .sort((a, b) => b.value - a.value || a.node - b.node)
      .slice(0, count)
      .map(({ node }) => node),
  )

export interface OurTimes {
  csr: number
  workerStart: number
  betweenness: number
  betweennessOneThread?: number
  pageRank: number
  components: number
  louvain: number
  clustering: number
  sampledBetweenness: number
  sampledPivots: number
  top100Agreement: number
  workerPeakMb: number
  graphologyBetweenness?: number
}

export async function timeOurs(
  graph: SyntheticGraph,
  { workers, pivots, graphologyUpTo }: { workers: number; pivots: number; graphologyUpTo: number },
): Promise<OurTimes> {
  const n = graph.nodes
  const [csr, csrGraph] = timed(() =>
    buildCsrGraph(n, graph.sources, graph.targets, undefined, allocateShared),
  )
  const network: ProjectedNetwork = {
    ids: [],
    graph: csrGraph,
    inDegree: new Int32Array(n),
    outDegree: new Int32Array(n),
  }
  // Started and warmed once, as a server would keep them: from source each worker compiles TypeScript first.
  const [workerStart, pool] = await timedAsync(async () => {
    const started = createWorkerPool(workers)
    await runSourcesOnWorkers(network, sourceRange(0, workers), started, workers)
    return started
  })
  try {
    const [workerPeakMb, [betweenness, exact]] = await peakMemoryDuring(() =>
      timedAsync(() => runSourcesOnWorkers(network, sourceRange(0, n), pool, workers)),
    )
    const plan = planBetweenness(n, 0, pivots)
    const [sampledBetweenness, sampled] = await timedAsync(() =>
      runSourcesOnWorkers(network, plan.sources, pool, workers, sampledRunOptions),
    )
    const exactTop = topOf(normaliseBetweenness(exact.dependency, n), 100)
    const sampledTop = topOf(normaliseBetweenness(sampled.dependency, n, plan.sources.length), 100)
    const top100Agreement = [...sampledTop].filter((node) => exactTop.has(node)).length / 100

    const result: OurTimes = {
      csr,
      workerStart,
      betweenness,
      pageRank: timed(() => pageRank(csrGraph))[0],
      components: timed(() => cohesionOf(csrGraph))[0],
      louvain: timed(() => louvainCommunities(csrGraph))[0],
      clustering: timed(() => localClustering(csrGraph))[0],
      sampledBetweenness,
      sampledPivots: plan.sources.length,
      top100Agreement,
      workerPeakMb,
    }
    if (n <= graphologyUpTo) result.graphologyBetweenness = graphologyBetweenness(graph)
    return result
  } finally {
    await pool.close()
  }
}

/** graphology-metrics' betweenness, unweighted (see TOOLCHAIN.md: its default runs Dijkstra). */
function graphologyBetweenness(graph: SyntheticGraph): number {
  const requireFromApi = createRequire(path.join(repositoryRoot, 'api/package.json'))
  const { UndirectedGraph } = requireFromApi('graphology') as {
    UndirectedGraph: new () => {
      addNode(key: number): void
      addEdge(a: number, b: number): void
    }
  }
  const betweenness = requireFromApi('graphology-metrics/centrality/betweenness') as (
    g: unknown,
    options: unknown,
  ) => unknown
  const g = new UndirectedGraph()
  for (let v = 0; v < graph.nodes; v++) g.addNode(v)
  for (let i = 0; i < graph.sources.length; i++) g.addEdge(graph.sources[i]!, graph.targets[i]!)
  return timed(() => betweenness(g, { getEdgeWeight: null }))[0]
}
