/**
 * Brings the API up: database (embedded or DATABASE_URL), migrations, first-start datasets, the app, and then
 * the index, which the app waits for where it must (ADR 0016; `indexed` says when it is there).
 * Used by server.ts (the process entry) and by the benchmarks; returns a handle to stop it all again.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadGazetteer } from '@netzwerkatlas/data/geo'
import type { Logger } from 'pino'
import { createApp, responseBodiesFor } from './app.ts'
import { readMapGeodata } from './basemap-files.ts'
import type { Config } from './config.ts'
import { loadMissingDatasets } from './datasets/load-datasets.ts'
import { createIndexHolder } from './index/index-holder.ts'
import { createIndexRefresher, type IndexRefresher } from './index/index-refresh.ts'
import { createIndexUpdate, createSnapshotRebuild } from './index/index-update.ts'
import { createWriteDependencies } from './routes/write-dependencies.ts'
import { geographyOf } from './geography.ts'
import { createAnalysisService, type AnalysisService } from './index/analysis/analysis-service.ts'
import { buildNetworkIndexBetweenRequests, type NetworkIndex } from './index/network-index.ts'
import { bodyFormatIdentity } from './http/caching.ts'
import { keptBodyAnswersOf, type KeptBodyAnswer } from './http/kept-body-answers.ts'
import { savedBodiesIn } from './http/saved-bodies.ts'
import { savedTextIndexesIn } from './index/saved-text-indexes.ts'
import { startEmbeddedPostgres, type RunningPostgres } from './store/embedded-postgres.ts'
import { savedSnapshotsIn } from './store/saved-snapshots.ts'
import { openStore, type Store } from './store/store.ts'

export interface RunningApi {
  app: ReturnType<typeof createApp>
  /** Answers repeated public reads from kept bytes before the app (kept-body-answers.ts); false: ask the app. */
  answerKeptBody: KeptBodyAnswer
  store: Store
  /** Call `analysis.onIndex(index)` with every new index (after a write) to analyse its data version. */
  analysis: AnalysisService
  /** Tells of every new index after a write here or elsewhere (the analysis listens, issue 8). */
  indexRefresher: Pick<IndexRefresher, 'onIndex'>
  /**
   * Resolves when the first index is built and served. The app answers before (start-up-gate.ts, ADR 0016):
   * open the port at once, and treat a rejection as a failed start.
   */
  indexed: Promise<void>
  /** Ends the analysis workers, closes the database pool and stops the embedded database, if any. */
  close(): Promise<void>
}

export interface StartApiOptions {
  /** The embedded database died and could not be restarted. Default: log it and exit with 1. */
  onDatabaseLost?: (error: Error) => void
  /**
   * How a write reaches the served index: `incremental` (the default, index-update.ts) or `snapshot`, the full
   * rebuild from a fresh snapshot it replaced, kept as the bench's baseline (ADR 0015).
   */
  indexUpdates?: 'incremental' | 'snapshot'
}

