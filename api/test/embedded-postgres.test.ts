import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import { startEmbeddedPostgres } from '../src/store/embedded-postgres.ts'

const isRoot = process.getuid?.() === 0
const quiet = () => undefined

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows as Record<string, unknown>[]
  } finally {
    await client.end()
  }
}

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

/** A folder the postgres user cannot enter, as a checkout under /root is. */
function privateBaseDir() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'netzwerkatlas-private-'))
  fs.chmodSync(root, 0o700)
  cleanups.push(() => fs.rmSync(root, { recursive: true, force: true }))
  return path.join(root, 'var')
}

describe('the embedded database', () => {
  it('refuses a second start on the same DATA_DIR, naming the pid that holds it, and opens again once stopped', async () => {
    const baseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'netzwerkatlas-lock-'))
    fs.chmodSync(baseDir, 0o755)
    cleanups.push(() => fs.rmSync(baseDir, { recursive: true, force: true }))
    const start = () =>
      startEmbeddedPostgres({ baseDir, database: 'atlas', durable: false, log: quiet })

    const first = await start()
    await expect(start()).rejects.toThrow(`DATA_DIR is in use by pid ${process.pid}`)
    expect(await query(first.connectionString(), 'SELECT 1 AS ok')).toEqual([{ ok: 1 }])
    await first.stop()
    const second = await start()
    await second.stop()
  })

  it('refuses an unusable DATA_DIR in one line naming it', async () => {
    await expect(
      startEmbeddedPostgres({ baseDir: '/proc/x', database: 'atlas', durable: false, log: quiet }),
    ).rejects.toThrow(/^DATA_DIR \/proc\/x is unusable: /)
  })
})

describe.skipIf(!isRoot)('the embedded database when running as root', () => {
  it('keeps the data of an unreachable DATA_DIR elsewhere, reuses it on restart, and starts afresh once DATA_DIR is deleted, keeping the old data aside', async () => {
    const baseDir = privateBaseDir()
    const start = () =>
      startEmbeddedPostgres({ baseDir, database: 'atlas', durable: false, log: quiet })

    const first = await start()
    cleanups.push(() => fs.rmSync(path.dirname(first.dataDir), { recursive: true, force: true }))
    expect(first.dataDir.startsWith('/var/lib/netzwerkatlas/')).toBe(true)
    await query(first.connectionString(), 'CREATE TABLE kept (id int); INSERT INTO kept VALUES (1)')
    await first.stop()

    const second = await start()
    expect(await query(second.connectionString(), 'SELECT id FROM kept')).toEqual([{ id: 1 }])
    await second.stop()

    fs.rmSync(baseDir, { recursive: true, force: true })
    const third = await start()
    const tables = await query(third.connectionString(), "SELECT to_regclass('kept') AS kept")
    expect(tables).toEqual([{ kept: null }])
    await third.stop()
    // Never deleted silently: the old database is set aside beside the new one.
    const setAside = fs
      .readdirSync(path.dirname(third.dataDir))
      .filter((name) => name.startsWith('postgres.set-aside-'))
    expect(setAside).toHaveLength(1)
    expect(fs.existsSync(path.join(path.dirname(third.dataDir), setAside[0]!, 'PG_VERSION'))).toBe(
      true,
    )
  })

  it('listens on loopback only and needs the generated password', async () => {
    const baseDir = privateBaseDir()
    const server = await startEmbeddedPostgres({
      baseDir,
      database: 'atlas',
      durable: false,
      log: quiet,
    })
    cleanups.push(() => fs.rmSync(path.dirname(server.dataDir), { recursive: true, force: true }))
    try {
      const url = new URL(server.connectionString())
      expect(url.hostname).toBe('127.0.0.1')
      url.password = 'wrong'
      await expect(query(url.toString(), 'SELECT 1')).rejects.toThrow(
        /password authentication failed/,
      )
      expect(fs.statSync(path.join(baseDir, 'postgres-credentials.json')).mode & 0o077).toBe(0)
    } finally {
      await server.stop()
    }
  })
})
