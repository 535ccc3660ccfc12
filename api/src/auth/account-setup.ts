/**
 * Accounts without default credentials: the admin CLI (and later an admin screen) creates an account and a
 * one-time setup link; the password is set through that link, whose token the database keeps only as a hash.
 */
import type { Role } from '@netzwerkatlas/shared'
import type { Kysely } from 'kysely'
import { accountTokensRepository } from '../store/accounts/account-tokens-repository.ts'
import { auditLogRepository } from '../store/accounts/audit-log-repository.ts'
import { usersRepository } from '../store/accounts/users-repository.ts'
import type { Database } from '../store/database.ts'
import { hashPassword } from './passwords.ts'
import { hashSecretToken, newSecretToken } from './secret-tokens.ts'

/** How long a setup link works. */
export const SETUP_LINK_HOURS = 48

export type CreateAccountResult =
  { kind: 'created'; userId: string; setupToken: string; expiresAt: string } | { kind: 'exists' }

export async function createAccountWithSetupToken(
  db: Kysely<Database>,
  { email, role, createdBy }: { email: string; role: Role; createdBy: string },
  now = new Date(),
): Promise<CreateAccountResult> {
  return db.transaction().execute(async (tx) => {
    if (await usersRepository.findByEmail(tx, email)) return { kind: 'exists' as const }
    const user = await usersRepository.insert(tx, { email, role })
    const setupToken = newSecretToken()
    const expiresAt = new Date(now.getTime() + SETUP_LINK_HOURS * 3600_000).toISOString()
    await accountTokensRepository.insert(tx, {
      tokenHash: hashSecretToken(setupToken),
      userId: user.id,
      purpose: 'setup',
      expiresAt,
    })
    await auditLogRepository.append(tx, {
      actorUserId: null,
      actorLabel: createdBy,
      action: 'account_created',
      subjectType: 'user',
      subjectId: user.id,
      detail: { role },
    })
    return { kind: 'created' as const, userId: user.id, setupToken, expiresAt }
  })
}

/** Sets the password of the token's account; false if the token is unknown, used or expired. */
export async function completeAccountSetup(
  db: Kysely<Database>,
  token: string,
  password: string,
): Promise<boolean> {
  const passwordHash = await hashPassword(password)
  return db.transaction().execute(async (tx) => {
    const userId = await accountTokensRepository.redeem(tx, hashSecretToken(token), 'setup')
    if (!userId) return false
    await usersRepository.setPasswordHash(tx, userId, passwordHash)
    await auditLogRepository.append(tx, {
      actorUserId: userId,
      actorLabel: 'self',
      action: 'password_set',
      subjectType: 'user',
      subjectId: userId,
    })
    return true
  })
}
