/** Inserts rows and their `create` history entries in one statement, so neither can exist without the other. */
import type { Insertable } from 'kysely'
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
      .with('inserted', (db) =>
        db
          .insertInto(table)
          .values(chunk as never)
          .returning('id'),
      )
      .insertInto('history')
      .columns(['entity_type', 'entity_id', 'action', 'changed_by', 'data_version', 'after'])
      .expression((eb) =>
        eb
          .selectFrom('inserted')
          .select((s) => [
            s.val(entityTypeOf[table]).as('entity_type'),
            'inserted.id',
            s.val('create').as('action'),
            s.val(changedBy).as('changed_by'),
            s.val(dataVersion).as('data_version'),
            s.fn('to_jsonb', [s.table('inserted')]).as('after'),
          ]),
      )
      .execute()
  }
}
