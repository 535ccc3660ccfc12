/**
 * The analysis workers, kept for as long as their owner (the analysis service: the server's lifetime). They start
 * on first use and every later analysis reuses them: a fresh pool per analysis ran every analysis on a cold JIT
 * (from source, with a TypeScript compile first), about 10 % slower at 10k actors (ADR 0021).
 *
 * While idle the workers are unref'd, so a pool nobody closed (a test's app, a script) does not keep the process
 * alive; while they work they are ref'd, so a script awaiting an analysis does not exit under it. A worker that
 * dies fails the run it was working on and is replaced at the next run.
 */
import type { Worker } from 'node:worker_threads'
import { startAnalysisWorker, type AnalysisWorkerData } from './worker-entry.ts'
import type { WorkerAnswer, WorkerTask } from './worker-tasks.ts'

export type TaskBody = WorkerTask extends infer T
  ? T extends WorkerTask
    ? Omit<T, 'id'>
    : never
  : never

export interface WorkerPool {
  /**
   * Runs the tasks on the workers as they become free, answers in task order. Runs take turns: a second run
   * starts when the first has ended. A failed task fails the run.
   */
  run(tasks: TaskBody[]): Promise<WorkerAnswer[]>
  /** Ends the workers; a run in progress fails, later runs are refused. */
  close(): Promise<void>
}

/** What the workers' events are passed to while a run goes on. */
interface CurrentRun {
  answer(slot: number, answer: WorkerAnswer): void
  exited(slot: number, error: Error): void
  abort(error: Error): void
}

export function createWorkerPool(
  count: number,
  workerData?: AnalysisWorkerData,
  /** Starts one worker; a test passes its own to see (and kill) the pool's threads. */
  startWorker: (data?: AnalysisWorkerData) => Worker = startAnalysisWorker,
): WorkerPool {
  const size = Math.max(1, count)
  const workers: (Worker | undefined)[] = Array.from({ length: size }, () => undefined)
  let closed = false
  let current: CurrentRun | undefined
  let turn: Promise<unknown> = Promise.resolve()

  function workerAt(slot: number): Worker {
    const kept = workers[slot]
    if (kept) return kept
    const worker = startWorker(workerData)
    workers[slot] = worker
    let failure: Error | undefined
    // An 'error' is followed by 'exit'; without a listener it would be thrown on this thread.
    worker.on('error', (error) => (failure = error))
    worker.on('message', (answer: WorkerAnswer) => {
      if (workers[slot] === worker) current?.answer(slot, answer)
    })
    worker.on('exit', (code) => {
      // A worker the pool let go of itself (terminated after a failed run, or closed) is no news.
      if (workers[slot] !== worker) return
      workers[slot] = undefined
      current?.exited(slot, failure ?? new Error(`analysis worker exited with ${code}`))
    })
    return worker
  }

  function execute(tasks: TaskBody[]): Promise<WorkerAnswer[]> {
    return new Promise((resolve, reject) => {
      if (closed) return reject(new Error('the analysis worker pool is closed'))
      const answers: WorkerAnswer[] = []
      if (tasks.length === 0) return resolve(answers)
      let next = 0
      let pending = tasks.length
      const busy: boolean[] = Array.from({ length: size }, () => false)
      const finish = (error?: Error) => {
        if (current !== run) return
        current = undefined
        for (let slot = 0; slot < size; slot++) {
          const worker = workers[slot]
          if (!worker) continue
          if (error && busy[slot]) {
            // Its answer would come during the next run and be taken for one of that run's tasks.
            workers[slot] = undefined
            void worker.terminate()
          } else {
            worker.unref()
          }
        }
        if (error) reject(error)
        else resolve(answers)
      }
      const feed = (slot: number) => {
        busy[slot] = next < tasks.length
        if (!busy[slot]) return
        const id = next++
        workerAt(slot).postMessage({ ...tasks[id], id })
      }
      const run: CurrentRun = {
        answer(slot, answer) {
          busy[slot] = false
          if (answer.kind === 'failed') return finish(new Error(answer.message))
          answers[answer.id] = answer
          pending -= 1
          if (pending === 0) finish()
          else feed(slot)
        },
        exited(slot, error) {
          if (!busy[slot]) return
          busy[slot] = false
          finish(error)
        },
        abort: (error) => finish(error),
      }
      current = run
      for (let slot = 0; slot < size; slot++) {
        workerAt(slot).ref()
        feed(slot)
      }
    })
  }

  return {
    run(tasks) {
      const result = turn.then(() => execute(tasks))
      turn = result.catch(() => undefined)
      return result
    },
    async close() {
      closed = true
      const running = workers.filter((worker) => worker !== undefined)
      workers.fill(undefined)
      current?.abort(new Error('the analysis worker pool was closed during a run'))
      await Promise.all(running.map((worker) => worker.terminate()))
    },
  }
}
