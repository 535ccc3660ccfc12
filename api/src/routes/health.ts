/**
 * Health for load balancers, supervisors and start scripts. Liveness: the process answers (restart it if not).
 * Readiness: the database answers and the index is built (send traffic only then). `/health` is readiness.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { HealthResponseSchema, LivenessResponseSchema } from '@netzwerkatlas/shared'
import type { Context } from 'hono'
import type { AppEnv } from '../http/app-env.ts'
import { validationHook } from '../http/problem.ts'

const readinessResponses = {
  200: {
    description: 'Ready: the database answers and the index is built.',
    content: { 'application/json': { schema: HealthResponseSchema } },
  },
  503: {
    description: 'Not ready: the database does not answer (e.g. while it is being restarted).',
    content: { 'application/json': { schema: HealthResponseSchema } },
  },
}

const liveRoute = createRoute({
  method: 'get',
  path: '/health/live',
  tags: ['operations'],
  summary: 'Liveness',
  description:
    'Answers 200 whenever the process serves requests, whatever the state of the database.',
  responses: {
    200: {
      description: 'The process answers.',
      content: { 'application/json': { schema: LivenessResponseSchema } },
    },
  },
})

const readyRoute = createRoute({
  method: 'get',
  path: '/health/ready',
  tags: ['operations'],
  summary: 'Readiness',
  description:
    'The port opens only once the index is built, so an answer means the index is there; 200 also needs the database to answer within 2 s.',
  responses: readinessResponses,
})

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  tags: ['operations'],
  summary: 'Health (readiness)',
  description: 'The same as `/health/ready`, kept for existing start scripts.',
  responses: readinessResponses,
})

export function healthRoutes(isDatabaseReachable: () => Promise<boolean>) {
  const readiness = async (c: Context<AppEnv>) => {
    const isReady = await isDatabaseReachable()
    c.header('Cache-Control', 'no-store')
    const state = isReady ? ('ok' as const) : ('unavailable' as const)
    const body = { status: state, database: state, dataVersion: c.var.index.dataVersion }
    return isReady ? c.json(body, 200) : c.json(body, 503)
  }
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(liveRoute, (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json({ status: 'ok' as const }, 200)
    })
    .openapi(readyRoute, readiness)
    .openapi(healthRoute, readiness)
}
