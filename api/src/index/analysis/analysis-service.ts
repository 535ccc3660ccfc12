/**
 * One analysis per data version, off the request path. `onIndex(index)` is the hook for every new index (start-up,
 * a write's index refresh, or a request that sees a newer index than the last analysed): it starts an analysis of
 * that version unless one of it (or a newer one) is done or running. Requests are served from the last finished
 * analysis meanwhile; only before the first one finishes do they wait.
 */
import type { AnalysedNetwork } from '../../domain/analysis/analysed-network.ts'
import { movementOf, type Layout } from '../../domain/analysis/layout.ts'
import { eachInSlices, runBetweenRequests, type Steps } from '../../domain/work-in-slices.ts'
import type { NetworkIndex } from '../network-index.ts'
import { projectedNetworkOnWorker, projectedTiesSteps } from './index-projection.ts'
import { defaultAnalysisSettings, runAnalysis, type AnalysisSettings } from './run-analysis.ts'
import { createWorkerPool, type WorkerPool } from './worker-pool.ts'

interface FinishedAnalysis extends AnalysedNetwork {
  dataVersion: number
  databaseId: string
  /** The index the analysis was computed from: names, places and filters of that same version. */
  index: NetworkIndex
  durationMs: number
  /** The seed Louvain (and the betweenness sample) ran with: the exports name it so a paper can repeat it. */
  seed: number
  layout: Layout
  /** How far the actors kept from the previous version moved (layout.ts movementOf); null on a cold start. */
  layoutMovement: ReturnType<typeof movementOf> | null
}

export interface AnalysisState {
  finished: FinishedAnalysis
  /** A newer data version being analysed now, if any. */
  computingVersion: number | undefined
}

export interface AnalysisService {
  onIndex(index: NetworkIndex): void
  /** The last finished analysis and what is being computed; waits only for the very first analysis. */
  state(): Promise<AnalysisState>
  /**
   * The finished analysis of exactly this index's data version, waiting at most `waitMs` for it (starting it if
   * needed); undefined when it is not done by then. For answers that must match their data version (exports).
   */
  finishedFor(index: NetworkIndex, waitMs: number): Promise<FinishedAnalysis | undefined>
  /** The last finished analysis, of whatever version, without waiting; undefined before the first one. */
  latest(): FinishedAnalysis | undefined
  /** Resolves when no analysis is running (for tests and benchmarks). */
  idle(): Promise<void>
  /** Ends the workers (an analysis in progress is dropped, not reported) and starts no more analyses. */
  close(): Promise<void>
}

interface ServiceOptions {
  settings?: Partial<AnalysisSettings>
  onFinished?: (finished: FinishedAnalysis) => void
  onFailed?: (error: unknown, dataVersion: number) => void
  now?: () => number
  /**
   * After the first analysis, a newer version is analysed once no newer one has come for this long (at most
   * `maxPostponeMs` after it came): a burst of writes makes a version per write, and each run's projection holds
   * the request thread (about 0.1 s at 10k actors), so analysing every one of them slowed every read meanwhile.
   * It counts as computing while it waits. Default 0: at once.
   */
  quietMs?: number
  maxPostponeMs?: number
}

