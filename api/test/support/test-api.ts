/**
 * A real API for one test: a fresh PostgreSQL database (migrated), the given datasets imported through the
 * store, the index built from it, and the Hono app to call with `app.request()`.
 */
import { loadGazetteer } from '@netzwerkatlas/data/geo'
import type { DatasetRecords } from '@netzwerkatlas/shared'
import pino, { type Logger } from 'pino'
import { createApp, responseBodiesFor } from '../../src/app.ts'
import { keptBodyAnswersOf } from '../../src/http/kept-body-answers.ts'
import { createAnalysisService } from '../../src/index/analysis/analysis-service.ts'
import { readMapGeodata } from '../../src/basemap-files.ts'
import { parseConfig } from '../../src/config.ts'
import { geographyOf } from '../../src/geography.ts'
import { createIndexHolder } from '../../src/index/index-holder.ts'
import { createIndexRefresher } from '../../src/index/index-refresh.ts'
import { createIndexUpdate } from '../../src/index/index-update.ts'
import { createWriteDependencies } from '../../src/routes/write-dependencies.ts'
import { buildNetworkIndex } from '../../src/index/network-index.ts'
import { openStore } from '../../src/store/store.ts'
import { createTestDatabase } from './test-database.ts'

// eslint-disable-next-line n/no-process-env -- tests honour the same GEO_DIR override as the app
const testEnv = { ...process.env }

function parseConfigOrThrow(env: Record<string, string | undefined>) {
  const result = parseConfig(env)
  if (!result.ok) throw new Error(result.problems.join('\n'))
  return result.config
}

export const testConfig = parseConfigOrThrow(testEnv)

export const gazetteer = loadGazetteer(testConfig.geoDir)

const mapGeodata = readMapGeodata(testConfig.geoDir)

export function startTestApi(...datasets: DatasetRecords[]) {
  return startTestApiWith({}, ...datasets)
}

export interface TestApiOptions {
  /** Environment variables over the test configuration (e.g. RATE_LIMITS). */
  env?: Record<string, string>
  logger?: Logger
}

export async function startTestApiWith(
  { env, logger }: TestApiOptions,
  ...datasets: DatasetRecords[]
) {
  const config = env ? parseConfigOrThrow({ ...testEnv, ...env }) : testConfig
  const testLogger = logger ?? pino({ level: 'silent' })
  const database = await createTestDatabase()
  const store = await openStore({
    connectionString: database.connectionString,
    onPoolError: () => undefined,
  })
  for (const records of datasets) await store.importDataset(records, 'test:seed')
  const geography = geographyOf(gazetteer)
  const indexHolder = createIndexHolder(buildNetworkIndex(await store.readSnapshot(), geography))
  const indexRefresher = createIndexRefresher({
    holder: indexHolder,
    buildIndex: createIndexUpdate({
      store,
      geography,
      logger: testLogger,
    }),
    onError: (error) => console.error('index rebuild failed', error),
  })
  const bodies = responseBodiesFor(config)
  // Closed with the API: its kept workers would otherwise outlive the test file while they analyse.
  const analysis = createAnalysisService()
  const app = createApp({
    analysis,
    bodies,
    config,
    indexHolder,
    isDatabaseReachable: () => store.isReachable(),
    logger: testLogger,
    mapGeodata,
    writes: createWriteDependencies(store, indexRefresher, config.login),
  })
  return {
    app,
    /** What the server answers from kept bodies before the app (pass it to serveOnPort). */
    answerKeptBody: keptBodyAnswersOf(config, { bodies, indexHolder, logger: testLogger }),
    config,
    store,
    indexHolder,
    indexRefresher,
    /** After writing through the store directly, rebuild the index as a committed write would. */
    async rebuildIndex() {
      indexHolder.replace(buildNetworkIndex(await store.readSnapshot(), geography))
    },
    async close() {
      await analysis.close()
      await store.close()
      await database.drop()
    },
  }
}

export type TestApi = Awaited<ReturnType<typeof startTestApi>>
