/** GET /health: liveness and database readiness, for load balancers and start scripts. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { HealthResponseSchema } from '@netzwerkatlas/shared'
import type { AppEnv } from '../http/app-env.ts'
import { validationHook } from '../http/problem.ts'

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  tags: ['operations'],
  summary: 'Health',
  responses: {
    200: {
      description: 'The process serves requests and the database answers.',
      content: { 'application/json': { schema: HealthResponseSchema } },
    },
    503: {
      description: 'The database does not answer.',
      content: { 'application/json': { schema: HealthResponseSchema } },
    },
  },
})

export function healthRoutes(isDatabaseReachable: () => Promise<boolean>) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
    healthRoute,
    async (c) => {
      const isReachable = await isDatabaseReachable()
      c.header('Cache-Control', 'no-store')
      const body = {
        status: isReachable ? ('ok' as const) : ('unavailable' as const),
        database: isReachable ? ('ok' as const) : ('unavailable' as const),
        dataVersion: c.var.index.dataVersion,
      }
      return isReachable ? c.json(body, 200) : c.json(body, 503)
    },
  )
}
