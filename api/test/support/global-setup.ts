/**
 * One PostgreSQL server for the whole run: an embedded one in a temporary folder, or the server in
 * DATABASE_URL (CI's second pass against Debian's PostgreSQL 15). A migrated template database lets every test
 * get a fresh, migrated database in milliseconds.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { startEmbeddedPostgres, type RunningPostgres } from '../../src/store/embedded-postgres.ts'
import { openStore } from '../../src/store/store.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string
    templateDatabase: string
  }
}

let embedded: RunningPostgres | undefined
let baseDir: string | undefined
let templateDatabase: string | undefined

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
  templateDatabase = `nwa_template_${process.pid}`
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
}

export async function teardown() {
  if (embedded) {
    await embedded.stop()
    fs.rmSync(baseDir!, { recursive: true, force: true })
    fs.rmSync(embedded.dataDir, { recursive: true, force: true })
    return
  }
  // eslint-disable-next-line n/no-process-env -- see setup
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await admin.connect()
  const { rows } = await admin.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname LIKE 'nwa_%'",
  )
  for (const { datname } of rows)
    await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`)
  await admin.end()
}
