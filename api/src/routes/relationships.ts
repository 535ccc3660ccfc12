/** GET /relationships: published relationships, filtered like the network, one page at a time. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { RelationshipListQuerySchema, RelationshipListResponseSchema } from '@netzwerkatlas/shared'
import { listRelationships } from '../domain/relationships/list-relationships.ts'
import type { AppEnv } from '../http/app-env.ts'
import { versionedJson } from '../http/caching.ts'
import { invalidCursorProblem, validationHook } from '../http/problem.ts'
import { notModifiedResponse, problemResponses, versionedHeaders } from './openapi-responses.ts'
import { forbiddenStatusProblem } from './status-access.ts'

const listRelationshipsRoute = createRoute({
  method: 'get',
  path: '/relationships',
  tags: ['relationships'],
  summary: 'List relationships',
  description:
    'Published relationships in id order. Actor filters (type, topic, district, …) apply to both ends; `relationshipType` and `synthetic` to the relationship itself; `actor` keeps the relationships of one actor.',
  request: { query: RelationshipListQuerySchema },
  responses: {
    200: {
      description: 'One page of relationships.',
      content: { 'application/json': { schema: RelationshipListResponseSchema } },
      ...versionedHeaders,
    },
    ...notModifiedResponse,
    ...problemResponses(400, 403),
  },
})

export const relationshipRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  listRelationshipsRoute,
  (c) => {
    const query = c.req.valid('query')
    const forbidden = forbiddenStatusProblem(c, query.status)
    if (forbidden) return forbidden
    const result = listRelationships(c.var.index, query)
    if (result.kind === 'invalid_cursor') return invalidCursorProblem(c)
    const { kind: _ok, ...page } = result
    return versionedJson(c, () => page)
  },
)
