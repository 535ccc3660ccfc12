/** GET /network: compact nodes and edges for the map and the graph, filtered by the shared filters. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { NetworkQuerySchema, NetworkResponseSchema } from '@netzwerkatlas/shared'
import type { AppEnv } from '../http/app-env.ts'
import { networkJson } from '../domain/network/network-json.ts'
import { versionedJson } from '../http/caching.ts'
import { JsonText } from '../http/serialised-body.ts'
import { validationHook } from '../http/problem.ts'
import { notModifiedResponse, problemResponses, versionedHeaders } from './openapi-responses.ts'
import { forbiddenStatusProblem } from './status-access.ts'

const networkRoute = createRoute({
  method: 'get',
  path: '/network',
  tags: ['network'],
  summary: 'The network',
  description:
    'Nodes (actors that pass the filters) and edges (published relationships between two such nodes). Bodies are serialised and compressed (brotli, gzip) once per data version and filter.',
  request: { query: NetworkQuerySchema },
  responses: {
    200: {
      description: 'Nodes and edges.',
      content: { 'application/json': { schema: NetworkResponseSchema } },
      ...versionedHeaders,
    },
    ...notModifiedResponse,
    ...problemResponses(400, 403),
  },
})

export const networkRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  networkRoute,
  (c) => {
    const filters = c.req.valid('query')
    const forbidden = forbiddenStatusProblem(c, filters.status)
    if (forbidden) return forbidden
    return versionedJson(c, () => new JsonText(networkJson(c.var.index, filters)))
  },
)
