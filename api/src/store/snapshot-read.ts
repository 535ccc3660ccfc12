/**
 * Reads actors and relationships for the index, fast: at 100k actors and 250k relationships, rows through
 * pg's text protocol cost ~12 s of the only thread (a row object per row, a string per cell, a parser per
 * value). Here PostgreSQL writes each table as JSON, in chunks, on connections of their own (its work runs
 * in its own processes, beside ours), and we parse each chunk with the native JSON.parse.
 *
 * All connections see one moment: the first exports its snapshot, the others import it (SET TRANSACTION
 * SNAPSHOT), so actors, relationships and the data version agree exactly as in one transaction.
 *
 * The records can be saved per database and data version (saved-snapshots.ts, ADR 0008): a restart on
 * unchanged data decodes them from a file (snapshot-codec.ts) and leaves PostgreSQL out of it.
 */
import { createHash } from 'node:crypto'
import type { Actor, Relationship } from '@netzwerkatlas/shared'
import type pg from 'pg'
import { actorFromRow, type ActorRow } from './actor-rows.ts'
import type { Interner } from './interner.ts'
import { relationshipFromRow, type RelationshipRow } from './relationship-rows.ts'
import type { SavedSnapshots } from './saved-snapshots.ts'
import { decodeRecords, encodeRecords } from './snapshot-codec.ts'

/** Records per JSON chunk: big enough that per-row costs vanish, small enough to parse while others arrive. */
const RECORDS_PER_CHUNK = 5_000

/** Timestamps as the row parser gives them (database.ts): ISO 8601 in UTC with milliseconds. */
const isoTimestamp = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${column}`
/** Times as the row parser gives them: hours and minutes. */
const hoursAndMinutes = (column: string) => `to_char(${column}, 'HH24:MI') AS ${column}`

const PROVENANCE_COLUMNS = [
  'dataset_id',
  'source',
  'source_url',
  'source_record_id',
  'licence',
  'attribution',
  'provenance_note',
  'synthetic',
  'last_verified',
]

/** Every column of ActorRow, converted where the JSON form differs from the row parser's (change-read.ts reads the same). */
export const ACTOR_COLUMNS = [
  'id',
  'name',
  'kind',
  'type',
  'description',
  'topics',
  'street',
  'house_number',
  'postcode',
  'city',
  'municipality_ags',
  'district_ags',
  'lon',
  'lat',
  'location_precision',
  'location_source',
  'location_licence',
  'location_attribution',
  'website',
  'contact_email',
  'contact_phone',
  'offers',
  'offers_text',
  'needs',
  'needs_text',
  'founded_year',
  'status',
  'stage',
  'start_date',
  hoursAndMinutes('start_time'),
  'end_date',
  hoursAndMinutes('end_time'),
  ...PROVENANCE_COLUMNS,
  isoTimestamp('created_at'),
  isoTimestamp('updated_at'),
  'version',
]

export const RELATIONSHIP_COLUMNS = [
  'id',
  'source_id',
  'target_id',
  'type',
  'directed',
  'description',
  'since',
  'until',
  'weight',
  'confirmed_by',
  'status',
  ...PROVENANCE_COLUMNS,
  isoTimestamp('created_at'),
  isoTimestamp('updated_at'),
  'version',
]

/** One row per chunk of records in id order, each a JSON array of row objects named like the columns. */
const chunkedJsonQuery = (table: 'actors' | 'relationships', columns: readonly string[]) => `
  SELECT json_agg(row_to_json(r) ORDER BY r.id)::text AS chunk
  FROM (
    SELECT ${columns.join(', ')},
      (row_number() OVER (ORDER BY id) - 1) / ${RECORDS_PER_CHUNK} AS chunk_number
    FROM ${table}
  ) r
  GROUP BY r.chunk_number
  ORDER BY r.chunk_number`

/** Chunks of one table as JSON texts, from a connection that imports the snapshot `snapshotId`. */
async function jsonChunks(pool: pg.Pool, snapshotId: string, query: string): Promise<string[]> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    await client.query(`SET TRANSACTION SNAPSHOT '${snapshotId}'`)
    const { rows } = await client.query<{ chunk: string }>(query)
    await client.query('COMMIT')
    return rows.map(({ chunk }) => chunk)
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

const ACTORS_QUERY = chunkedJsonQuery('actors', ACTOR_COLUMNS)
const RELATIONSHIPS_QUERY = chunkedJsonQuery('relationships', RELATIONSHIP_COLUMNS)

/**
 * Part of every saved snapshot's key: the queries' text, so that a build reading other columns (or the same
 * columns converted otherwise) never decodes chunks saved by another.
 */
const QUERY_IDENTITY = createHash('sha256')
  .update(ACTORS_QUERY)
  .update(RELATIONSHIPS_QUERY)
  .digest('hex')
  .slice(0, 16)

/** Names one moment of one database: what a saved snapshot must match to be used. */
export interface SnapshotMoment {
  databaseId: string
  dataVersion: number
}

function recordsOf(chunks: { actors: string[]; relationships: string[] }, intern: Interner) {
  const actors: Actor[] = []
  const relationships: Relationship[] = []
  for (const chunk of chunks.actors) {
    for (const row of JSON.parse(chunk) as ActorRow[]) actors.push(actorFromRow(row, intern))
  }
  for (const chunk of chunks.relationships) {
    for (const row of JSON.parse(chunk) as RelationshipRow[]) {
      relationships.push(relationshipFromRow(row, intern))
    }
  }
  return { actors, relationships }
}

/**
 * Actors and relationships in id order, as of the exported snapshot `snapshotId` (pg_export_snapshot() of
 * a REPEATABLE READ transaction that stays open until this resolves), which is the moment `moment` names.
 * With `saved`, the chunks saved for this very moment are decoded instead of read (a damaged or missing
 * file falls back to the database), and chunks read are saved for the next start.
 */
export async function readRecordsAsJson(
  pool: pg.Pool,
  snapshotId: string,
  intern: Interner,
  { moment, saved }: { moment: SnapshotMoment; saved?: SavedSnapshots },
) {
  if (!/^[0-9A-F-]+$/i.test(snapshotId)) throw new Error(`not a snapshot id: ${snapshotId}`)
  const key = `${moment.databaseId}/${moment.dataVersion}/${QUERY_IDENTITY}`
  const fromFile = saved?.load(key)
  if (fromFile) {
    try {
      const decoded = decodeRecords(fromFile)
      if (decoded) return { ...decoded, origin: 'saved' as const }
    } catch {
      // Not decodable after all (the checks passed): read from the database below.
    }
  }
  const [actors, relationships] = await Promise.all([
    jsonChunks(pool, snapshotId, ACTORS_QUERY),
    jsonChunks(pool, snapshotId, RELATIONSHIPS_QUERY),
  ])
  const records = recordsOf({ actors, relationships }, intern)
  saved?.save(key, () => encodeRecords(records))
  return { ...records, origin: 'database' as const }
}
