/**
 * The signed-in user's own entries, in every state: the actors it owns or created (a coordinator owns nothing
 * but creates), and the ties of those actors or proposed by the user, each with its ends' names.
 */
import type { Actor, MyRelationship } from '@netzwerkatlas/shared'
import { sql } from 'kysely'
import { contactConsentsRepository } from './accounts/contact-consents-repository.ts'
import { actorFromRow, type ActorRow } from './actor-rows.ts'
import { relationshipFromRow, type RelationshipRow } from './relationship-rows.ts'
import type { Executor } from './write-context.ts'

/** At most this many of each; nobody keeps more entries by hand. */
const MY_ENTRIES_LIMIT = 500

export async function myEntries(db: Executor, userId: string) {
  const changedBy = `user:${userId}`
  const { rows: actorRows } = await sql<ActorRow>`
    SELECT a.* FROM actors a
    WHERE a.id IN (SELECT actor_id FROM actor_owners WHERE user_id = ${userId})
      OR a.id IN (SELECT entity_id FROM history
        WHERE entity_type = 'actor' AND action = 'create' AND changed_by = ${changedBy})
    ORDER BY a.name, a.id LIMIT ${MY_ENTRIES_LIMIT}`.execute(db)
  const actors: Actor[] = actorRows.map((row) => actorFromRow(row))
  const owned = (
    await db.selectFrom('actor_owners').select('actor_id').where('user_id', '=', userId).execute()
  ).map((row) => row.actor_id)
  const { rows: relationshipRows } = await sql<
    RelationshipRow & { source_name: string; target_name: string }
  >`
    SELECT r.*, s.name AS source_name, t.name AS target_name FROM relationships r
    JOIN actors s ON s.id = r.source_id JOIN actors t ON t.id = r.target_id
    WHERE r.source_id IN (SELECT actor_id FROM actor_owners WHERE user_id = ${userId})
      OR r.target_id IN (SELECT actor_id FROM actor_owners WHERE user_id = ${userId})
      OR r.id IN (SELECT entity_id FROM history
        WHERE entity_type = 'relationship' AND action = 'create' AND changed_by = ${changedBy})
    ORDER BY s.name, t.name, r.id LIMIT ${MY_ENTRIES_LIMIT}`.execute(db)
  const relationships: MyRelationship[] = relationshipRows.map((row) => {
    const relationship = relationshipFromRow(row)
    return {
      ...relationship,
      sourceName: row.source_name,
      targetName: row.target_name,
      mySides: [
        ...(owned.includes(relationship.sourceId) ? (['source'] as const) : []),
        ...(owned.includes(relationship.targetId) ? (['target'] as const) : []),
      ],
    }
  })
  const contactConsents = await contactConsentsRepository.liveOfUser(db, userId)
  return { actors, relationships, contactConsents }
}