export async function startApi(
  config: Config,
  logger: Logger,
  {
    onDatabaseLost = exitOnDatabaseLost(logger),
    indexUpdates = 'incremental',
  }: StartApiOptions = {},
): Promise<RunningApi> {
  let embedded: RunningPostgres | undefined
  if (!config.databaseUrl) {
    embedded = await startEmbeddedPostgres({
      baseDir: config.dataDir,
      database: 'netzwerkatlas',
      durable: true,
      log: (level, message) => logger[level](message),
      onGiveUp: onDatabaseLost,
    })
  }
  try {
    const store = await openStore({
      connectionString: config.databaseUrl ?? embedded!.connectionString(),
      onPoolError: (error) => logger.warn({ err: error }, 'idle database connection failed'),
      savedSnapshots: savedSnapshotsIn(path.join(config.dataDir, 'snapshots')),
    })
    const gazetteer = loadGazetteer(config.geoDir)
    await loadMissingDatasets(store, { gazetteer, config }, logger)
    // Read before the listener starts and the snapshot is taken: saved bodies of this version answer meanwhile.
    const startingVersion = await store.identity()

    const geography = geographyOf(gazetteer)
    const savedTextIndexes = savedTextIndexesIn(path.join(config.dataDir, 'text-index'))
    const indexHolder = createIndexHolder()
    const analysis = createAnalysisService({
      // One analysis per pause in the writes, not one per write (the bench writes suite: reads during writes).
      quietMs: ANALYSIS_QUIET_MS,
      onFinished: ({ dataVersion, durationMs, analysis: { figures } }) =>
        logger.info(
          { dataVersion, durationMs: Math.round(durationMs), ...figures },
          'network analysed',
        ),
      onFailed: (error, dataVersion) =>
        logger.error({ err: error, dataVersion }, 'network analysis failed'),
    })
    const indexRefresher = createIndexRefresher({
      holder: indexHolder,
      buildIndex: (indexUpdates === 'incremental' ? createIndexUpdate : createSnapshotRebuild)({
        store,
        geography,
        logger,
        savedTextIndexes,
      }),
      onError: (error) => logger.error({ err: error }, 'rebuilding the index failed'),
    })
    // Every new index (a write here or on another instance) gets its analysis.
    indexRefresher.onIndex((next) => analysis.onIndex(next))
    // Versions committed by other instances on the same database (and our own, harmlessly). Listening starts
    // before the first snapshot, so no version committed meanwhile is missed; it is applied once that is built.
    const listener = await store.listenForDataVersions(
      (version) => void indexHolder.ready().then(() => indexRefresher.refreshTo(version)),
      (error) => logger.warn({ err: error }, 'data version listener lost its connection'),
    )
    const bodies = responseBodiesFor(config, savedBodiesOf(config.dataDir))
    const app = createApp({
      analysis,
      config,
      indexHolder,
      startingVersion,
      isDatabaseReachable: async () => (embedded?.isRunning() ?? true) && store.isReachable(),
      logger,
      mapGeodata: readMapGeodata(config.geoDir),
      bodies,
      writes: createWriteDependencies(store, indexRefresher, config.login),
    })
    const answerKeptBody = keptBodyAnswersOf(config, { bodies, indexHolder, logger })

    const indexed = (async () => {
      const snapshotStartedAt = performance.now()
      const snapshot = await store.readSnapshot()
      const indexStartedAt = performance.now()
      // In steps, answering the requests that queue up meanwhile (the saved reads among them) in between.
      const index = await buildNetworkIndexBetweenRequests(snapshot, geography, {
        savedTextIndexes,
        textIndex: 'on first use',
      })
      logger.info(
        {
          snapshotMs: Math.round(indexStartedAt - snapshotStartedAt),
          durationMs: Math.round(performance.now() - indexStartedAt),
          snapshot: snapshot.origin,
        },
        'index built',
      )
      indexHolder.replace(index)
      prepareTextIndexSoon(index, logger)
      analyseSoon(analysis, index)
    })()
    // Until the caller looks at it (server.ts, after the port opens), a failure must not go unhandled.
    indexed.catch(() => undefined)
    return {
      app,
      answerKeptBody,
      store,
      analysis,
      indexRefresher,
      indexed,
      async close() {
        // First: its workers are the only threads that would keep an exiting process busy.
        await analysis.close()
        await listener.close()
        await store.close()
        await embedded?.stop()
      },
    }
  } catch (error) {
    await embedded?.stop()
    throw error
  }
}

/**
 * The text index is left out of the start (it is the largest part of the index); it is made just after the
 * port opens, in slices between requests, unless a search comes first and makes it at once.
 */
function prepareTextIndexSoon(index: NetworkIndex, logger: Logger) {
  setTimeout(() => {
    const startedAt = performance.now()
    index.prepareTextIndex().then(
      () => {
        const durationMs = Math.round(performance.now() - startedAt)
        logger.info({ durationMs, origin: index.textIndexOrigin }, 'text index ready')
      },
      (error: unknown) =>
        logger.warn({ err: error }, 'text index not prepared; the first search makes it'),
    )
  }, TEXT_INDEX_DELAY_MS).unref()
}

/** Long enough for the web app's first requests after the port opens, short enough to be ready for a search. */
const TEXT_INDEX_DELAY_MS = 1_500

/**
 * The analysis (its projection alone takes seconds at 100k actors on this thread) starts after the first
 * answers, not before them; a route that needs it meanwhile starts it itself (`analysis.onIndex`) and waits.
 */
function analyseSoon(analysis: AnalysisService, index: NetworkIndex) {
  setTimeout(() => analysis.onIndex(index), ANALYSIS_DELAY_MS).unref()
}

/** After the text index's first slices; the map and the list never wait for the analysis. */
const ANALYSIS_DELAY_MS = 3_000

/** A pause in the writes this long starts the analysis of the newest version (analysis-service.ts quietMs). */
const ANALYSIS_QUIET_MS = 300

/**
 * Bodies are saved only by the built server (dist/server.mjs), named by the response format they have
 * (`bodyFormatIdentity`): a rebuild that leaves the format alone keeps them, so the first start after it is as
 * quick as the next. Run from sources (tsx), where code changes between starts, none are saved.
 */
function savedBodiesOf(dataDir: string) {
  if (!fileURLToPath(import.meta.url).endsWith('.mjs')) return undefined
  return savedBodiesIn(path.join(dataDir, 'bodies'), bodyFormatIdentity())
}

/** Without its database the service cannot be ready again: exit, so that a supervisor restarts it whole. */
const exitOnDatabaseLost = (logger: Logger) => (error: Error) => {
  logger.fatal({ err: error }, 'the embedded database is gone and could not be restarted; exiting')
  process.exit(1)
}
