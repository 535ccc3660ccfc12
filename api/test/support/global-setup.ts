/**
 * One PostgreSQL server for the whole run: an embedded one in a temporary folder, or the server in
 * DATABASE_URL (CI's second pass against Debian's PostgreSQL 15). A migrated template database lets every test
 * get a fresh, migrated database in milliseconds. Every database of the run starts with the run's prefix, and
 * only those are dropped at the end: a shared server may hold other runs' databases.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { startEmbeddedPostgres, type RunningPostgres } from '../../src/store/embedded-postgres.ts'
import { openStore } from '../../src/store/store.ts'
import { dropRunDatabases } from './run-databases.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string
    templateDatabase: string
    databasePrefix: string
  }
}

let embedded: RunningPostgres | undefined
let baseDir: string | undefined
let templateDatabase: string | undefined
let databasePrefix: string | undefined

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

export async function setup(project: TestProject) {
  // eslint-disable-next-line n/no-process-env -- the test run follows the production switch
  let serverUrl = process.env.DATABASE_URL
  if (!serverUrl) {
    baseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'netzwerkatlas-test-'))
    fs.chmodSync(baseDir, 0o755) // the postgres user must reach it when tests run as root
    embedded = await startEmbeddedPostgres({
      baseDir,
      database: 'postgres',
      durable: false,
      log: () => undefined,
    })
    serverUrl = embedded.connectionString('postgres')
  }
  // eslint-disable-next-line n/no-process-env -- set by scripts/test-postgres15.mjs, which cleans up after us
  databasePrefix = process.env.TEST_DATABASE_PREFIX ?? `nwa_${randomBytes(4).toString('hex')}_`
  if (!/^nwa_[a-z0-9_]+_$/.test(databasePrefix)) {
    throw new Error(
      `TEST_DATABASE_PREFIX must look like nwa_<letters, digits>_, not ${databasePrefix}`,
    )
  }
  templateDatabase = `${databasePrefix}template`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${templateDatabase}`)
  await admin.end()
  const store = await openStore({
    connectionString: withDatabase(serverUrl, templateDatabase),
    onPoolError: () => undefined,
  })
  await store.close()
  project.provide('serverUrl', serverUrl)
  project.provide('templateDatabase', templateDatabase)
  project.provide('databasePrefix', databasePrefix)
}

export async function teardown() {
  if (embedded) {
    await embedded.stop()
    fs.rmSync(baseDir!, { recursive: true, force: true })
    fs.rmSync(embedded.dataDir, { recursive: true, force: true })
    return
  }
  // eslint-disable-next-line n/no-process-env -- see setup
  if (databasePrefix) await dropRunDatabases(process.env.DATABASE_URL!, databasePrefix)
}
