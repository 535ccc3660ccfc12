/**
 * History in the same statement as the change: rows with their `create` entries, and changes with their
 * before → after entries, so neither can exist without the other.
 */
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely'
import type { Database } from './database.ts'
import { chunked, type WriteContext } from './write-context.ts'

const entityTypeOf = { actors: 'actor', relationships: 'relationship' } as const

export async function insertWithHistory<Table extends keyof typeof entityTypeOf>(
  { tx, changedBy, dataVersion }: WriteContext,
  table: Table,
  rows: readonly Insertable<Database[Table]>[],
): Promise<void> {
  for (const chunk of chunked(rows)) {
    await tx
      // WARNING: kysely cannot type an insert into a table chosen by a type parameter; the rows are typed above.
      // Every column is returned: the create entry's `after` is the whole first version (a revert restores it).
      .with('inserted', (db) =>
        db
          .insertInto(table)
          .values(chunk as never)
          .returningAll(),
      )
      .insertInto('history')
      .columns(['entity_type', 'entity_id', 'action', 'changed_by', 'data_version', 'after'])
      .expression((eb) =>
        eb
          .selectFrom('inserted')
          .select((s) => [
            s.val(entityTypeOf[table]).as('entity_type'),
            sql<string>`inserted.id`.as('entity_id'),
            s.val('create').as('action'),
            s.val(changedBy).as('changed_by'),
            s.val(dataVersion).as('data_version'),
            s.fn('to_jsonb', [s.table('inserted')]).as('after'),
          ]),
      )
      .execute()
  }
}

export type ChangeAction =
  'update' | 'archive' | 'restore' | 'accept' | 'reject' | 'merge' | 'revert' | 'withdraw_consent'

/**
 * Locks a row for the rest of the transaction and returns it, with its JSON form for the history's `before`.
 * Writers of one record queue here, so a version check after it cannot race.
 */
export async function lockForChange<Table extends keyof typeof entityTypeOf>(
  { tx }: WriteContext,
  table: Table,
  id: string,
): Promise<{ row: Selectable<Database[Table]>; json: unknown } | undefined> {
  const { rows } = await sql<Selectable<Database[Table]> & { row_json: unknown }>`
    SELECT t.*, to_jsonb(t) AS row_json FROM ${sql.table(table)} t WHERE t.id = ${id} FOR UPDATE`.execute(
    tx,
  )
  const [found] = rows
  if (!found) return undefined
  const { row_json: json, ...row } = found
  return { row: row as unknown as Selectable<Database[Table]>, json }
}

/** Writes the new state with the next version and its history entry (before → after) in one statement. */
export async function updateWithHistory<Table extends keyof typeof entityTypeOf>(
  { tx, changedBy, dataVersion }: WriteContext,
  table: Table,
  id: string,
  values: Updateable<Database[Table]>,
  before: unknown,
  action: ChangeAction,
): Promise<Selectable<Database[Table]>> {
  const { rows } = await sql<Selectable<Database[Table]>>`
    WITH updated AS (
      UPDATE ${sql.table(table)} t
      SET ${sql.join([
        ...Object.entries(values).map(
          ([column, value]) => sql`${sql.ref(column)} = ${toSqlValue(value)}`,
        ),
        sql`version = t.version + 1`,
        sql`updated_at = now()`,
      ])}
      WHERE t.id = ${id}
      RETURNING t.*
    ), recorded AS (
      INSERT INTO history (entity_type, entity_id, action, changed_by, data_version, before, after)
      SELECT ${entityTypeOf[table]}, updated.id, ${action}, ${changedBy}, ${dataVersion},
        ${JSON.stringify(before)}::jsonb, to_jsonb(updated)
      FROM updated
    )
    SELECT * FROM updated`.execute(tx)
  const [row] = rows
  if (!row) throw new Error(`${table} ${id} vanished while locked`)
  return row
}

/** Arrays go to PostgreSQL as arrays (text[] columns), everything else as it is. */
const toSqlValue = (value: unknown) =>
  Array.isArray(value) ? sql`${value}::text[]` : sql`${value}`
