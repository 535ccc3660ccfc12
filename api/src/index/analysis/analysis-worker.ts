/**
 * The analysis worker (a `node:worker_threads` entry): runs the tasks the main thread posts on the graph it
 * shares through a SharedArrayBuffer, so the searches never block a request. Bundled on its own into
 * dist/analysis-worker.mjs (scripts/build.mjs); under tsx and vitest it runs from source (worker-entry.ts).
 */
import { parentPort } from 'node:worker_threads'
import { structureOf } from '../../domain/analysis/analyse.ts'
import { runSources } from '../../domain/analysis/brandes.ts'
import { layoutGraph } from '../../domain/analysis/layout.ts'
import type { WorkerAnswer, WorkerTask } from './worker-tasks.ts'

function answer(task: WorkerTask): WorkerAnswer {
  if (task.kind === 'sources') {
    return {
      id: task.id,
      kind: 'sources',
      run: runSources(task.graph, task.sources, task.withSquares, task.withDependencies),
    }
  }
  if (task.kind === 'layout') {
    const layout = layoutGraph(task.graph, task.startX, task.startY, task.seed)
    return { id: task.id, kind: 'layout', layout }
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
