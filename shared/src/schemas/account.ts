/** Accounts and sessions: roles, the login and password bodies, and what the client learns about its session. */
import { z } from 'zod'
import { SlugSchema } from './primitives.ts'

/** Who may do what: actor (own entries), coordinator (moderates, edits any), admin (also manages users). */
export const RoleSchema = z.enum(['actor', 'coordinator', 'admin']).meta({ id: 'Role' })
export type Role = z.infer<typeof RoleSchema>

const EmailSchema = z.email().max(254)

/** At least 12 characters (NIST SP 800-63B: length over composition rules); bounded so hashing stays cheap. */
const NewPasswordSchema = z.string().min(12, 'at least 12 characters').max(200)

export const LoginBodySchema = z
  .strictObject({ email: EmailSchema, password: z.string().min(1).max(200) })
  .meta({ id: 'LoginBody' })

export const AccountSetupBodySchema = z
  .strictObject({ token: z.string().min(20).max(200), password: NewPasswordSchema })
  .meta({ id: 'AccountSetupBody' })

export const PasswordChangeBodySchema = z
  .strictObject({ currentPassword: z.string().min(1).max(200), newPassword: NewPasswordSchema })
  .meta({ id: 'PasswordChangeBody' })

export const SessionResponseSchema = z
  .object({
    signedIn: z.literal(true),
    user: z.object({ id: z.string(), email: z.string(), role: RoleSchema }),
    /** Send it as `X-CSRF-Token` with every write. */
    csrfToken: z.string(),
    ownedActorIds: z.array(SlugSchema),
  })
  .meta({ id: 'Session' })
export type SessionResponse = z.infer<typeof SessionResponseSchema>

/**
 * `GET /auth/session`: the session, or `{ signedIn: false }` without one. Not a 401: every public page asks, and a
 * browser logs each 4xx as a console error.
 */
export const SessionStateSchema = z
  .discriminatedUnion('signedIn', [
    SessionResponseSchema,
    z.object({ signedIn: z.literal(false) }).meta({ id: 'SignedOut' }),
  ])
  .meta({ id: 'SessionState' })

/** The header every cookie-authenticated write must carry (the session's CSRF token). */
export const CSRF_HEADER = 'X-CSRF-Token'

/** Problem types of the write side (beside `problemTypes`). */
export const writeProblemTypes = {
  unauthorized: '/problems/unauthorized',
  csrf: '/problems/csrf',
  preconditionRequired: '/problems/precondition-required',
  preconditionFailed: '/problems/precondition-failed',
  loginFailed: '/problems/login-failed',
} as const

/** `DELETE /account`: the current password once more, so an open session left behind cannot delete the account. */
export const AccountDeleteBodySchema = z
  .strictObject({ currentPassword: z.string().min(1).max(200) })
  .meta({ id: 'AccountDeleteBody' })

/** One audit log row as an admin reads it: who decided what about whom (ADR 0026). */
const AuditLogEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    /** The deciding user's email while the account exists; else its label ('cli', 'self') or pseudonym. */
    by: z.string(),
    action: z.string(),
    subjectType: z.enum(['user', 'actor', 'relationship']),
    subjectId: z.string(),
    /** The subject's email (user) or name (actor) while it exists, else null. */
    subjectLabel: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
    /** A merge: the name of the actor it went into (`detail.into`) while that exists, else null. */
    mergedIntoLabel: z.string().nullable(),
  })
  .meta({ id: 'AuditLogEntry' })
export type AuditLogEntry = z.infer<typeof AuditLogEntrySchema>

export const AuditLogResponseSchema = z
  .object({
    /** Newest first. */
    entries: z.array(AuditLogEntrySchema),
    /** Pass as `before` for the next page; null on the last. */
    nextBefore: z.number().int().nullable(),
  })
  .meta({ id: 'AuditLog' })
export type AuditLogResponse = z.infer<typeof AuditLogResponseSchema>
