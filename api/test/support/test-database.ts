/** A fresh, migrated, empty database for one test, copied from the run's template database. */
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'

export interface TestDatabase {
  connectionString: string
  drop(): Promise<void>
}

async function asAdmin(statement: string) {
  const admin = new pg.Client({ connectionString: inject('serverUrl') })
  await admin.connect()
  try {
    await admin.query(statement)
  } finally {
    await admin.end()
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `${inject('databasePrefix')}test_${randomBytes(6).toString('hex')}`
  await asAdmin(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`)
  const url = new URL(inject('serverUrl'))
  url.pathname = `/${name}`
  return {
    connectionString: url.toString(),
    // A plain DROP first: it stops an autovacuum worker on the database itself, where FORCE fails without
    // superuser rights ("must be a member of the role whose process is being terminated", seen on PostgreSQL
    // 15 in CI); FORCE only for a session a test left open.
    drop: () =>
      asAdmin(`DROP DATABASE IF EXISTS ${name}`).catch(() =>
        asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      ),
  }
}
