/**
 * The email-and-password identity provider: proves who someone is, then the session layer opens a session.
 * One generic failure for unknown email, wrong password and an account without a password yet.
 */
import type { Kysely } from 'kysely'
import { usersRepository, type UserRecord } from '../store/accounts/users-repository.ts'
import type { Database } from '../store/database.ts'
import { verifyPassword } from './passwords.ts'

export const PASSWORD_PROVIDER = 'password'

export async function checkPasswordLogin(
  db: Kysely<Database>,
  email: string,
  password: string,
): Promise<UserRecord | undefined> {
  const user = await usersRepository.findByEmail(db, email)
  const usable = user && user.disabledAt === null ? user.passwordHash : null
  const isValid = await verifyPassword(usable, password)
  return isValid ? user : undefined
}
