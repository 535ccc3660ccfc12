/**
 * A real API for one test: a fresh PostgreSQL database (migrated), the given datasets imported through the
 * store, the index built from it, and the Hono app to call with `app.request()`.
 */
import { loadGazetteer } from '@netzwerkatlas/data/geo'
import type { DatasetRecords } from '@netzwerkatlas/shared'
import pino from 'pino'
import { createApp } from '../../src/app.ts'
import { parseConfig } from '../../src/config.ts'
import { geographyOf } from '../../src/geography.ts'
import { createIndexHolder } from '../../src/index/index-holder.ts'
import { buildNetworkIndex } from '../../src/index/network-index.ts'
import { openStore } from '../../src/store/store.ts'
import { createTestDatabase } from './test-database.ts'

// eslint-disable-next-line n/no-process-env -- tests honour the same GEO_DIR override as the app
const configResult = parseConfig(process.env)
if (!configResult.ok) throw new Error(configResult.problems.join('\n'))
export const testConfig = configResult.config

export const gazetteer = loadGazetteer(testConfig.geoDir)

export async function startTestApi(...datasets: DatasetRecords[]) {
  const database = await createTestDatabase()
  const store = await openStore({
    connectionString: database.connectionString,
    onPoolError: () => undefined,
  })
  for (const records of datasets) await store.importDataset(records, 'test:seed')
  const geography = geographyOf(gazetteer)
  const indexHolder = createIndexHolder(buildNetworkIndex(await store.readSnapshot(), geography))
  const app = createApp({
    config: testConfig,
    indexHolder,
    isDatabaseReachable: () => store.isReachable(),
    logger: pino({ level: 'silent' }),
  })
  return {
    app,
    store,
    /** After writing through the store directly, rebuild the index as a committed write would. */
    async rebuildIndex() {
      indexHolder.replace(buildNetworkIndex(await store.readSnapshot(), geography))
    },
    async close() {
      await store.close()
      await database.drop()
    },
  }
}

export type TestApi = Awaited<ReturnType<typeof startTestApi>>
