/**
 * CSRF protection for cookie-authenticated requests, JSON included. Two independent checks:
 * 1. the request must not come from another site: `Sec-Fetch-Site: cross-site` or an `Origin` whose host is not
 *    this host is refused (browsers send both with every cross-origin POST/PATCH);
 * 2. a write with a session must carry the session's token in `X-CSRF-Token`. Another site can neither read the
 *    token nor send a custom header without a CORS preflight, which this API never grants for writes.
 */
import { timingSafeEqual } from 'node:crypto'
import { CSRF_HEADER } from '@netzwerkatlas/shared'
import type { Context } from 'hono'

export function isCrossSiteRequest(c: Context): boolean {
  if (c.req.header('sec-fetch-site') === 'cross-site') return true
  const origin = c.req.header('origin')
  if (origin === undefined) return false
  if (origin === 'null') return true
  const host = c.req.header('x-forwarded-host') ?? c.req.header('host') ?? new URL(c.req.url).host
  try {
    return new URL(origin).host !== host
  } catch {
    return true
  }
}

export function hasSessionCsrfToken(c: Context, expected: string): boolean {
  const sent = c.req.header(CSRF_HEADER)
  if (sent === undefined) return false
  const a = Buffer.from(sent)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
