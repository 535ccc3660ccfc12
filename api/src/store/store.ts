/**
 * The store: the only code that speaks SQL, and the truth. Reads load what the index needs; every write runs
 * in one transaction that bumps the data version, records history and notifies other instances on commit.
 */
import { createHash } from 'node:crypto'
import type { DatasetRecords } from '@netzwerkatlas/shared'
import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import type pg from 'pg'
import { actorRepository } from './actor-repository.ts'
import { createDatabase, createPool, type Database } from './database.ts'
import { readChangesSince, type ChangeReadLimits, type ChangesSince } from './change-read.ts'
import { datasetRepository } from './dataset-repository.ts'
import { createInterner } from './interner.ts'
import { relationshipRepository } from './relationship-repository.ts'
import type { SavedSnapshots } from './saved-snapshots.ts'
import { readRecordsAsJson } from './snapshot-read.ts'
import { loggableError } from './loggable-error.ts'
import { migrateToLatest } from './migrate.ts'
import type { WriteContext } from './write-context.ts'
import { listenForDataVersions } from './data-version-listener.ts'

/** PostgreSQL channel that carries the new data version after each committed write. */
const DATA_VERSION_CHANNEL = 'netzwerkatlas_data_version'

export interface Store {
  readonly db: Kysely<Database>
  /** Everything the in-memory index is built from, read in one snapshot. */
  readSnapshot(): Promise<StoreSnapshot>
  dataVersion(): Promise<number>
  /** Which database and data version this is, without reading a snapshot (start-up answers saved bodies by it). */
  identity(): Promise<{ databaseId: string; dataVersion: number }>
  /** The records changed after `servedVersion`, as of one moment (change-read.ts). */
  readChangesSince(servedVersion: number, limits: ChangeReadLimits): Promise<ChangesSince>
  isReachable(): Promise<boolean>
  hasDataset(id: string): Promise<boolean>
  /** Loads a dataset in one transaction; does nothing if it is already there (another instance was faster). */
  importDataset(records: DatasetRecords, changedBy: string): Promise<'imported' | 'already_present'>
  write<T>(
    changedBy: string,
    work: (context: WriteContext) => Promise<T>,
  ): Promise<{ result: T; dataVersion: number }>
  /** Calls `onVersion` with each data version committed by any instance (LISTEN/NOTIFY). */
  listenForDataVersions(
    onVersion: (dataVersion: number) => void,
    onError: (error: Error) => void,
  ): Promise<{ close(): Promise<void> }>
  close(): Promise<void>
}

type StoreSnapshot = Awaited<ReturnType<typeof readSnapshot>>

async function readSnapshot(db: Kysely<Database>, pool: pg.Pool, saved?: SavedSnapshots) {
  // REPEATABLE READ: actors, relationships and version come from the same moment, which this transaction
  // exports to the connections that read the records (snapshot-read.ts).
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (tx) => {
      const { rows } = await sql<{ id: string }>`SELECT pg_export_snapshot() AS id`.execute(tx)
      const moment = {
        databaseId: await databaseIdentity(tx),
        dataVersion: await currentVersion(tx),
      }
      const [records, datasets] = await Promise.all([
        readRecordsAsJson(pool, rows[0]!.id, createInterner(), { moment, saved }),
        datasetRepository.findAll(tx),
      ])
      return { ...moment, ...records, datasets }
    })
}

/**
 * Names this database: the random id made at initialisation, and the database's oid, because a database
 * created from another as its template (tests, a copied staging database) inherits the random id.
 */
async function databaseIdentity(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ id: string; oid: string }>`
    SELECT i.id::text AS id, d.oid::text AS oid
    FROM database_identity i, pg_database d
    WHERE d.datname = current_database()`.execute(db)
  const [row] = rows
  if (!row) throw new Error('database_identity has no row: migration 0002 did not run')
  return createHash('sha256').update(`${row.id}/${row.oid}`).digest('hex').slice(0, 16)
}

async function currentVersion(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('data_version').select('version').executeTakeFirstOrThrow()
  return row.version
}

export interface StoreOptions {
  connectionString: string
  onPoolError: (error: Error) => void
  /** Where snapshots are saved between starts (DATA_DIR/snapshots); without it they are always read. */
  savedSnapshots?: SavedSnapshots
}

/** Connects and migrates to the latest schema. */
export async function openStore({
  connectionString,
  onPoolError,
  savedSnapshots,
}: StoreOptions): Promise<Store> {
  const pool: pg.Pool = createPool(connectionString, (error) => onPoolError(loggableError(error)))
  const db = createDatabase(pool)
  await migrateToLatest(db)
  const write: Store['write'] = (changedBy, work) =>
    db.transaction().execute(async (tx) => {
      const { version } = await tx
        .updateTable('data_version')
        .set((eb) => ({ version: eb('version', '+', 1) }))
        .returning('version')
        .executeTakeFirstOrThrow()
      const result = await work({ tx, changedBy, dataVersion: version })
      await sql`SELECT pg_notify(${DATA_VERSION_CHANNEL}, ${String(version)})`.execute(tx)
      return { result, dataVersion: version }
    })

  return {
    db,
    readSnapshot: () => readSnapshot(db, pool, savedSnapshots),
    dataVersion: () => currentVersion(db),
    identity: async () => ({
      databaseId: await databaseIdentity(db),
      dataVersion: await currentVersion(db),
    }),
    readChangesSince: (servedVersion, limits) =>
      db
        .transaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute((tx) => readChangesSince(tx, servedVersion, limits)),
    async isReachable() {
      // A health check must answer quickly even when the database hangs.
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<false>(
        (resolve) => (timer = setTimeout(() => resolve(false), 2_000)),
      )
      const probe = sql`SELECT 1`.execute(db).then(
        () => true,
        () => false,
      )
      const isReachable = await Promise.race([probe, timeout])
      clearTimeout(timer)
      return isReachable
    },
    hasDataset: (id) => datasetRepository.exists(db, id),
    write,
    async importDataset(records, changedBy) {
      // The row lock on data_version (taken first in write) serialises concurrent imports.
      const { result } = await write(changedBy, async (context) => {
        if (await datasetRepository.exists(context.tx, records.dataset.id))
          return 'already_present' as const
        await datasetRepository.insert(context, records.dataset, records.parameters ?? {})
        await actorRepository.insertMany(context, records.actors)
        await relationshipRepository.insertMany(context, records.relationships)
        return 'imported' as const
      })
      return result
    },
    listenForDataVersions: (onVersion, onError) =>
      listenForDataVersions({
        connectionString,
        channel: DATA_VERSION_CHANNEL,
        onVersion,
        onError,
      }),
    close: () => db.destroy(),
  }
}
