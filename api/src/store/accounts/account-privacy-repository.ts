/**
 * SQL for a person's own data (DSGVO Art. 15, 17, 20; ADR 0026): everything stored about an account, and its
 * deletion. History rows keep `user:<id>` as their author: once the users row is gone nothing links that id to
 * a person, so it stays as a pseudonym and the records keep a complete history.
 */
import { sql } from 'kysely'
import type { Executor } from '../write-context.ts'

export const accountPrivacyRepository = {
  async account(db: Executor, userId: string) {
    return db
      .selectFrom('users')
      .select([
        'id',
        'email',
        'display_name as displayName',
        'role',
        sql<string>`to_json(created_at)#>>'{}'`.as('createdAt'),
        sql<string>`to_json(updated_at)#>>'{}'`.as('updatedAt'),
      ])
      .where('id', '=', userId)
      .executeTakeFirst()
  },

  async sessions(db: Executor, userId: string) {
    return db
      .selectFrom('sessions')
      .select([
        'provider',
        sql<string>`to_json(created_at)#>>'{}'`.as('createdAt'),
        sql<string>`to_json(last_seen_at)#>>'{}'`.as('lastSeenAt'),
        sql<string>`to_json(expires_at)#>>'{}'`.as('expiresAt'),
      ])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute()
  },

  /** Audit rows about the account (creation, role changes, passwords) and the decisions it made. */
  async auditRows(db: Executor, userId: string) {
    return db
      .selectFrom('audit_log')
      .select([
        sql<string>`to_json(at)#>>'{}'`.as('at'),
        'action',
        'subject_type as subjectType',
        'subject_id as subjectId',
        'detail',
      ])
      .where((eb) =>
        eb.or([
          eb.and([eb('subject_type', '=', 'user'), eb('subject_id', '=', userId)]),
          eb('actor_user_id', '=', userId),
        ]),
      )
      .orderBy('id')
      .execute()
  },

  /** Every history row the account authored, with the rows before and after as stored. */
  async authoredHistory(db: Executor, userId: string) {
    return db
      .selectFrom('history')
      .select([
        'entity_type as entityType',
        'entity_id as entityId',
        'action',
        sql<string>`to_json(changed_at)#>>'{}'`.as('changedAt'),
        'before',
        'after',
      ])
      .where('changed_by', '=', `user:${userId}`)
      .orderBy('id')
      .execute()
  },

  /** Admins left besides this user: the last one may not delete itself, or nobody could manage roles. */
  async otherAdmins(db: Executor, userId: string): Promise<number> {
    const row = await db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('role', '=', 'admin')
      .where('id', '<>', userId)
      .executeTakeFirstOrThrow()
    return Number(row.count)
  },

  /**
   * Deletes the account: its sessions, one-time links and actor ownerships go with it (ON DELETE CASCADE); its
   * entries stay as they are (a published organisation stays published, a pending one waits for review).
   */
  async deleteUser(db: Executor, userId: string): Promise<void> {
    await db.deleteFrom('users').where('id', '=', userId).execute()
  },
}
