/**
 * The port opens before the first index is built (ADR 0016). Until it is there, an API request is either
 * answered without the index, or waits for it: never a partial or a stale answer.
 *
 * - liveness and readiness answer at once (readiness says "not ready" until the index is built), and so do
 *   the basemap, the map settings and the API docs, which read no index;
 * - a public read whose compressed body the previous run saved for this very database, data version and
 *   URL (saved-bodies.ts) gets those bytes: what a cold build would answer, byte for byte;
 * - everything else waits for the index and then runs as usual.
 */
import type { MiddlewareHandler } from 'hono'
import type { IndexHolder } from '../index/index-holder.ts'
import type { AppEnv } from './app-env.ts'
import { isVersionedPublicRead, keptVersionedJson, type BodyVersion } from './caching.ts'

/** Routes that read no index: health answers from what it knows, the basemap and the docs from start-up data. */
const ANSWERED_WITHOUT_INDEX = new Set([
  '/api/health/live',
  '/api/health/ready',
  '/api/health',
  '/api/map/settings',
  '/api/openapi.json',
])
const needsNoIndex = (path: string) =>
  ANSWERED_WITHOUT_INDEX.has(path) ||
  path.startsWith('/api/map/basemap/') ||
  path === '/api/docs' ||
  path.startsWith('/api/docs/')

export function startUpGate(
  holder: IndexHolder,
  startingVersion: BodyVersion | undefined,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const index = holder.peek()
    if (index) {
      c.set('index', index)
      return next()
    }
    if (needsNoIndex(c.req.path)) return next()
    const isSavedRead =
      startingVersion &&
      c.req.method === 'GET' &&
      isVersionedPublicRead(c.req.path, new URL(c.req.url).searchParams)
    const saved = isSavedRead ? keptVersionedJson(c, startingVersion) : undefined
    if (saved) return saved
    c.set('index', await holder.ready())
    return next()
  }
}
