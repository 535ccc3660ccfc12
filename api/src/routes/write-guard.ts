/** The first steps of every write: a signed-in user (401), no cross-site request or missing token (403), If-Match. */
import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../http/app-env.ts'
import { requestUser } from '../auth/request-user.ts'
import type { SessionUser } from '../auth/sessions.ts'
import { parseIfMatch } from '../domain/contributions/if-match.ts'
import type { Writer } from '../domain/contributions/write-permissions.ts'
import type { WriteDependencies } from './write-dependencies.ts'
import {
  csrfProblem,
  malformedIfMatchProblem,
  preconditionRequiredProblem,
  unauthorizedProblem,
} from './write-problems.ts'

/** The signed-in user of each request that passed `requireSignIn` (kept off AppEnv: only writes have one). */
const usersOfRequests = new WeakMap<Request, SessionUser>()

/** The user `requireSignIn` found; a route without that middleware is our bug. */
export function signedInUserOf(c: Context): SessionUser {
  const user = usersOfRequests.get(c.req.raw)
  if (!user) throw new Error(`${c.req.method} ${c.req.path} has no requireSignIn middleware`)
  return user
}

/**
 * Route middleware (it runs before the body is validated): who is not signed in learns nothing about the
 * body's rules, and a cross-site request is refused before any work.
 */
export function requireSignIn(deps: WriteDependencies): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const found = await requestUser(c, deps.sessions)
    switch (found.kind) {
      case 'anonymous':
        return unauthorizedProblem(c)
      case 'csrf':
        return csrfProblem(c, found.detail)
      case 'user':
        usersOfRequests.set(c.req.raw, found.user)
        return next()
    }
  }
}

export const writerOf = (c: Context): Writer => {
  const { id, role } = signedInUserOf(c)
  return { id, role }
}

/** The version the client edited, from If-Match (428 without it). */
export function expectedVersion(c: Context): number | Response {
  const ifMatch = parseIfMatch(c.req.header('if-match'))
  switch (ifMatch.kind) {
    case 'missing':
      return preconditionRequiredProblem(c)
    case 'malformed':
      return malformedIfMatchProblem(c)
    case 'version':
      return ifMatch.version
  }
}

/** Answers with the written record and its version as ETag, once the index serves the write. */
export async function writtenRecord(
  c: Context,
  deps: WriteDependencies,
  dataVersion: number,
  record: { version: number },
  status: 200 | 201 = 200,
) {
  await deps.indexRefresher.refreshTo(dataVersion)
  c.header('ETag', `"${record.version}"`)
  c.header('Cache-Control', 'no-store')
  return c.json(record, status)
}
