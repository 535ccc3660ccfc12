/**
 * Runs one analysis over worker threads: the graph is shared (SharedArrayBuffer), the breadth-first searches are
 * cut into chunks that the workers take as they become free, and the structure task (PageRank, cohesion,
 * Louvain, clustering) goes to whichever worker is free first. The main thread only assembles the parts.
 */
import type { Worker } from 'node:worker_threads'
import {
  assembleAnalysis,
  mergeRuns,
  planBetweenness,
  type NetworkAnalysis,
  type Structure,
} from '../../domain/analysis/analyse.ts'
import type { SourceRun } from '../../domain/analysis/brandes.ts'
import { sourceRange } from '../../domain/analysis/brandes.ts'
import type { ProjectedNetwork } from '../../domain/analysis/projection.ts'
import { startAnalysisWorker } from './worker-entry.ts'
import type { WorkerAnswer, WorkerTask } from './worker-tasks.ts'

export interface AnalysisSettings {
  workers: number
  /** Exact betweenness up to this many actors; sampled above. */
  exactBetweennessUpTo: number
  /** Pivots of a sampled betweenness. */
  betweennessPivots: number
  seed: number
}

export const defaultAnalysisSettings: AnalysisSettings = {
  workers: 2,
  exactBetweennessUpTo: 60_000,
  betweennessPivots: 2_000,
  seed: 1,
}

type TaskBody = WorkerTask extends infer T ? (T extends WorkerTask ? Omit<T, 'id'> : never) : never

/** Runs tasks on `count` fresh workers; the workers end when the last task is answered (or one fails). */
async function runOnWorkers(count: number, tasks: TaskBody[]): Promise<WorkerAnswer[]> {
  const workers: Worker[] = Array.from({ length: Math.max(1, count) }, () => startAnalysisWorker())
  const answers: WorkerAnswer[] = []
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0
      let pending = tasks.length
      if (pending === 0) resolve()
      const feed = (worker: Worker) => {
        if (next >= tasks.length) return
        const id = next++
        worker.postMessage({ ...tasks[id], id })
      }
      for (const worker of workers) {
        worker.on('message', (result: WorkerAnswer) => {
          if (result.kind === 'failed') return reject(new Error(result.message))
          answers[result.id] = result
          pending -= 1
          if (pending === 0) resolve()
          else feed(worker)
        })
        worker.on('error', reject)
        worker.on('exit', (code) => {
          if (pending > 0) reject(new Error(`analysis worker exited with ${code}`))
        })
        feed(worker)
      }
    })
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return answers
}

/** The projected network must be built with `allocateShared`, so the workers share one copy. */
export async function runAnalysis(
  network: ProjectedNetwork,
  settings: AnalysisSettings = defaultAnalysisSettings,
): Promise<NetworkAnalysis> {
  const n = network.graph.nodeCount
  const plan = planBetweenness(
    n,
    settings.exactBetweennessUpTo,
    settings.betweennessPivots,
    settings.seed,
  )
  const sampled = plan.method === 'sampled'
  // Small chunks balance the load (the searches from hubs cost more); not so small that messages dominate.
  const chunkCount = Math.min(plan.sources.length, settings.workers * 8)
  const chunks = Array.from({ length: chunkCount }, (_, i) =>
    plan.sources.slice(
      Math.floor((i * plan.sources.length) / chunkCount),
      Math.floor(((i + 1) * plan.sources.length) / chunkCount),
    ),
  )
  // A sample's pivots give no closeness for the rest: then every actor gets its own (cheaper) search too.
  const closenessChunks = sampled
    ? Array.from({ length: settings.workers * 4 }, (_, i) =>
        sourceRange(
          Math.floor((i * n) / (settings.workers * 4)),
          Math.floor(((i + 1) * n) / (settings.workers * 4)),
        ),
      )
    : []
  const tasks: TaskBody[] = [
    { kind: 'structure', graph: network.graph, seed: settings.seed },
    ...chunks.map((sources) => ({
      kind: 'sources' as const,
      graph: network.graph,
      sources,
      withSquares: sampled,
      withDependencies: true,
    })),
    ...closenessChunks.map((sources) => ({
      kind: 'sources' as const,
      graph: network.graph,
      sources,
      withSquares: false,
      withDependencies: false,
    })),
  ]
  const answers = await runOnWorkers(settings.workers, tasks)
  const structure = (answers[0] as { structure: Structure }).structure
  const runOf = (i: number) => (answers[i] as { run: SourceRun }).run
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
  return assembleAnalysis(network, plan, merged, structure)
}
