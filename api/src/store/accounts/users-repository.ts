/** SQL for users and the actors they own. */
import type { Role } from './account-tables.ts'
import type { Executor } from '../write-context.ts'

export interface UserRecord {
  id: string
  email: string
  displayName: string | null
  role: Role
  passwordHash: string | null
  disabledAt: string | null
}

const userColumns = [
  'id',
  'email',
  'display_name as displayName',
  'role',
  'password_hash as passwordHash',
  'disabled_at as disabledAt',
] as const

export const usersRepository = {
  findByEmail: (db: Executor, email: string): Promise<UserRecord | undefined> =>
    db
      .selectFrom('users')
      .select(userColumns)
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst(),

  findById: (db: Executor, id: string): Promise<UserRecord | undefined> =>
    db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst(),

  async insert(db: Executor, user: { email: string; role: Role }): Promise<UserRecord> {
    return db
      .insertInto('users')
      .values({ email: user.email.toLowerCase(), role: user.role })
      .returning(userColumns)
      .executeTakeFirstOrThrow()
  },

  async setPasswordHash(db: Executor, userId: string, passwordHash: string): Promise<void> {
    await db
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: new Date().toISOString() })
      .where('id', '=', userId)
      .execute()
  },

  async setRole(db: Executor, userId: string, role: Role): Promise<void> {
    await db
      .updateTable('users')
      .set({ role, updated_at: new Date().toISOString() })
      .where('id', '=', userId)
      .execute()
  },

  async ownedActorIds(db: Executor, userId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('actor_owners')
      .select('actor_id')
      .where('user_id', '=', userId)
      .orderBy('actor_id')
      .execute()
    return rows.map((row) => row.actor_id)
  },

  async owns(db: Executor, userId: string, actorIds: readonly string[]): Promise<string[]> {
    if (actorIds.length === 0) return []
    const rows = await db
      .selectFrom('actor_owners')
      .select('actor_id')
      .where('user_id', '=', userId)
      .where('actor_id', 'in', actorIds)
      .execute()
    return rows.map((row) => row.actor_id)
  },

  async addOwner(db: Executor, userId: string, actorId: string): Promise<void> {
    await db
      .insertInto('actor_owners')
      .values({ user_id: userId, actor_id: actorId })
      .onConflict((oc) => oc.doNothing())
      .execute()
  },
}
