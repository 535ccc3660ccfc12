/**
 * SQL for the moderation queue: pending actors, each with the existing actors whose folded names are similar
 * (pg_trgm on fold_actor_name, migration 0004) and that lie nearby (within about 25 km, or either has no point),
 * and pending relationships with their ends' names.
 */
import { sql } from 'kysely'
import { actorFromRow } from './actor-rows.ts'
import type { Executor } from './write-context.ts'

/** Folded names at least this similar are shown as possible duplicates (pg_trgm similarity, 0–1). */
const DUPLICATE_SIMILARITY = 0.45

export async function pendingActorsWithDuplicates(db: Executor, limit: number) {
  const pending = await db
    .selectFrom('actors')
    .selectAll()
    .where('status', '=', 'pending')
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit)
    .execute()
  return Promise.all(
    pending.map(async (row) => {
      const { rows } = await sql<{ id: string; name: string; status: string; similarity: number }>`
        SELECT other.id, other.name, other.status,
          round(similarity(fold_actor_name(other.name), fold_actor_name(${row.name}))::numeric, 2)::float8
            AS similarity
        FROM actors other
        WHERE other.id <> ${row.id} AND other.status <> 'archived'
          AND fold_actor_name(other.name) % fold_actor_name(${row.name})
          AND similarity(fold_actor_name(other.name), fold_actor_name(${row.name})) >= ${DUPLICATE_SIMILARITY}
          AND (other.lat IS NULL OR ${row.lat}::float8 IS NULL
            OR (abs(other.lat - ${row.lat}) < 0.23 AND abs(other.lon - ${row.lon}) < 0.36))
        ORDER BY similarity DESC, other.id
        LIMIT 5`.execute(db)
      return { actor: actorFromRow(row), possibleDuplicates: rows }
    }),
  )
}

export async function pendingRelationships(db: Executor, limit: number) {
  return db
    .selectFrom('relationships as r')
    .innerJoin('actors as s', 's.id', 'r.source_id')
    .innerJoin('actors as t', 't.id', 'r.target_id')
    .select([
      'r.id',
      'r.type',
      'r.confirmed_by as confirmedBy',
      'r.version',
      's.id as sourceId',
      's.name as sourceName',
      't.id as targetId',
      't.name as targetName',
    ])
    .where('r.status', '=', 'pending')
    .orderBy('r.created_at')
    .orderBy('r.id')
    .limit(limit)
    .execute()
}
