/** Who sends a request: the user of its session cookie, checked against CSRF for anything but a read. */
import type { Context } from 'hono'
import { hasSessionCsrfToken, isCrossSiteRequest } from './csrf.ts'
import { readSessionCookie } from './session-cookie.ts'
import type { Sessions, SessionUser } from './sessions.ts'

export type RequestUser =
  | { kind: 'user'; user: SessionUser; token: string }
  | { kind: 'anonymous' }
  | { kind: 'csrf'; detail: string }

const isSafeMethod = (method: string) => method === 'GET' || method === 'HEAD'

export async function requestUser(c: Context, sessions: Sessions): Promise<RequestUser> {
  const token = readSessionCookie(c)
  if (!isSafeMethod(c.req.method) && isCrossSiteRequest(c))
    return { kind: 'csrf', detail: 'Requests from other sites may not change anything here.' }
  const user = token === undefined ? undefined : await sessions.resolve(token)
  if (!user || token === undefined) return { kind: 'anonymous' }
  if (!isSafeMethod(c.req.method) && !hasSessionCsrfToken(c, user.csrfToken))
    return { kind: 'csrf', detail: 'Send the session\u2019s token in X-CSRF-Token.' }
  return { kind: 'user', user, token }
}
