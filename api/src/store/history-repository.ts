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

export interface StoredChange<Record> {
  action: string
  changedBy: string
  changedAt: string
  before: Record | null
  after: Record | null
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
    }>`
      SELECT action, changed_by, to_json(changed_at)#>>'{}' AS changed_at, before, after FROM history
      WHERE entity_type = ${entity} AND entity_id = ${id} ORDER BY id`.execute(db)
    return rows.map((row) => ({
      action: row.action,
      changedBy: row.changed_by,
      changedAt: row.changed_at,
      before: recordOf(entity, row.before),
      after: recordOf(entity, row.after),
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
