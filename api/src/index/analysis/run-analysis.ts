/**
 * Runs one analysis over worker threads: the graph is shared (SharedArrayBuffer), the breadth-first searches are
 * cut into chunks that the workers take as they become free, and the structure task (PageRank, cohesion,
 * Louvain, clustering) goes to whichever worker is free first. The main thread only assembles the parts.
 */
import {
  assembleAnalysis,
  mergeRuns,
  planBetweenness,
  type NetworkAnalysis,
  type Structure,
} from '../../domain/analysis/analyse.ts'
import type { SourceRun, SourceRunOptions } from '../../domain/analysis/brandes.ts'
import { sourceRange } from '../../domain/analysis/brandes.ts'
import type { Layout } from '../../domain/analysis/layout.ts'
import type { ProjectedNetwork } from '../../domain/analysis/projection.ts'
import type { TaskBody, WorkerPool } from './worker-pool.ts'

export interface AnalysisSettings {
  workers: number
  /** Exact betweenness up to this many actors; sampled above. */
  exactBetweennessUpTo: number
  /** Pivots of a sampled betweenness. */
  betweennessPivots: number
  seed: number
  /** The workers' nice value (Linux, per thread): 19 for the server, so requests come first (ADR 0022). */
  niceness: number
}

export const defaultAnalysisSettings: AnalysisSettings = {
  workers: 2,
  exactBetweennessUpTo: 60_000,
  betweennessPivots: 2_000,
  seed: 1,
  niceness: 19,
}

/** A sample is linearly scaled (see brandes.ts) and keeps the squares for its standard error. */
export const sampledRunOptions: SourceRunOptions = { squares: true, linearScaling: true }

/** Cuts sources into chunks for `workers` threads: small enough to balance (hubs cost more), not tiny. */
function chunksOf(sources: Int32Array, workers: number, perWorker: number) {
  const count = Math.min(sources.length, workers * perWorker)
  return Array.from({ length: count }, (_, i) =>
    sources.slice(
      Math.floor((i * sources.length) / count),
      Math.floor(((i + 1) * sources.length) / count),
    ),
  )
}

/** Brandes (or distances only) from `sources` over worker threads, summed: what the bench times alone. */
export async function runSourcesOnWorkers(
  network: ProjectedNetwork,
  sources: Int32Array,
  pool: WorkerPool,
  workers: number,
  options: SourceRunOptions = {},
) {
  const chunks = chunksOf(sources, workers, 8)
  const answers = await pool.run(
    chunks.map((part) => ({
      kind: 'sources' as const,
      graph: network.graph,
      sources: part,
      options,
    })),
  )
  return mergeRuns(
    network.graph.nodeCount,
    chunks.map((part, i) => ({ sources: part, run: (answers[i] as { run: SourceRun }).run })),
  )
}

/** The projected network must be built with `allocateShared`, so the workers share one copy. */
export async function runAnalysis(
  network: ProjectedNetwork,
  /** Started with `settings.workers` workers at `settings.niceness` (the analysis service keeps one). */
  pool: WorkerPool,
  settings: AnalysisSettings = defaultAnalysisSettings,
  /** The previous version's positions in this version's node order (NaN for new nodes): a warm start. */
  start?: { x: Float64Array; y: Float64Array },
): Promise<{ analysis: NetworkAnalysis; layout: Layout }> {
  const n = network.graph.nodeCount
  const plan = planBetweenness(
    network.graph,
    settings.exactBetweennessUpTo,
    settings.betweennessPivots,
    settings.seed,
  )
  const sampled = plan.method === 'sampled'
  const chunks = chunksOf(plan.sources, settings.workers, 8)
  // A sample's pivots give no closeness for the rest: then every actor gets its own (cheaper) search too.
  const closenessChunks = sampled ? chunksOf(sourceRange(0, n), settings.workers, 4) : []
  // The layout is the longest single task: it goes first, so the searches fill the other worker meanwhile.
  const tasks: TaskBody[] = [
    {
      kind: 'layout',
      graph: network.graph,
      startX: start?.x,
      startY: start?.y,
      seed: settings.seed,
    },
    { kind: 'structure', graph: network.graph, seed: settings.seed },
    ...chunks.map((sources) => ({
      kind: 'sources' as const,
      graph: network.graph,
      sources,
      options: sampled ? sampledRunOptions : {},
    })),
    ...closenessChunks.map((sources) => ({
      kind: 'sources' as const,
      graph: network.graph,
      sources,
      options: { dependencies: false },
    })),
  ]
  const answers = await pool.run(tasks)
  const layout = (answers[0] as { layout: Layout }).layout
  const structure = (answers[1] as { structure: Structure }).structure
  const runOf = (i: number) => (answers[i + 1] as { run: SourceRun }).run
  const merged = mergeRuns(
    n,
    chunks.map((sources, i) => ({ sources, run: runOf(i + 1) })),
  )
  if (sampled) {
    const closeness = mergeRuns(
      n,
      closenessChunks.map((sources, i) => ({ sources, run: runOf(i + 1 + chunks.length) })),
    )
    merged.farness = closeness.farness
    merged.reached = closeness.reached
  }
  return { analysis: assembleAnalysis(network, plan, merged, structure), layout }
}
