/**
 * Reads of the history: the changes of one record, oldest first, with the stored rows turned back into records
 * (the history keeps rows as `to_jsonb` of the table, so the same row mapping applies), and the users who made them.
 */
import type { Actor, Relationship, Role } from '@netzwerkatlas/shared'
import { sql } from 'kysely'
import { actorFromRow, type ActorRow } from './actor-rows.ts'
import { relationshipFromRow, type RelationshipRow } from './relationship-rows.ts'
import type { Executor } from './write-context.ts'

export type HistoryEntity = 'actor' | 'relationship'

type RecordOf<Entity extends HistoryEntity> = Entity extends 'actor' ? Actor : Relationship

/** The other actor of a merge, by its current name. */
interface MergedActor {
  id: string
  name: string
}

export interface StoredChange<Record> {
  action: string
  changedBy: string
  changedAt: string
  before: Record | null
  after: Record | null
  /** A merged entry's `merge` version: the actor it went into. */
  mergedInto: MergedActor | null
  /** A target's `merge` version: the entry merged into it (the other `merge` row of the same data version). */
  mergedFrom: MergedActor | null
}

const recordOf = <Entity extends HistoryEntity>(entity: Entity, json: unknown) =>
  (json === null
    ? null
    : entity === 'actor'
      ? actorFromRow(json as ActorRow)
      : relationshipFromRow(json as RelationshipRow)) as RecordOf<Entity> | null

export const historyRepository = {
  async changesOf<Entity extends HistoryEntity>(
    db: Executor,
    entity: Entity,
    id: string,
  ): Promise<StoredChange<RecordOf<Entity>>[]> {
    const { rows } = await sql<{
      action: string
      changed_by: string
      changed_at: string
      before: unknown
      after: unknown
      merged_into_id: string | null
      merged_into_name: string | null
      merged_from_id: string | null
      merged_from_name: string | null
    }>`
      SELECT h.action, h.changed_by, to_json(h.changed_at)#>>'{}' AS changed_at, h.before, h.after,
        into_actor.id AS merged_into_id, into_actor.name AS merged_into_name,
        from_actor.id AS merged_from_id, from_actor.name AS merged_from_name
      FROM history h
      LEFT JOIN actors into_actor
        ON h.action = 'merge' AND into_actor.id = h.after->>'merged_into'
      LEFT JOIN LATERAL (
        SELECT a.id, a.name FROM history other JOIN actors a ON a.id = other.entity_id
        WHERE h.action = 'merge' AND other.data_version = h.data_version
          AND other.entity_type = 'actor' AND other.action = 'merge'
          AND other.after->>'merged_into' = h.entity_id
        LIMIT 1
      ) from_actor ON true
      WHERE h.entity_type = ${entity} AND h.entity_id = ${id} ORDER BY h.id`.execute(db)
    const mergedActor = (id: string | null, name: string | null) =>
      id === null || name === null ? null : { id, name }
    return rows.map((row) => ({
      action: row.action,
      changedBy: row.changed_by,
      changedAt: row.changed_at,
      before: recordOf(entity, row.before),
      after: recordOf(entity, row.after),
      mergedInto: mergedActor(row.merged_into_id, row.merged_into_name),
      mergedFrom: mergedActor(row.merged_from_id, row.merged_from_name),
    }))
  },

  /** The record as the given version stored it, or undefined if the record never had that version. */
  async versionOf<Entity extends HistoryEntity>(
    db: Executor,
    entity: Entity,
    id: string,
    version: number,
  ): Promise<RecordOf<Entity> | undefined> {
    const { rows } = await sql<{ after: unknown }>`
      SELECT after FROM history
      WHERE entity_type = ${entity} AND entity_id = ${id} AND (after->>'version')::int = ${version}
      ORDER BY id DESC LIMIT 1`.execute(db)
    return rows[0] ? (recordOf(entity, rows[0].after) ?? undefined) : undefined
  },

  /** Email and role of the users named `user:<id>` in `changed_by`. */
  async usersOf(db: Executor, userIds: readonly string[]) {
    const users = new Map<string, { email: string; role: Role }>()
    if (userIds.length === 0) return users
    const rows = await db
      .selectFrom('users')
      .select(['id', 'email', 'role'])
      .where('id', 'in', userIds)
      .execute()
    for (const row of rows) users.set(row.id, { email: row.email, role: row.role })
    return users
  },
}
