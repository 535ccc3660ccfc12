/** GET /my/entries: the signed-in user's own actors and relationships in every state (pending, published, archived). */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { MyEntriesResponseSchema } from '@netzwerkatlas/shared'
import type { AppEnv } from '../http/app-env.ts'
import { validationHook } from '../http/problem.ts'
import { myEntries } from '../store/my-entries-repository.ts'
import type { WriteDependencies } from './write-dependencies.ts'
import { requireSignIn, writerOf } from './write-guard.ts'
import { sessionSecurity, writeProblemResponses } from './write-openapi.ts'

const myEntriesRoute = createRoute({
  method: 'get',
  path: '/my/entries',
  tags: ['contributions'],
  summary: 'My entries',
  description:
    'The actors you own or created and their relationships (or those you proposed), pending, published and archived. Only ever your own.',
  security: sessionSecurity,
  responses: {
    200: {
      description: 'Your entries.',
      content: { 'application/json': { schema: MyEntriesResponseSchema } },
    },
    ...writeProblemResponses(401),
  },
})

export const myEntriesRoutes = (deps: WriteDependencies) =>
  new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
    { ...myEntriesRoute, middleware: [requireSignIn(deps)] },
    async (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json(await myEntries(deps.store.db, writerOf(c).id), 200)
    },
  )
