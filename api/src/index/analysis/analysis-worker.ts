/**
 * The analysis worker (a `node:worker_threads` entry): runs the tasks the main thread posts on the graph it
 * shares through a SharedArrayBuffer, so the searches never block a request. Bundled on its own into
 * dist/analysis-worker.mjs (scripts/build.mjs); under tsx and vitest it runs from source (worker-entry.ts).
 */
import { setPriority } from 'node:os'
import { parentPort, workerData } from 'node:worker_threads'
import { structureOf } from '../../domain/analysis/analyse.ts'
import { runSources } from '../../domain/analysis/brandes.ts'
import { allocateShared, buildCsrGraph } from '../../domain/analysis/csr-graph.ts'
import { layoutGraph } from '../../domain/analysis/layout.ts'
import type { AnalysisWorkerData } from './worker-entry.ts'
import type { WorkerAnswer, WorkerTask } from './worker-tasks.ts'

/**
 * The analysis is background work that takes seconds to minutes of both cores: it runs at the lowest priority,
 * so requests (and the client sending them, on a small machine) come first and the analysis takes what is left.
 * On Linux a nice value belongs to a thread, and `setPriority` without a pid sets the calling thread's; elsewhere
 * it would slow the whole process, so there it runs at normal priority.
 */
if (process.platform === 'linux') setPriority((workerData as AnalysisWorkerData).niceness)

function answer(task: WorkerTask): WorkerAnswer {
  if (task.kind === 'sources') {
    return {
      id: task.id,
      kind: 'sources',
      run: runSources(task.graph, task.sources, task.options),
    }
  }
  if (task.kind === 'layout') {
    const layout = layoutGraph(task.graph, task.startX, task.startY, task.seed)
    return { id: task.id, kind: 'layout', layout }
  }
  if (task.kind === 'graph') {
    // Into shared memory: the graph goes back to the main thread and on to every worker without a copy.
    const { nodeCount, sources, targets, weights } = task
    const graph = buildCsrGraph(nodeCount, sources, targets, weights, allocateShared)
    return { id: task.id, kind: 'graph', graph }
  }
  return { id: task.id, kind: 'structure', structure: structureOf(task.graph, task.seed) }
}

parentPort?.on('message', (task: WorkerTask) => {
  try {
    const result = answer(task)
    const transfer =
      result.kind === 'sources'
        ? [result.run.dependency.buffer, result.run.farness.buffer, result.run.reached.buffer]
        : []
    parentPort!.postMessage(result, transfer as ArrayBuffer[])
  } catch (error) {
    parentPort!.postMessage({ id: task.id, kind: 'failed', message: String(error) })
  }
})
