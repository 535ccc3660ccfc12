/**
 * A person's own data (issue 12 item 6, ADR 0026): GET /account/export (everything stored about the signed-in
 * account, as a JSON download) and DELETE /account (the current password once more; the account, its sessions
 * and ownerships go, its entries and their history stay under a pseudonym).
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import {
  AccountDeleteBodySchema,
  ContactConsentSchema,
  MyEntriesResponseSchema,
} from '@netzwerkatlas/shared'
import { verifyPassword } from '../auth/passwords.ts'
import { clearSessionCookie } from '../auth/session-cookie.ts'
import type { AppEnv } from '../http/app-env.ts'
import { problemResponse, validationHook } from '../http/problem.ts'
import { accountPrivacyRepository } from '../store/accounts/account-privacy-repository.ts'
import { auditLogRepository } from '../store/accounts/audit-log-repository.ts'
import { contactConsentsRepository } from '../store/accounts/contact-consents-repository.ts'
import { actorRepository } from '../store/actor-repository.ts'
import { usersRepository } from '../store/accounts/users-repository.ts'
import { myEntries } from '../store/my-entries-repository.ts'
import { tooManyAttempts } from './auth.ts'
import { changedByOf } from '../domain/contributions/write-permissions.ts'
import { writeUnlessRejected } from '../store/rejectable-write.ts'
import type { WriteDependencies } from './write-dependencies.ts'
import { requireSignIn, signedInUserOf } from './write-guard.ts'
import { jsonBody, sessionSecurity, writeProblemResponses } from './write-openapi.ts'
import { invalidRecordProblem } from './write-problems.ts'

const AccountExportSchema = z
  .object({
    exportedAt: z.string(),
    account: z.object({
      id: z.string(),
      email: z.string(),
      displayName: z.string().nullable(),
      role: z.string(),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
    /** The current role and every change of it, oldest first. */
    roles: z.object({
      current: z.string(),
      changes: z.array(z.record(z.string(), z.unknown())),
    }),
    /** Audit rows about the account (created, role, password) and the decisions it made, oldest first. */
    auditLog: z.array(z.record(z.string(), z.unknown())),
    ownedActorIds: z.array(z.string()),
    entries: MyEntriesResponseSchema,
    /** Every consent to publishing contact data the account gave, live or withdrawn, oldest first (ADR 0027). */
    consents: z.array(ContactConsentSchema),
    sessions: z.array(z.record(z.string(), z.unknown())),
    /** Every change the account made, with the record before and after. */
    history: z.array(z.record(z.string(), z.unknown())),
  })
  .meta({ id: 'AccountExport' })

const exportRoute = createRoute({
  method: 'get',
  path: '/account/export',
  tags: ['account'],
  summary: 'Export my account data',
  description:
    'Everything stored about your account (DSGVO Art. 15 and 20): the account, its roles and their changes, your entries, consents, sessions and every history row you authored. A download (Content-Disposition: attachment).',
  security: sessionSecurity,
  responses: {
    200: {
      description: 'Your data.',
      content: { 'application/json': { schema: AccountExportSchema } },
    },
    ...writeProblemResponses(401),
  },
})

const deleteRoute = createRoute({
  method: 'delete',
  path: '/account',
  tags: ['account'],
  summary: 'Delete my account',
  description:
    'Deletes your account, its sessions and your ownership of actors (DSGVO Art. 17). Contact data published with your consent is removed from the entries (the consent records stay with a pseudonym as proof). Your entries stay (a published actor stays published, a pending one waits for review) and their history names you by a pseudonym only. The last admin cannot delete itself (409).',
  security: sessionSecurity,
  request: { body: jsonBody(AccountDeleteBodySchema) },
  responses: {
    204: { description: 'Deleted; the session cookie is cleared.' },
    ...writeProblemResponses(400, 401, 403, 409, 422, 429),
  },
})

export function accountPrivacyRoutes(deps: WriteDependencies) {
  const { store, loginThrottle } = deps
  const signedIn = requireSignIn(deps)
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi({ ...exportRoute, middleware: [signedIn] }, async (c) => {
      const user = signedInUserOf(c)
      const account = await accountPrivacyRepository.account(store.db, user.id)
      if (!account) throw new Error(`signed-in user ${user.id} has no row`)
      const auditLog = await accountPrivacyRepository.auditRows(store.db, user.id)
      const exported = {
        exportedAt: new Date().toISOString(),
        account,
        roles: {
          current: account.role,
          changes: auditLog.filter(
            (row) =>
              row.subjectType === 'user' &&
              row.subjectId === user.id &&
              ['account_created', 'role_changed'].includes(row.action),
          ),
        },
        auditLog,
        ownedActorIds: await usersRepository.ownedActorIds(store.db, user.id),
        entries: await myEntries(store.db, user.id),
        consents: await contactConsentsRepository.allOfUser(store.db, user.id),
        sessions: await accountPrivacyRepository.sessions(store.db, user.id),
        history: await accountPrivacyRepository.authoredHistory(store.db, user.id),
      }
      c.header('Cache-Control', 'no-store')
      c.header('Content-Disposition', 'attachment; filename="netzwerkatlas-konto.json"')
      return c.json(exported, 200)
    })
    .openapi({ ...deleteRoute, middleware: [signedIn] }, async (c) => {
      const { currentPassword } = c.req.valid('json')
      const user = signedInUserOf(c)
      // The same limit as a password change: a session left open must not become a password oracle.
      const retryAfter = loginThrottle.retryAfterSeconds([`password:${user.id}`], Date.now())
      if (retryAfter > 0) return tooManyAttempts(c, retryAfter)
      const stored = await usersRepository.findById(store.db, user.id)
      if (!(await verifyPassword(stored?.passwordHash ?? null, currentPassword)))
        return invalidRecordProblem(c, [
          { pointer: '#/currentPassword', detail: 'not the current password' },
        ])
      // A write (data version, history): the account's consents end with it, and the contacts they covered go
      // from the entries as new versions, so nobody is left who could withdraw them (ADR 0027).
      const deleted = await writeUnlessRejected<true, 'last_admin'>(
        store,
        changedByOf(user),
        async (context, reject) => {
          const { tx } = context
          if (
            user.role === 'admin' &&
            (await accountPrivacyRepository.otherAdmins(tx, user.id)) === 0
          )
            return reject('last_admin')
          for (const actorId of await contactConsentsRepository.liveActorIdsOfUser(tx, user.id)) {
            const locked = await actorRepository.lock(context, actorId)
            const live = await contactConsentsRepository.live(tx, actorId)
            if (locked && live?.userId === user.id)
              await contactConsentsRepository.removeConsentedContact(
                context,
                locked,
                'account_deleted',
              )
          }
          await accountPrivacyRepository.deleteUser(tx, user.id)
          await auditLogRepository.append(tx, {
            actorUserId: user.id,
            actorLabel: 'self',
            action: 'account_deleted',
            subjectType: 'user',
            subjectId: user.id,
          })
          return true
        },
      )
      if (deleted.kind === 'rejected')
        return problemResponse(c, {
          type: '/problems/conflict',
          title: 'Not possible now',
          status: 409,
          detail: 'You are the last admin: make another account admin first.',
        })
      await deps.indexRefresher.refreshTo(deleted.dataVersion)
      clearSessionCookie(c)
      return c.body(null, 204)
    })
}
