/**
 * Real server processes on one PostgreSQL database: a write through one instance is served by another within
 * a second (LISTEN/NOTIFY), and a server killed with SIGKILL in the middle of writes loses no acknowledged
 * write and leaves none half-applied.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Actor, SessionResponse } from '@netzwerkatlas/shared'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStore, type Store } from '../src/store/store.ts'
import { createUser, TEST_PASSWORD } from './support/accounts.ts'
import { runServer, type ServerProcess } from './support/server-process.ts'
import { createTestDatabase, type TestDatabase } from './support/test-database.ts'

// eslint-disable-next-line n/no-process-env -- the children get our environment with their own database
const environment = { ...process.env }

let database: TestDatabase
let store: Store
const dataDirs: string[] = []
const servers: ServerProcess[] = []

function start(): Promise<ServerProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'netzwerkatlas-writes-'))
  dataDirs.push(dataDir)
  return runServer({
    ...environment,
    DATABASE_URL: database.connectionString,
    DATA_DIR: dataDir,
    DATASETS: 'press-release',
    RATE_LIMITS: 'off',
  }).then((server) => {
    servers.push(server)
    return server
  })
}

async function signInOver(url: string, email: string) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  })
  expect(response.status).toBe(200)
  const session = (await response.json()) as SessionResponse
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!
  return { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': session.csrfToken }
}

beforeAll(async () => {
  database = await createTestDatabase()
  store = await openStore({ connectionString: database.connectionString, onPoolError: () => {} })
  await createUser({ store }, 'koordination@example.org', 'coordinator')
})
afterAll(async () => {
  for (const server of servers) if (server.child.exitCode === null) await server.stop('SIGKILL')
  await store.close()
  await database.drop()
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true })
})

describe('several API processes on one database', () => {
  it('serves a write through the first instance from the second within a second', async () => {
    const [first, second] = await Promise.all([start(), start()])
    const headers = await signInOver(first.url, 'koordination@example.org')
    const created = await fetch(`${first.url}/api/actors`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        name: 'Demo-Über zwei Instanzen',
        kind: 'organisation',
        type: 'network',
      }),
    })
    expect(created.status).toBe(201)
    const committedAt = performance.now()
    const { id } = (await created.json()) as Actor
    let status = 0
    while (performance.now() - committedAt < 1_000) {
      status = (await fetch(`${second.url}/api/actors/${id}`)).status
      if (status === 200) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(status).toBe(200)
    await Promise.all([first.stop(), second.stop()])
  }, 120_000)

  it('keeps every acknowledged write and none half-applied when the server is killed mid-write', async () => {
    const server = await start()
    const headers = await signInOver(server.url, 'koordination@example.org')
    const acknowledged = new Map<string, number>()
    let isKilled = false
    const writer = async (n: number) => {
      for (let round = 0; !isKilled; round++) {
        try {
          const response = await fetch(`${server.url}/api/actors`, {
            method: 'POST',
            headers,
            body: JSON.stringify({
              name: `Demo-Absturz ${n}-${round}`,
              kind: 'organisation',
              type: 'network',
            }),
          })
          if (response.status !== 201) return
          acknowledged.set(((await response.json()) as Actor).id, 1)
        } catch {
          return // the server is gone
        }
      }
    }
    const writers = Array.from({ length: 8 }, (_, n) => writer(n))
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    isKilled = true
    await server.stop('SIGKILL')
    await Promise.all(writers)
    expect(acknowledged.size).toBeGreaterThan(0)

    const restarted = await start()
    const { rows } = await sql<{ id: string; histories: number }>`
      SELECT a.id, (SELECT count(*)::int FROM history h WHERE h.entity_id = a.id) AS histories
      FROM actors a WHERE a.name LIKE 'Demo-Absturz %'`.execute(store.db)
    const stored = new Set(rows.map((row) => row.id))
    for (const id of acknowledged.keys()) expect(stored.has(id)).toBe(true)
    // Nothing half-applied: each stored actor has exactly its create entry, and every entry its actor.
    expect(rows.every((row) => row.histories === 1)).toBe(true)
    const orphans = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM history h WHERE h.entity_type = 'actor'
        AND NOT EXISTS (SELECT 1 FROM actors a WHERE a.id = h.entity_id)`.execute(store.db)
    expect(orphans.rows[0]!.n).toBe(0)
    for (const id of acknowledged.keys()) {
      expect((await fetch(`${restarted.url}/api/actors/${id}`)).status).toBe(200)
    }
    await restarted.stop()
  }, 180_000)
})
