/** SQL of a merge (domain/contributions/actor-merge.ts): the merged entry's ties, the pointer, the owners. */
import { sql } from 'kysely'
import { actorFromRow } from './actor-rows.ts'
import { updateWithHistory } from './history.ts'
import type { Executor, WriteContext } from './write-context.ts'

export const actorMergeRepository = {
  /** Ids of every relationship with the actor at either end, any status, in id order (the lock order). */
  async relationshipIdsOf(db: Executor, actorId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('relationships')
      .select('id')
      .where((eb) => eb.or([eb('source_id', '=', actorId), eb('target_id', '=', actorId)]))
      .orderBy('id')
      .execute()
    return rows.map((row) => row.id)
  },

  /** Archives the (locked) merged entry with its pointer, as the next version with a `merge` history entry. */
  async archiveAsMerged(context: WriteContext, id: string, intoId: string, before: unknown) {
    const row = await updateWithHistory(
      context,
      'actors',
      id,
      { status: 'archived', merged_into: intoId },
      before,
      'merge',
    )
    return actorFromRow(row)
  },

  /** The target's next version, unchanged but for the version: its history records who merged, and when. */
  async recordMergeInto(context: WriteContext, intoId: string, before: unknown) {
    const row = await updateWithHistory(context, 'actors', intoId, {}, before, 'merge')
    return actorFromRow(row)
  },

  /** The actor an entry was merged into, or null (it was never merged). */
  async mergedInto(db: Executor, id: string): Promise<string | null> {
    const row = await db
      .selectFrom('actors')
      .select('merged_into')
      .where('id', '=', id)
      .executeTakeFirst()
    return row?.merged_into ?? null
  },

  async copyOwners(context: WriteContext, fromId: string, toId: string): Promise<void> {
    await sql`
      INSERT INTO actor_owners (user_id, actor_id)
      SELECT user_id, ${toId} FROM actor_owners WHERE actor_id = ${fromId}
      ON CONFLICT DO NOTHING`.execute(context.tx)
  },
}
