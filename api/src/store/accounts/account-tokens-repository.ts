/** SQL for one-time account links (stored as hashes): issue one, and redeem it at most once. */
import { sql } from 'kysely'
import type { Executor } from '../write-context.ts'

export const accountTokensRepository = {
  async insert(
    db: Executor,
    token: { tokenHash: string; userId: string; purpose: 'setup'; expiresAt: string },
  ): Promise<void> {
    await db
      .insertInto('account_tokens')
      .values({
        token_hash: token.tokenHash,
        user_id: token.userId,
        purpose: token.purpose,
        expires_at: token.expiresAt,
      })
      .execute()
  },

  /** Marks the token used and returns its user, or undefined if it is unknown, used or expired. */
  async redeem(db: Executor, tokenHash: string, purpose: 'setup'): Promise<string | undefined> {
    const row = await db
      .updateTable('account_tokens')
      .set({ used_at: sql<string>`now()` })
      .where('token_hash', '=', tokenHash)
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .where('expires_at', '>', sql<string>`now()`)
      .returning('user_id')
      .executeTakeFirst()
    return row?.user_id
  },
}
