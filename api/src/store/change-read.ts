/**
 * What changed since a data version the index serves: the records named by the history entries of every later
 * version, read as they are now, in one REPEATABLE READ transaction with the data version they belong to. The
 * index patches its previous records with them (index/index-update.ts) instead of reading a whole snapshot.
 *
 * The rows are read with the very columns and conversions of the snapshot read (snapshot-read.ts), so a patched
 * record is exactly the record a fresh snapshot would hold.
 */
import type { Actor, DatasetSummary, Relationship } from '@netzwerkatlas/shared'
import { sql, type Transaction } from 'kysely'
import { actorFromRow, type ActorRow } from './actor-rows.ts'
import type { Database } from './database.ts'
import { datasetRepository } from './dataset-repository.ts'
import { createInterner } from './interner.ts'
import { relationshipFromRow, type RelationshipRow } from './relationship-rows.ts'
import { ACTOR_COLUMNS, RELATIONSHIP_COLUMNS } from './snapshot-read.ts'

export type ChangesSince =
  | {
      kind: 'changes'
      dataVersion: number
      /** The changed records as they are now (any status), in id order. */
      actors: Actor[]
      relationships: Relationship[]
      /** Named by history but no longer stored (nothing deletes today; a merge might one day). */
      removedActorIds: string[]
      removedRelationshipIds: string[]
      /**
       * Every dataset with its counts, read only when one appeared that the index does not know (the
       * contributions dataset comes with the first entry, without history); otherwise the index counts.
       */
      datasets: DatasetSummary[] | undefined
    }
  /** The incremental path cannot vouch for the result: the caller builds the index from a snapshot. */
  | { kind: 'rebuild'; dataVersion: number; reason: string }

export interface ChangeReadLimits {
  /** More changed records than this (an import) are cheaper to read as a snapshot. */
  maxChangedRecords: number
  /** The datasets the index lists already. */
  knownDatasetIds: ReadonlySet<string>
}

/** The rows of `table` with these ids as JSON (one text, parsed natively), in id order. */
async function rowsById<Row>(
  tx: Transaction<Database>,
  table: 'actors' | 'relationships',
  columns: readonly string[],
  ids: readonly string[],
): Promise<Row[]> {
  if (ids.length === 0) return []
  const { rows } = await sql<{ records: string }>`
    SELECT coalesce(json_agg(row_to_json(r) ORDER BY r.id), '[]')::text AS records
    FROM (
      SELECT ${sql.raw(columns.join(', '))} FROM ${sql.table(table)} WHERE id = ANY(${ids}::text[])
    ) r`.execute(tx)
  return JSON.parse(rows[0]!.records) as Row[]
}

const missingFrom = (ids: readonly string[], found: readonly { id: string }[]) => {
  const present = new Set(found.map((record) => record.id))
  return ids.filter((id) => !present.has(id))
}

/**
 * The changes after `servedVersion`, or why they cannot be applied. A gap is a data version without a history
 * entry: every write records history in its own transaction (history.ts), so a version without one changed
 * something the history does not name (or nothing at all, as an import of a dataset already there), and only
 * a snapshot is sure to cover it.
 */
export async function readChangesSince(
  tx: Transaction<Database>,
  servedVersion: number,
  { maxChangedRecords, knownDatasetIds }: ChangeReadLimits,
): Promise<ChangesSince> {
  const { version: dataVersion } = await tx
    .selectFrom('data_version')
    .select('version')
    .executeTakeFirstOrThrow()
  if (dataVersion <= servedVersion)
    return { kind: 'rebuild', dataVersion, reason: 'no newer version' }
  const { rows: entries } = await sql<{ entity_type: string; entity_id: string }>`
    SELECT DISTINCT entity_type, entity_id FROM history WHERE data_version > ${servedVersion}`.execute(
    tx,
  )
  const { rows: covered } = await sql<{ versions: number }>`
    SELECT count(DISTINCT data_version)::int AS versions
    FROM history WHERE data_version > ${servedVersion}`.execute(tx)
  const coveredVersions = covered[0]?.versions ?? 0
  if (coveredVersions !== dataVersion - servedVersion) {
    return {
      kind: 'rebuild',
      dataVersion,
      reason: `history names ${coveredVersions} of the ${dataVersion - servedVersion} versions after ${servedVersion}`,
    }
  }
  if (entries.length > maxChangedRecords) {
    return { kind: 'rebuild', dataVersion, reason: `${entries.length} records changed` }
  }
  const idsOf = (entityType: string) =>
    entries.filter((entry) => entry.entity_type === entityType).map((entry) => entry.entity_id)
  const otherTypes = entries.filter(
    (entry) => entry.entity_type !== 'actor' && entry.entity_type !== 'relationship',
  )
  if (otherTypes.length > 0) {
    return { kind: 'rebuild', dataVersion, reason: `a ${otherTypes[0]!.entity_type} changed` }
  }
  const actorIds = idsOf('actor')
  const relationshipIds = idsOf('relationship')
  const [actorRows, relationshipRows, datasetIds] = await Promise.all([
    rowsById<ActorRow>(tx, 'actors', ACTOR_COLUMNS, actorIds),
    rowsById<RelationshipRow>(tx, 'relationships', RELATIONSHIP_COLUMNS, relationshipIds),
    tx.selectFrom('datasets').select('id').execute(),
  ])
  const hasNewDataset = datasetIds.some(({ id }) => !knownDatasetIds.has(id))
  const intern = createInterner()
  const actors = actorRows.map((row) => actorFromRow(row, intern))
  const relationships = relationshipRows.map((row) => relationshipFromRow(row, intern))
  return {
    kind: 'changes',
    dataVersion,
    actors,
    relationships,
    removedActorIds: missingFrom(actorIds, actors),
    removedRelationshipIds: missingFrom(relationshipIds, relationships),
    datasets: hasNewDataset ? await datasetRepository.findAll(tx) : undefined,
  }
}
