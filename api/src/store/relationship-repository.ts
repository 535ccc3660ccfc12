/** SQL for relationships. */
import type { NewRelationship, Relationship } from '@netzwerkatlas/shared'
import { insertWithHistory } from './history.ts'
import { relationshipFromRow, relationshipToRow } from './relationship-rows.ts'
import type { Executor, WriteContext } from './write-context.ts'

export const relationshipRepository = {
  async findAll(db: Executor): Promise<Relationship[]> {
    const rows = await db.selectFrom('relationships').selectAll().orderBy('id').execute()
    return rows.map(relationshipFromRow)
  },

  insertMany: (context: WriteContext, relationships: readonly NewRelationship[]) =>
    insertWithHistory(context, 'relationships', relationships.map(relationshipToRow)),
}
