/**
 * The session layer: opens, resolves and closes server-side sessions for a user id, whoever proved it. Login
 * with email and password is one identity provider (password-login.ts); an OIDC provider added later proves the
 * user differently and calls the same `open(userId, 'oidc:<issuer>')`.
 */
import type { Kysely } from 'kysely'
import type { Role } from '../store/accounts/account-tables.ts'
import { sessionsRepository } from '../store/accounts/sessions-repository.ts'
import type { Database } from '../store/database.ts'
import { hashSecretToken, newSecretToken } from './secret-tokens.ts'

/** Idle limit and absolute lifetime of a session (issue 12: 30 min, 12 h). */
interface SessionLimits {
  idleSeconds: number
  absoluteSeconds: number
}

const DEFAULT_SESSION_LIMITS: SessionLimits = {
  idleSeconds: 30 * 60,
  absoluteSeconds: 12 * 60 * 60,
}

/** The signed-in user of one request. */
export interface SessionUser {
  id: string
  email: string
  role: Role
  provider: string
  /** Sent back by the client in X-CSRF-Token on every write (csrf.ts). */
  csrfToken: string
  /** The hash of the cookie value: names this session without knowing the cookie. */
  sessionHash: string
}

export interface Sessions {
  limits: SessionLimits
  /** A new session; the returned token goes into the cookie and nowhere else. */
  open(userId: string, provider: string): Promise<{ token: string; csrfToken: string }>
  /** The user of a live session (and the session's last use moved to now), else undefined. */
  resolve(token: string): Promise<SessionUser | undefined>
  close(token: string): Promise<void>
  /** Ends the user's other sessions (after a password change). */
  closeOthers(userId: string, keepSessionHash: string | null): Promise<void>
}

export function createSessions(db: Kysely<Database>, limits = DEFAULT_SESSION_LIMITS): Sessions {
  return {
    limits,
    async open(userId, provider) {
      const token = newSecretToken()
      const csrfToken = newSecretToken()
      const expiresAt = new Date(Date.now() + limits.absoluteSeconds * 1000).toISOString()
      await sessionsRepository.deleteExpired(db, limits.idleSeconds)
      await sessionsRepository.insert(db, {
        tokenHash: hashSecretToken(token),
        userId,
        provider,
        csrfToken,
        expiresAt,
      })
      return { token, csrfToken }
    },
    async resolve(token) {
      const sessionHash = hashSecretToken(token)
      const session = await sessionsRepository.findLive(db, sessionHash, limits.idleSeconds)
      if (!session || session.disabledAt !== null) return undefined
      // Idle time counts in minutes: a minute's error either way is within what the limit means.
      if (session.isStale) await sessionsRepository.markSeen(db, sessionHash)
      return {
        id: session.userId,
        email: session.email,
        role: session.role,
        provider: session.provider,
        csrfToken: session.csrfToken,
        sessionHash,
      }
    },
    close: (token) => sessionsRepository.delete(db, hashSecretToken(token)),
    closeOthers: (userId, keep) => sessionsRepository.deleteOthers(db, userId, keep),
  }
}
