/** SQL for relationships. */
import type { NewRelationship, Relationship } from '@netzwerkatlas/shared'
import {
  insertWithHistory,
  lockForChange,
  updateWithHistory,
  type ChangeAction,
} from './history.ts'
import { relationshipFromRow, relationshipToRow } from './relationship-rows.ts'
import { createInterner, type Interner } from './interner.ts'
import type { Executor, WriteContext } from './write-context.ts'

export const relationshipRepository = {
  async findAll(db: Executor, intern: Interner = createInterner()): Promise<Relationship[]> {
    const rows = await db.selectFrom('relationships').selectAll().orderBy('id').execute()
    return rows.map((row) => relationshipFromRow(row, intern))
  },

  insertMany: (context: WriteContext, relationships: readonly NewRelationship[]) =>
    insertWithHistory(context, 'relationships', relationships.map(relationshipToRow)),

  async findById(db: Executor, id: string): Promise<Relationship | undefined> {
    const row = await db
      .selectFrom('relationships')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
    return row && relationshipFromRow(row)
  },

  /** The relationship, locked until the write commits; `before` is its stored form for the history. */
  async lock(context: WriteContext, id: string) {
    const locked = await lockForChange(context, 'relationships', id)
    return locked && { relationship: relationshipFromRow(locked.row), before: locked.json }
  },

  async change(
    context: WriteContext,
    next: NewRelationship,
    before: unknown,
    action: ChangeAction,
  ): Promise<Relationship> {
    const { id, ...values } = relationshipToRow(next)
    return relationshipFromRow(
      await updateWithHistory(context, 'relationships', id, values, before, action),
    )
  },
}
