/**
 * One structured log line per request, with the request id that the response also carries (X-Request-Id).
 * Successful requests log at debug, so a busy server at the default level writes only what needs a look:
 * client errors at info, server errors at error.
 */
import type { MiddlewareHandler } from 'hono'
import { requestId } from 'hono/request-id'
import type { Logger } from 'pino'
import type { AppEnv } from './app-env.ts'

/**
 * A client-sent X-Request-Id is kept only if it is short and made of letters, digits, `_`, `-` and `=`
 * (hono's check); anything else is replaced by a fresh id before it reaches a log line.
 */
export const requestIds = () => requestId({ limitLength: REQUEST_ID_MAX_LENGTH })

const REQUEST_ID_MAX_LENGTH = 64

/** The id the requestIds middleware gives a request that sent `sent` (for answers made without it). */
export function requestIdFor(sent: string | undefined): string {
  const isAcceptable = sent && sent.length <= REQUEST_ID_MAX_LENGTH && !/[^\w\-=]/.test(sent)
  return isAcceptable ? sent : crypto.randomUUID()
}

function levelFor(status: number) {
  if (status >= 500) return 'error' as const
  if (status >= 400) return 'info' as const
  return 'debug' as const
}

export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now()
    c.set('logger', logger)
    await next()
    const level = levelFor(c.res.status)
    if (!logger.isLevelEnabled(level)) return
    const entry = {
      requestId: c.var.requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    }
    logger[level](entry, level === 'error' ? 'request failed' : 'request')
  }
}
