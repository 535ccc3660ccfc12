/** SQL for relationships. */
import type { NewRelationship, Relationship } from '@netzwerkatlas/shared'
import { insertWithHistory } from './history.ts'
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
}
