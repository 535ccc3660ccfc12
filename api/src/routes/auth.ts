/**
 * Sign-in and account: POST /auth/login, POST /auth/logout, GET /auth/session, POST /auth/password,
 * POST /auth/setup (the one-time link). Sessions live server-side; the cookie only names one (session-cookie.ts).
 */
import type { IncomingMessage } from 'node:http'
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import {
  AccountSetupBodySchema,
  LoginBodySchema,
  PasswordChangeBodySchema,
  SessionResponseSchema,
  SessionStateSchema,
  problemTypes,
  writeProblemTypes,
  type SessionResponse,
} from '@netzwerkatlas/shared'
import type { Context } from 'hono'
import { completeAccountSetup } from '../auth/account-setup.ts'
import { isCrossSiteRequest } from '../auth/csrf.ts'
import { checkPasswordLogin, PASSWORD_PROVIDER } from '../auth/password-login.ts'
import { hashPassword, verifyPassword } from '../auth/passwords.ts'
import { requestUser } from '../auth/request-user.ts'
import {
  clearSessionCookie,
  readSessionCookie,
  writeSessionCookie,
} from '../auth/session-cookie.ts'
import type { SessionUser } from '../auth/sessions.ts'
import type { AppEnv } from '../http/app-env.ts'
import { problemResponse, validationHook } from '../http/problem.ts'
import { auditLogRepository } from '../store/accounts/audit-log-repository.ts'
import { usersRepository } from '../store/accounts/users-repository.ts'
import type { WriteDependencies } from './write-dependencies.ts'
import { requireSignIn, signedInUserOf } from './write-guard.ts'
import { jsonBody, sessionSecurity, writeProblemResponses } from './write-openapi.ts'
import { csrfProblem } from './write-problems.ts'

const sessionResponse = {
  description: 'The signed-in user, the CSRF token for writes, and the actors the user owns.',
  content: { 'application/json': { schema: SessionResponseSchema } },
}

const loginRoute = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['accounts'],
  summary: 'Sign in',
  description:
    'Opens a session (HTTP-only cookie; idle 30 min, at most 12 h). Every failure answers the same 401; attempts are limited per client and per email (429).',
  request: { body: jsonBody(LoginBodySchema) },
  responses: { 200: sessionResponse, ...writeProblemResponses(400, 401, 403, 422, 429) },
})

const logoutRoute = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['accounts'],
  summary: 'Sign out',
  security: sessionSecurity,
  responses: { 204: { description: 'The session is closed.' }, ...writeProblemResponses(401, 403) },
})

const sessionRoute = createRoute({
  method: 'get',
  path: '/auth/session',
  tags: ['accounts'],
  summary: 'The current session',
  description:
    'The signed-in user, or `{ "signedIn": false }` without a (live) session: not a 401, since every page asks.',
  // `{}` first: the cookie is optional here (OpenAPI's way of saying "anonymous allowed").
  security: [{}, ...sessionSecurity],
  responses: {
    200: {
      description: 'The session, or `{ "signedIn": false }`.',
      content: { 'application/json': { schema: SessionStateSchema } },
    },
    ...writeProblemResponses(),
  },
})

const passwordRoute = createRoute({
  method: 'post',
  path: '/auth/password',
  tags: ['accounts'],
  summary: 'Change the password',
  description: 'Needs the current password; every other session of the account is closed.',
  security: sessionSecurity,
  request: { body: jsonBody(PasswordChangeBodySchema) },
  responses: {
    204: { description: 'Changed.' },
    ...writeProblemResponses(400, 401, 403, 422, 429),
  },
})

const setupRoute = createRoute({
  method: 'post',
  path: '/auth/setup',
  tags: ['accounts'],
  summary: 'Set the first password through a one-time link',
  request: { body: jsonBody(AccountSetupBodySchema) },
  responses: {
    204: { description: 'The password is set; sign in with it.' },
    ...writeProblemResponses(400, 403, 422),
  },
})

/** The remote address of the socket; requests from inside the process (tests) have none. */
function clientAddressOf(c: Context): string | undefined {
  const bindings = c.env as { incoming?: IncomingMessage } | undefined
  return bindings?.incoming?.socket.remoteAddress
}

