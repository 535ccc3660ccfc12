/**
 * The analysis workers are kept for the server's lifetime (worker-pool.ts): every analysis after the first runs
 * on the same, warm threads; a worker that dies is replaced; a failed run leaves no answer behind for the next;
 * a closed pool ends its threads; an idle pool nobody closed does not keep the process alive.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import type { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { runSources, sourceRange, type SourceRun } from '../src/domain/analysis/brandes.ts'
import { allocateShared, buildCsrGraph, type CsrGraph } from '../src/domain/analysis/csr-graph.ts'
import { seededRandom } from '../src/domain/analysis/louvain.ts'
import { startAnalysisWorker } from '../src/index/analysis/worker-entry.ts'
import { createWorkerPool, type TaskBody } from '../src/index/analysis/worker-pool.ts'
import type { WorkerAnswer } from '../src/index/analysis/worker-tasks.ts'

function randomGraph(n: number, ties: number, seed: number): CsrGraph {
  const random = seededRandom(seed)
  const sources = Array.from({ length: ties }, () => Math.floor(random() * n))
  const targets = Array.from({ length: ties }, () => Math.floor(random() * n))
  return buildCsrGraph(n, sources, targets, undefined, allocateShared)
}

const sourcesTask = (graph: CsrGraph, from: number, to: number): TaskBody => ({
  kind: 'sources',
  graph,
  sources: sourceRange(from, to),
  options: {},
})

const dependencyOf = (answer: WorkerAnswer | undefined) =>
  Array.from((answer as { run: SourceRun }).run.dependency)

/** A task the worker cannot do (no graph): it answers `failed`. */
const failingTask = { kind: 'structure', graph: null, seed: 1 } as unknown as TaskBody

/** The pool's own threads, as it starts them (at normal priority, so a busy test machine runs them). */
function watchedPool(count: number) {
  const started: Worker[] = []
  const pool = createWorkerPool(count, { niceness: 0 }, (data) => {
    const worker = startAnalysisWorker(data)
    started.push(worker)
    return worker
  })
  return { pool, started }
}

describe('analysis worker pool', () => {
  const graph = randomGraph(300, 900, 5)

  it('runs every analysis on the same threads, with the values one thread computes', async () => {
    const { pool, started } = watchedPool(2)
    try {
      const tasks = [sourcesTask(graph, 0, 150), sourcesTask(graph, 150, 300)]
      const first = await pool.run(tasks)
      const second = await pool.run(tasks)
      expect(started).toHaveLength(2)
      expect(dependencyOf(second[0])).toEqual(dependencyOf(first[0]))
      expect(dependencyOf(second[1])).toEqual(
        Array.from(runSources(graph, sourceRange(150, 300)).dependency),
      )
    } finally {
      await pool.close()
    }
  })

  it('fails the run a worker dies in and replaces the worker for the next run', async () => {
    const { pool, started } = watchedPool(1)
    try {
      await pool.run([sourcesTask(graph, 0, 10)])
      const dying = pool.run([sourcesTask(graph, 0, 300)])
      void started[0]!.terminate()
      await expect(dying).rejects.toThrow(/exited/)
      const next = await pool.run([sourcesTask(graph, 0, 10)])
      expect(started).toHaveLength(2)
      expect(dependencyOf(next[0])).toEqual(
        Array.from(runSources(graph, sourceRange(0, 10)).dependency),
      )
    } finally {
      await pool.close()
    }
  })

  it('leaves no answer of a failed run for the next one', async () => {
    const { pool } = watchedPool(2)
    try {
      // One worker is still searching from all 5,000 sources (about a second) when the other's task fails.
      const large = randomGraph(5_000, 20_000, 6)
      await expect(pool.run([sourcesTask(large, 0, 5_000), failingTask])).rejects.toThrow()
      const next = await pool.run([sourcesTask(graph, 0, 1), sourcesTask(graph, 1, 2)])
      expect(dependencyOf(next[0])).toEqual(
        Array.from(runSources(graph, sourceRange(0, 1)).dependency),
      )
      expect(dependencyOf(next[1])).toEqual(
        Array.from(runSources(graph, sourceRange(1, 2)).dependency),
      )
    } finally {
      await pool.close()
    }
  })

  it('ends its threads when closed, failing a run in progress, and refuses runs after', async () => {
    const { pool, started } = watchedPool(2)
    await pool.run([sourcesTask(graph, 0, 2)])
    const exits = started.map((worker) => new Promise((resolve) => worker.once('exit', resolve)))
    const running = pool.run([sourcesTask(graph, 0, 300), sourcesTask(graph, 0, 300)])
    await pool.close()
    await expect(running).rejects.toThrow(/closed/)
    await Promise.all(exits)
    await expect(pool.run([sourcesTask(graph, 0, 2)])).rejects.toThrow(/closed/)
  })

  it('does not keep a process alive while idle, though nobody closed it', async () => {
    const api = path.resolve(import.meta.dirname, '..')
    const tsx = createRequire(path.join(api, 'package.json')).resolve('tsx/cli')
    const module = (file: string) => JSON.stringify(pathToFileURL(path.join(api, file)).href)
    const script = path.join(mkdtempSync(path.join(tmpdir(), 'nwa-pool-')), 'idle-pool.mts')
    writeFileSync(
      script,
      [
        `import { allocateShared, buildCsrGraph } from ${module('src/domain/analysis/csr-graph.ts')}`,
        `import { createWorkerPool } from ${module('src/index/analysis/worker-pool.ts')}`,
        `const graph = buildCsrGraph(3, [0, 1], [1, 2], undefined, allocateShared)`,
        `const pool = createWorkerPool(2, { niceness: 0 })`,
        `const tasks = [{ kind: 'sources', graph, sources: Int32Array.of(0), options: {} }] as const`,
        `const [answer] = await pool.run([...tasks])`,
        `console.log((answer as { run: { dependency: Float64Array } }).run.dependency[1])`,
      ].join('\n'),
    )
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [tsx, script], {
        cwd: api,
        timeout: 25_000,
      })
      // From source 0 on the path 0–1–2, the pair (0, 2) goes through 1. And the process ended by itself.
      expect(stdout.trim()).toBe('1')
    } finally {
      rmSync(path.dirname(script), { recursive: true, force: true })
    }
  })
})
