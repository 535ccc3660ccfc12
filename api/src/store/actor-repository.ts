/** SQL for actors. */
import type { Actor, NewActor } from '@netzwerkatlas/shared'
import { actorFromRow, actorToRow } from './actor-rows.ts'
import { insertWithHistory } from './history.ts'
import { createInterner, type Interner } from './interner.ts'
import type { Executor, WriteContext } from './write-context.ts'

export const actorRepository = {
  async findAll(db: Executor, intern: Interner = createInterner()): Promise<Actor[]> {
    const rows = await db.selectFrom('actors').selectAll().orderBy('id').execute()
    return rows.map((row) => actorFromRow(row, intern))
  },

  async findById(db: Executor, id: string): Promise<Actor | undefined> {
    const row = await db.selectFrom('actors').selectAll().where('id', '=', id).executeTakeFirst()
    return row && actorFromRow(row)
  },

  insertMany: (context: WriteContext, actors: readonly NewActor[]) =>
    insertWithHistory(context, 'actors', actors.map(actorToRow)),
}
