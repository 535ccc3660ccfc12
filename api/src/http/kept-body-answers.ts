/**
 * A repeated public read of a body that is already kept (the whole network, say) is answered by Node's HTTP
 * server before the request reaches the framework (ADR 0022). For a 500 KB body, routing, query validation,
 * the Request and Response objects and their header bookkeeping cost more CPU than writing the bytes: with
 * them, one core served 0.68× of what a bare server sends of the same bytes (bench, 2026-12-02).
 *
 * Only what the framework would answer the same way: a GET of one of the versioned public reads, without a
 * `status` filter (its answer depends on who asks), whose compressed body the index being served already has
 * in memory, in a coding the client accepts; the same headers, a 304 for a matching tag. Everything else goes
 * on to the framework, and so does every request while debug logging is on (that logs each request) or while
 * CORS is configured and the request names an origin.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger } from 'pino'
import type { Config } from '../config.ts'
import type { IndexHolder } from '../index/index-holder.ts'
import {
  cacheKey,
  isVersionedPublicRead,
  matchesIfNoneMatch,
  versionHeaders,
  versionTag,
} from './caching.ts'
import { negotiateEncoding } from './encoding.ts'
import { requestIdFor } from './request-log.ts'
import type { ResponseBodies } from './response-bodies.ts'
import { securityHeadersByPath } from './security.ts'

interface KeptBodyAnswerOptions {
  bodies: ResponseBodies
  indexHolder: IndexHolder
  /** The security headers of every response to a path (security.ts). */
  securityHeadersFor: (path: string) => readonly (readonly [string, string])[]
  /** Whether every request is logged (requestLog logs successful ones at debug). */
  logsEveryRequest: () => boolean
  /** CORS answers depend on the request's Origin: those go to the framework. */
  hasCors: boolean
}

/**
 * Targets and hosts the framework takes as they are (no normalisation, no dot segments, no `//host`), so the
 * key found here is the one it would find; anything unusual is left to its checks and answers.
 */
const PLAIN_TARGET = /^\/api\/[a-z/]+(\?[\w%&=,.~+-]*)?$/
const PLAIN_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/

/** The answers for an app of `config` that keeps `bodies` and logs with `logger` (start-api.ts, tests). */
export function keptBodyAnswersOf(
  config: Pick<Config, 'corsOrigins' | 'frameAncestors' | 'mapStyleUrl'>,
  {
    bodies,
    indexHolder,
    logger,
  }: { bodies: ResponseBodies; indexHolder: IndexHolder; logger: Logger },
): KeptBodyAnswer {
  return keptBodyAnswers({
    bodies,
    indexHolder,
    securityHeadersFor: securityHeadersByPath(config),
    logsEveryRequest: () => logger.isLevelEnabled('debug'),
    hasCors: config.corsOrigins.length > 0,
  })
}

/** Answers the request and returns true, or leaves it untouched and returns false. */
export type KeptBodyAnswer = (request: IncomingMessage, response: ServerResponse) => boolean

function keptBodyAnswers({
  bodies,
  indexHolder,
  securityHeadersFor,
  logsEveryRequest,
  hasCors,
}: KeptBodyAnswerOptions): KeptBodyAnswer {
  return (request, response) => {
    const target = request.url
    if (request.method !== 'GET' || !target || !PLAIN_TARGET.test(target)) return false
    if (!PLAIN_HOST.test(request.headers.host ?? '')) return false
    if ((hasCors && request.headers.origin !== undefined) || logsEveryRequest()) return false
    const index = indexHolder.peek()
    if (!index) return false
    const url = new URL(target, 'http://kept.invalid')
    if (!isVersionedPublicRead(url.pathname, url.searchParams)) return false
    const coding = negotiateEncoding(request.headers['accept-encoding'])
    if (coding === undefined || coding === 'identity') return false
    const bytes = bodies.inMemory(cacheKey(index, `${url.pathname}${url.search}`), coding)
    if (!bytes) return false

    const etag = versionTag(index)
    // Lower-case names, as the framework's Headers send them: the same bytes on the wire.
    const headers: Record<string, string | number> = {}
    for (const [name, value] of securityHeadersFor(url.pathname))
      headers[name.toLowerCase()] = value
    headers['x-request-id'] = requestIdFor(headerValue(request.headers['x-request-id']))
    for (const [name, value] of Object.entries(versionHeaders(etag)))
      headers[name.toLowerCase()] = value
    if (matchesIfNoneMatch(headerValue(request.headers['if-none-match']), etag)) {
      response.writeHead(304, headers)
      response.end()
      return true
    }
    headers['content-type'] = 'application/json'
    headers['content-encoding'] = coding
    headers['Content-Length'] = bytes.byteLength
    response.writeHead(200, headers)
    response.end(bytes)
    return true
  }
}

/** Node joins repeated headers with ", " except a few; X-Request-Id and If-None-Match arrive as strings. */
const headerValue = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.join(', ') : value
