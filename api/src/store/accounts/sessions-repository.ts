/**
 * SQL for server-side sessions. A session is found by the hash of its cookie value and is valid while both its
 * absolute end and its idle end (last use + idle limit) lie ahead; the check and the touch are one statement.
 */
import { sql } from 'kysely'
import type { Executor } from '../write-context.ts'

export interface SessionRecord {
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

  /** The live session, its last use moved to now; undefined when unknown, idle too long or past its end. */
  async touch(
    db: Executor,
    tokenHash: string,
    idleSeconds: number,
  ): Promise<SessionRecord | undefined> {
    const idle = `${idleSeconds} seconds`
    return db
      .updateTable('sessions')
      .set({ last_seen_at: sql<string>`now()` })
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', sql<string>`now()`)
      .where('last_seen_at', '>', sql<string>`now() - ${idle}::interval`)
      .returning([
        'user_id as userId',
        'provider',
        'csrf_token as csrfToken',
        'expires_at as expiresAt',
      ])
      .executeTakeFirst()
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
