/** One structured log line per request, with the request id that the response also carries (X-Request-Id). */
import type { MiddlewareHandler } from 'hono'
import type { Logger } from 'pino'
import type { AppEnv } from './app-env.ts'

export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now()
    c.set('logger', logger.child({ requestId: c.var.requestId }))
    await next()
    const durationMs = Math.round((performance.now() - started) * 10) / 10
    const entry = { method: c.req.method, path: c.req.path, status: c.res.status, durationMs }
    if (c.res.status >= 500) c.var.logger.error(entry, 'request failed')
    else c.var.logger.info(entry, 'request')
  }
}
