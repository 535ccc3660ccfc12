/**
 * Where the analysis worker's code is: beside the bundle in production (dist/analysis-worker.mjs next to
 * dist/server.mjs), or the TypeScript source under tsx and vitest. A worker inherits neither vitest's transform
 * nor (on Node 20) loader hooks passed by `--import`, so from source a small bootstrap loads it with tsx's API.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

const runsFromSource = import.meta.url.endsWith('.ts')

/** What a worker is started with (`workerData`). */
export interface AnalysisWorkerData {
  /** The nice value its thread takes on Linux: 19 for the server (analysis-worker.ts); the bench's timing uses 0. */
  niceness: number
}

export function startAnalysisWorker(workerData: AnalysisWorkerData = { niceness: 19 }): Worker {
  if (!runsFromSource)
    return new Worker(new URL('./analysis-worker.mjs', import.meta.url), { workerData })
  const tsxDir = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'))
  const tsxApi = pathToFileURL(path.join(tsxDir, 'dist/esm/api/index.mjs')).href
  const worker = new URL('./analysis-worker.ts', import.meta.url).href
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ tsImport }) => tsImport(${JSON.stringify(worker)}, ${JSON.stringify(worker)}))`
  return new Worker(bootstrap, { eval: true, workerData })
}
