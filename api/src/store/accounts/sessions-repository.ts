/**
 * SQL for server-side sessions. A session is found by the hash of its cookie value and is valid while both its
 * absolute end and its idle end (last use + idle limit) lie ahead; the check and the touch are one statement.
 */
import { sql } from 'kysely'
import type { Executor } from '../write-context.ts'

interface SessionRecord {
  userId: string
  provider: string
  csrfToken: string
  expiresAt: string
}

export const sessionsRepository = {
  async insert(db: Executor, session: SessionRecord & { tokenHash: string }): Promise<void> {
    await db
      .insertInto('sessions')
      .values({
        token_hash: session.tokenHash,
        user_id: session.userId,
        provider: session.provider,
        csrf_token: session.csrfToken,
        expires_at: session.expiresAt,
      })
      .execute()
  },

  /**
   * The live session and its user in one query, or undefined when unknown, idle too long or past its end.
   * `isStale`: its last use is older than a minute, so the caller should record this use (markSeen); writing
   * on every request would cost each one a row update.
   */
  async findLive(db: Executor, tokenHash: string, idleSeconds: number) {
    const idle = `${idleSeconds} seconds`
    return db
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .select([
        's.user_id as userId',
        's.provider',
        's.csrf_token as csrfToken',
        'u.email',
        'u.role',
        'u.disabled_at as disabledAt',
        sql<boolean>`s.last_seen_at < now() - interval '1 minute'`.as('isStale'),
      ])
      .where('s.token_hash', '=', tokenHash)
      .where('s.expires_at', '>', sql<string>`now()`)
      .where('s.last_seen_at', '>', sql<string>`now() - ${idle}::interval`)
      .executeTakeFirst()
  },

  async markSeen(db: Executor, tokenHash: string): Promise<void> {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: sql<string>`now()` })
      .where('token_hash', '=', tokenHash)
      .execute()
  },

  async delete(db: Executor, tokenHash: string): Promise<void> {
    await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute()
  },

  /** Ends every session of a user but one (after a password change: other devices must log in again). */
  async deleteOthers(db: Executor, userId: string, keepTokenHash: string | null): Promise<void> {
    let query = db.deleteFrom('sessions').where('user_id', '=', userId)
    if (keepTokenHash) query = query.where('token_hash', '<>', keepTokenHash)
    await query.execute()
  },

  /** Expired sessions stay harmless (touch refuses them); this keeps the table small. */
  async deleteExpired(db: Executor, idleSeconds: number): Promise<void> {
    const idle = `${idleSeconds} seconds`
    await db
      .deleteFrom('sessions')
      .where((eb) =>
        eb.or([
          eb('expires_at', '<=', sql<string>`now()`),
          eb('last_seen_at', '<=', sql<string>`now() - ${idle}::interval`),
        ]),
      )
      .execute()
  },
}
