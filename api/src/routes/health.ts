/**
 * Health for load balancers, supervisors and start scripts. Liveness: the process answers (restart it if not).
 * Readiness: the database answers and the index is built (send traffic only then). `/health` is readiness.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { HealthResponseSchema, LivenessResponseSchema } from '@netzwerkatlas/shared'
import type { Context } from 'hono'
import type { AppEnv } from '../http/app-env.ts'
import type { BodyVersion } from '../http/caching.ts'
import type { IndexHolder } from '../index/index-holder.ts'
import { validationHook } from '../http/problem.ts'

const readinessResponses = {
  200: {
    description: 'Ready: the database answers and the index is built.',
    content: { 'application/json': { schema: HealthResponseSchema } },
  },
  503: {
    description:
      'Not ready: the database does not answer (e.g. while it is being restarted), or the index is still being built at start-up (`index: building`).',
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
    'The port opens before the index is built (public reads saved by the previous run are answered meanwhile, the rest wait): 200 once the index is built and the database answers within 2 s.',
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

interface Readiness {
  isDatabaseReachable: () => Promise<boolean>
  indexHolder: Pick<IndexHolder, 'peek'>
  /** The data version read at start-up, reported while the index is being built. */
  startingVersion?: BodyVersion
}

export function healthRoutes({ isDatabaseReachable, indexHolder, startingVersion }: Readiness) {
  const readiness = async (c: Context<AppEnv>) => {
    const index = indexHolder.peek()
    const isReachable = await isDatabaseReachable()
    const isReady = isReachable && index !== undefined
    c.header('Cache-Control', 'no-store')
    const body = {
      status: isReady ? ('ok' as const) : ('unavailable' as const),
      database: isReachable ? ('ok' as const) : ('unavailable' as const),
      index: index ? ('ready' as const) : ('building' as const),
      dataVersion: index?.dataVersion ?? startingVersion?.dataVersion ?? 0,
    }
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
