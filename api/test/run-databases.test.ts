import pg from 'pg'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { dropRunDatabases } from './support/run-databases.ts'

const serverUrl = inject('serverUrl')
// A prefix inside this run's own, so the other test files' databases stay untouched.
const prefix = `${inject('databasePrefix')}probe_`
const ours = [`${prefix}a`, `${prefix}b`]
// Another run's databases: one with a different prefix, one that only LIKE's `_` wildcard would match.
const theirs = [`nwa_otherrun_${Date.now()}`, `${prefix.slice(0, -1)}x1`]

async function admin<T>(work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

async function existing(names: string[]) {
  return admin(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname = ANY($1)',
      [names],
    )
    return rows.map((row) => row.datname).sort()
  })
}

afterAll(() =>
  admin(async (client) => {
    for (const name of theirs) await client.query(`DROP DATABASE IF EXISTS ${name}`)
  }),
)

describe('test databases on a shared server', () => {
  it("drops the databases named with this run's prefix and leaves every other one", async () => {
    await admin(async (client) => {
      for (const name of [...ours, ...theirs]) await client.query(`CREATE DATABASE ${name}`)
    })
    await dropRunDatabases(serverUrl, prefix)
    expect(await existing(ours)).toEqual([])
    expect(await existing(theirs)).toEqual([...theirs].sort())
  })
})
