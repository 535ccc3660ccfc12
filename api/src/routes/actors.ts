/** GET /actors (filtered, paged list) and GET /actors/{id} (one actor with its relationships and neighbours). */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import {
  ActorDetailResponseSchema,
  ActorIdParamsSchema,
  ActorListQuerySchema,
  ActorListResponseSchema,
} from '@netzwerkatlas/shared'
import { actorDetail } from '../domain/actors/actor-detail.ts'
import { listActors } from '../domain/actors/list-actors.ts'
import type { AppEnv } from '../http/app-env.ts'
import { versionedJson } from '../http/caching.ts'
import { invalidCursorProblem, notFoundProblem, validationHook } from '../http/problem.ts'
import { forbiddenStatusProblem } from './status-access.ts'
import { notModifiedResponse, problemResponses, versionedHeaders } from './openapi-responses.ts'

const listActorsRoute = createRoute({
  method: 'get',
  path: '/actors',
  tags: ['actors'],
  summary: 'List actors',
  description: 'Actors matching the filters, in German alphabetical order, one page at a time.',
  request: { query: ActorListQuerySchema },
  responses: {
    200: {
      description: 'One page of actors.',
      content: { 'application/json': { schema: ActorListResponseSchema } },
      ...versionedHeaders,
    },
    ...notModifiedResponse,
    ...problemResponses(400, 403),
  },
})

const actorDetailRoute = createRoute({
  method: 'get',
  path: '/actors/{id}',
  tags: ['actors'],
  summary: 'One actor',
  description: 'The actor with its published relationships and the actors at their other ends.',
  request: { params: ActorIdParamsSchema },
  responses: {
    200: {
      description: 'The actor.',
      content: { 'application/json': { schema: ActorDetailResponseSchema } },
      ...versionedHeaders,
    },
    ...notModifiedResponse,
    ...problemResponses(400, 404),
  },
})

export const actorRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(listActorsRoute, (c) => {
    const query = c.req.valid('query')
    const forbidden = forbiddenStatusProblem(c, query.status)
    if (forbidden) return forbidden
    const result = listActors(c.var.index, query)
    if (result.kind === 'invalid_cursor') return invalidCursorProblem(c)
    const { kind: _ok, ...page } = result
    return versionedJson(c, () => page)
  })
  .openapi(actorDetailRoute, (c) => {
    const { id } = c.req.valid('param')
    const result = actorDetail(c.var.index, id)
    if (result.kind === 'not_found') return notFoundProblem(c, `There is no actor "${id}".`)
    const { kind: _ok, ...detail } = result
    return versionedJson(c, () => detail)
  })
