/**
 * Per-client limits on expensive routes: a token bucket (a burst, then a steady rate) and a cap on requests
 * in progress at once. Only work that is really done counts: a 304 or a body already kept in memory costs a
 * lookup, so it neither needs nor spends a token. Refusals are 429 problem+json with `Retry-After`.
 *
 * The client is the remote address of the socket. Requests without one come from inside the process
 * (`app.request()` in tests) and are not limited.
 */
import type { IncomingMessage } from 'node:http'
import { problemTypes } from '@netzwerkatlas/shared'
import type { Context, MiddlewareHandler } from 'hono'
import type { RateLimits } from '../config.ts'
import type { AppEnv } from './app-env.ts'
import { problemResponse } from './problem.ts'

interface ClientState {
  tokens: number
  refilledAt: number
  inProgress: number
}

/** Clients remembered at most; past that, those with a full bucket and nothing in progress are forgotten. */
const TRACKED_CLIENTS = 10_000

export interface ExpensiveRequestRule {
  /** Whether this request is expensive; `isCached` tells whether its answer is already at hand. */
  isExpensive: (c: Context<AppEnv>) => boolean
  isCached: (c: Context<AppEnv>) => boolean
}

function remoteAddressOf(c: Context<AppEnv>): string | undefined {
  const bindings = c.env as { incoming?: IncomingMessage } | undefined
  return bindings?.incoming?.socket.remoteAddress
}

export function rateLimit(
  limits: RateLimits,
  rule: ExpensiveRequestRule,
  now: () => number = () => performance.now(),
): MiddlewareHandler<AppEnv> {
  const clients = new Map<string, ClientState>()

  const refill = (state: ClientState, at: number) => {
    const earned = ((at - state.refilledAt) / 1000) * limits.perSecond
    state.tokens = Math.min(limits.burst, state.tokens + earned)
    state.refilledAt = at
  }

  const forgetIdleClients = (at: number) => {
    for (const [address, state] of clients) {
      refill(state, at)
      if (state.inProgress === 0 && state.tokens >= limits.burst) clients.delete(address)
    }
  }

  const stateOf = (address: string, at: number): ClientState => {
    let state = clients.get(address)
    if (!state) {
      if (clients.size >= TRACKED_CLIENTS) forgetIdleClients(at)
      state = { tokens: limits.burst, refilledAt: at, inProgress: 0 }
      clients.set(address, state)
    }
    refill(state, at)
    return state
  }

  const tooMany = (c: Context<AppEnv>, retryAfterSeconds: number, detail: string) => {
    c.header('Retry-After', String(retryAfterSeconds))
    return problemResponse(c, {
      type: problemTypes.tooManyRequests,
      title: 'Too many requests',
      status: 429,
      detail,
    })
  }

  return async (c, next) => {
    const address = remoteAddressOf(c)
    if (address === undefined || !rule.isExpensive(c) || rule.isCached(c)) return next()
    const at = now()
    const state = stateOf(address, at)
    if (state.inProgress >= limits.concurrency) {
      return tooMany(
        c,
        1,
        `At most ${limits.concurrency} such requests at a time; wait for one to finish.`,
      )
    }
    if (state.tokens < 1) {
      const seconds = Math.max(1, Math.ceil((1 - state.tokens) / limits.perSecond))
      return tooMany(
        c,
        seconds,
        `At most ${limits.perSecond} such requests per second; retry in ${seconds} s.`,
      )
    }
    state.tokens -= 1
    state.inProgress += 1
    try {
      await next()
    } finally {
      state.inProgress -= 1
    }
  }
}

/**
 * The expensive routes of this API: whole-network views, relationship lists, and actor lists that search
 * text or space, exports and partner searches.
 */
const EXPENSIVE_ACTOR_PARAMETERS = ['text', 'bbox', 'near'] as const

export function isExpensiveApiRequest(c: Context<AppEnv>): boolean {
  const path = c.req.path
  if (path === '/api/network' || path === '/api/relationships') return true
  if (path.startsWith('/api/export/')) return true
  // Each partner search scores every candidate in its radius.
  if (path === '/api/partners') return true
  if (path === '/api/actors') return EXPENSIVE_ACTOR_PARAMETERS.some((name) => c.req.query(name))
  return false
}
