/**
 * Security by default: strict headers with a Content-Security-Policy that needs no 'unsafe-inline', CORS closed
 * unless origins are configured, and a request size limit.
 */
import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'
import { problemTypes } from '@netzwerkatlas/shared'
import type { AppEnv } from './app-env.ts'
import { problemResponse } from './problem.ts'

export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      // MapLibre starts its worker from a blob: URL.
      workerSrc: ["'self'", 'blob:'],
      childSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: 'same-origin',
    referrerPolicy: 'strict-origin-when-cross-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: ['self'] },
  })
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