/** Each node's number in the previous analysis (-1 for an actor new since): the layout's warm start. */
function* nodesBefore(
  ids: readonly string[],
  previousNodeOf: ReadonlyMap<string, number> | undefined,
): Steps<Int32Array> {
  const nodes = new Int32Array(ids.length).fill(-1)
  if (!previousNodeOf) return nodes
  yield* eachInSlices(ids, (id, node) => (nodes[node] = previousNodeOf.get(id) ?? -1))
  return nodes
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function createAnalysisService(options: ServiceOptions = {}): AnalysisService {
  const settings = { ...defaultAnalysisSettings, ...options.settings }
  const now = options.now ?? (() => performance.now())
  let finished: FinishedAnalysis | undefined
  let wanted: NetworkIndex | undefined
  let running: Promise<void> | undefined
  let runningVersion: number | undefined
  let firstWaiters: { resolve: (f: FinishedAnalysis) => void; reject: (e: unknown) => void }[] = []
  /** Waiting for one version each (finishedFor); told of every finished analysis. */
  const versionWaiters = new Set<(f: FinishedAnalysis) => void>()
  /** Started at the first analysis and kept: every later analysis runs on warm workers (worker-pool.ts). */
  let pool: WorkerPool | undefined
  let closed = false

  const identity = (index: NetworkIndex) => `${index.databaseId}/${index.dataVersion}`

  async function analyse(index: NetworkIndex): Promise<FinishedAnalysis> {
    const startedAt = now()
    // Off the request thread: the records in slices between requests, the graph on a worker (index-projection.ts).
    const ties = await runBetweenRequests(projectedTiesSteps(index))
    if (closed) throw new Error('the analysis service is closed')
    pool ??= createWorkerPool(settings.workers, { niceness: settings.niceness })
    const network = await projectedNetworkOnWorker(ties, pool)
    const previous = finished
    const previousNodeOf = await runBetweenRequests(nodesBefore(network.ids, previous?.nodeOf))
    const start = previous && {
      x: Float64Array.from(previousNodeOf, (p) => (p >= 0 ? previous.layout.x[p]! : Number.NaN)),
      y: Float64Array.from(previousNodeOf, (p) => (p >= 0 ? previous.layout.y[p]! : Number.NaN)),
    }
    if (closed) throw new Error('the analysis service is closed')
    const { analysis, layout } = await runAnalysis(network, pool, settings, start)
    const layoutMovement = previous ? movementOf(previous.layout, layout, previousNodeOf) : null
    // The geography's names, not meta(): that counts every actor, a per-version cost no analysis needs.
    const districtNames = new Map(index.districts.map((d) => [d.ags, d.name]))
    return {
      dataVersion: index.dataVersion,
      databaseId: index.databaseId,
      index,
      catalog: index,
      districtNameOf: (ags) => districtNames.get(ags),
      network,
      analysis,
      nodeOf: ties.nodeOf,
      durationMs: now() - startedAt,
      seed: settings.seed,
      layout,
      layoutMovement,
    }
  }

  /** Waits while newer versions keep coming (see `quietMs`). */
  async function untilChangesPause(quietMs: number) {
    const until = now() + (options.maxPostponeMs ?? 5_000)
    let seen: NetworkIndex | undefined
    while (wanted !== seen && now() < until) {
      seen = wanted
      runningVersion = wanted?.dataVersion
      await sleep(quietMs)
    }
  }

  async function loop() {
    while (!closed && wanted && (!finished || identity(wanted) !== identity(finished.index))) {
      // Computing from now on, also while waiting for the writes to pause.
      runningVersion = wanted.dataVersion
      // Not before the first analysis: the first readers wait for it.
      if (finished && options.quietMs) await untilChangesPause(options.quietMs)
      const index = wanted
      runningVersion = index.dataVersion
      try {
        finished = await analyse(index)
        options.onFinished?.(finished)
        for (const waiter of firstWaiters) waiter.resolve(finished)
        firstWaiters = []
        for (const waiter of versionWaiters) waiter(finished)
      } catch (error) {
        // Closing ends the workers under a running analysis: that is a shutdown, not a failure.
        if (closed) break
        options.onFailed?.(error, index.dataVersion)
        if (wanted === index) {
          // Not retried for the same version: a failure is logged, the last good analysis stays served.
          for (const waiter of firstWaiters) waiter.reject(error)
          firstWaiters = []
          break
        }
      }
    }
    runningVersion = undefined
    running = undefined
  }

  const isNewer = (index: NetworkIndex) =>
    !wanted || index.databaseId !== wanted.databaseId || index.dataVersion > wanted.dataVersion

  function onIndex(index: NetworkIndex) {
    if (closed || !isNewer(index)) return
    wanted = index
    running ??= loop()
  }

  return {
    onIndex,
    async state() {
      const current =
        finished ??
        (await new Promise<FinishedAnalysis>((resolve, reject) => {
          firstWaiters.push({ resolve, reject })
          if (!running && wanted) running = loop()
        }))
      const computing =
        runningVersion !== undefined && runningVersion !== current.dataVersion
          ? runningVersion
          : undefined
      return { finished: current, computingVersion: computing }
    },
    async finishedFor(index, waitMs) {
      const wantedIdentity = identity(index)
      if (finished && identity(finished.index) === wantedIdentity) return finished
      onIndex(index)
      if (waitMs <= 0) return undefined
      return await new Promise<FinishedAnalysis | undefined>((resolve) => {
        const done = (result: FinishedAnalysis | undefined) => {
          clearTimeout(timer)
          versionWaiters.delete(waiter)
          resolve(result)
        }
        const waiter = (f: FinishedAnalysis) => {
          if (identity(f.index) === wantedIdentity) done(f)
        }
        const timer = setTimeout(() => done(undefined), waitMs)
        versionWaiters.add(waiter)
      })
    },
    latest: () => finished,
    async idle() {
      while (running) await running
    },
    async close() {
      closed = true
      for (const waiter of firstWaiters) waiter.reject(new Error('the analysis service is closed'))
      firstWaiters = []
      await pool?.close()
      pool = undefined
    },
  }
}