export function tooManyAttempts(c: Context, retryAfterSeconds: number) {
  c.header('Retry-After', String(retryAfterSeconds))
  return problemResponse(c, {
    type: problemTypes.tooManyRequests,
    title: 'Too many attempts',
    status: 429,
    detail: `Try again in ${retryAfterSeconds} s.`,
  })
}

async function describeSession(
  deps: WriteDependencies,
  user: Pick<SessionUser, 'id' | 'email' | 'role'>,
  csrfToken: string,
): Promise<SessionResponse> {
  return {
    signedIn: true,
    user: { id: user.id, email: user.email, role: user.role },
    csrfToken,
    ownedActorIds: await usersRepository.ownedActorIds(deps.store.db, user.id),
  }
}

export function authRoutes(deps: WriteDependencies) {
  const { sessions, loginThrottle, store } = deps
  const router = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  router.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: '__Host-nwa_session',
    description:
      'Session cookie (HTTP-only, SameSite=Lax). Over plain HTTP (local development) it is `nwa_session`. Writes also need the session’s token in X-CSRF-Token.',
  })
  return router
    .openapi(loginRoute, async (c) => {
      if (isCrossSiteRequest(c)) return csrfProblem(c, 'Sign in on this site itself.')
      const { email, password } = c.req.valid('json')
      const client = clientAddressOf(c)
      const keys = [`email:${email.toLowerCase()}`, ...(client ? [`client:${client}`] : [])]
      const retryAfter = loginThrottle.retryAfterSeconds(keys, Date.now())
      if (retryAfter > 0) return tooManyAttempts(c, retryAfter)
      const user = await checkPasswordLogin(store.db, email, password)
      if (!user) {
        return problemResponse(c, {
          type: writeProblemTypes.loginFailed,
          title: 'Sign-in failed',
          status: 401,
          detail: 'Email address or password is not correct.',
        })
      }
      const { token, csrfToken } = await sessions.open(user.id, PASSWORD_PROVIDER)
      writeSessionCookie(c, token, sessions.limits.absoluteSeconds)
      c.header('Cache-Control', 'no-store')
      return c.json(await describeSession(deps, user, csrfToken), 200)
    })
    .openapi({ ...logoutRoute, middleware: [requireSignIn(deps)] }, async (c) => {
      const token = readSessionCookie(c)
      if (token !== undefined) await sessions.close(token)
      clearSessionCookie(c)
      return c.body(null, 204)
    })
    .openapi(sessionRoute, async (c) => {
      const found = await requestUser(c, sessions)
      c.header('Cache-Control', 'no-store')
      if (found.kind !== 'user') return c.json({ signedIn: false as const }, 200)
      return c.json(await describeSession(deps, found.user, found.user.csrfToken), 200)
    })
    .openapi({ ...passwordRoute, middleware: [requireSignIn(deps)] }, async (c) => {
      const { currentPassword, newPassword } = c.req.valid('json')
      const user = signedInUserOf(c)
      const retryAfter = loginThrottle.retryAfterSeconds([`password:${user.id}`], Date.now())
      if (retryAfter > 0) return tooManyAttempts(c, retryAfter)
      const stored = await usersRepository.findById(store.db, user.id)
      if (!(await verifyPassword(stored?.passwordHash ?? null, currentPassword))) {
        return problemResponse(c, {
          type: problemTypes.validation,
          title: 'The request body is not valid',
          status: 422,
          detail: 'Check #/currentPassword.',
          errors: [{ pointer: '#/currentPassword', detail: 'not the current password' }],
        })
      }
      await usersRepository.setPasswordHash(store.db, user.id, await hashPassword(newPassword))
      await sessions.closeOthers(user.id, user.sessionHash)
      await auditLogRepository.append(store.db, {
        actorUserId: user.id,
        actorLabel: 'self',
        action: 'password_changed',
        subjectType: 'user',
        subjectId: user.id,
      })
      return c.body(null, 204)
    })
    .openapi(setupRoute, async (c) => {
      if (isCrossSiteRequest(c)) return csrfProblem(c, 'Use the link on this site itself.')
      const { token, password } = c.req.valid('json')
      if (!(await completeAccountSetup(store.db, token, password))) {
        return problemResponse(c, {
          type: problemTypes.validation,
          title: 'The request body is not valid',
          status: 422,
          detail: 'Check #/token.',
          errors: [{ pointer: '#/token', detail: 'this link is unknown, used or expired' }],
        })
      }
      return c.body(null, 204)
    })
}
