/** One structured log line per request, with the request id that the response also carries (X-Request-Id). */
import type { MiddlewareHandler } from 'hono'
import type { Logger } from 'pino'
import type { AppEnv } from './app-env.ts'

export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now()
    c.set('logger', logger)
    await next()
    const isError = c.res.status >= 500
    if (!logger.isLevelEnabled(isError ? 'error' : 'info')) return
    const entry = {
      requestId: c.var.requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    }
    if (isError) logger.error(entry, 'request failed')
    else logger.info(entry, 'request')
  }
}
