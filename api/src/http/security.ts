/**
 * Security by default: strict headers with a Content-Security-Policy that needs no 'unsafe-inline' (the values
 * of hono's secureHeaders defaults, plus our CSP), CORS closed unless origins are configured, a request size limit.
 */
import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { cors } from 'hono/cors'
import { problemTypes } from '@netzwerkatlas/shared'
import type { AppEnv } from './app-env.ts'
import { problemResponse } from './problem.ts'

function contentSecurityPolicy(frameAncestors: string, onlineOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob:${onlineOrigin}`,
    `font-src 'self'${onlineOrigin}`,
    `connect-src 'self'${onlineOrigin}`,
    // MapLibre starts its worker from a blob: URL.
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ')
}

const OTHER_SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(self)'],
]

export interface SecurityOptions {
  /** Origins that may frame the embeddable map (/embed/…); none: no page may frame us. */
  frameAncestors?: readonly string[]
  /** An online map style: its origin may serve styles, tiles, glyphs and sprites. */
  mapStyleUrl?: string | undefined
}

/**
 * The same headers on every response, set before the handler runs so they travel with the response as it is
 * built (setting them afterwards on a finished Response cost ~10 % of a cached request's CPU).
 */
export function securityHeaders(options: SecurityOptions = {}): MiddlewareHandler<AppEnv> {
  const headersFor = securityHeadersByPath(options)
  return async (c, next) => {
    for (const [name, value] of headersFor(c.req.path)) c.header(name, value)
    await next()
  }
}

/** The security headers of a response to `path` (kept-body-answers.ts writes them without the framework). */
export function securityHeadersByPath({ frameAncestors = [], mapStyleUrl }: SecurityOptions = {}): (
  path: string,
) => readonly (readonly [string, string])[] {
  const onlineOrigin = mapStyleUrl ? ` ${new URL(mapStyleUrl).origin}` : ''
  const headers: (readonly [string, string])[] = [
    ['Content-Security-Policy', contentSecurityPolicy("'none'", onlineOrigin)],
    ['X-Frame-Options', 'SAMEORIGIN'],
    ...OTHER_SECURITY_HEADERS,
  ]
  // Only the embeddable views may be framed, and only by the configured origins.
  const embedHeaders: (readonly [string, string])[] =
    frameAncestors.length === 0
      ? headers
      : [
          [
            'Content-Security-Policy',
            contentSecurityPolicy(frameAncestors.join(' '), onlineOrigin),
          ],
          ...OTHER_SECURITY_HEADERS,
        ]
  return (path) => (path.startsWith('/embed/') ? embedHeaders : headers)
}

/** CORS headers only for configured origins; with none, browsers allow the app's own origin only. */
export function corsPolicy(origins: readonly string[]): MiddlewareHandler<AppEnv> | undefined {
  if (origins.length === 0) return undefined
  return cors({
    origin: [...origins],
    allowMethods: ['GET', 'HEAD'],
    exposeHeaders: ['ETag'],
    maxAge: 600,
  })
}

/**
 * Limits request bodies. Only methods that carry a body are checked: hono's bodyLimit builds a full Request
 * for every request it sees, which cost GETs 16 % of their CPU (bench, 2026-11-25).
 */
export function requestSizeLimit(maxBytes: number): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      problemResponse(c, {
        type: problemTypes.payloadTooLarge,
        title: 'Request body too large',
        status: 413,
        detail: `Send at most ${maxBytes} bytes.`,
      }),
  })
  return (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next))
}
