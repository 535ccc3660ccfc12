/** SQL for actors. */
import type { Actor, NewActor } from '@netzwerkatlas/shared'
import { actorFromRow, actorToRow } from './actor-rows.ts'
import {
  insertWithHistory,
  lockForChange,
  updateWithHistory,
  type ChangeAction,
} from './history.ts'
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

  /** The actor, locked until the write commits; `before` is its stored form for the history. */
  async lock(context: WriteContext, id: string) {
    const locked = await lockForChange(context, 'actors', id)
    return locked && { actor: actorFromRow(locked.row), before: locked.json }
  },

  /** Stores `next` as the actor's next version (it must be locked), with its history entry. */
  async change(
    context: WriteContext,
    next: NewActor,
    before: unknown,
    action: ChangeAction,
  ): Promise<Actor> {
    const { id, ...values } = actorToRow(next)
    return actorFromRow(await updateWithHistory(context, 'actors', id, values, before, action))
  },
}
