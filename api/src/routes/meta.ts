/** GET /meta: vocabularies with labels and counts, datasets, districts, data version and geodata credits. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { MetaResponseSchema } from '@netzwerkatlas/shared'
import { z } from 'zod'
import type { AppEnv } from '../http/app-env.ts'
import { versionedJson } from '../http/caching.ts'
import { validationHook } from '../http/problem.ts'
import { notModifiedResponse, problemResponses, versionedHeaders } from './openapi-responses.ts'

const metaRoute = createRoute({
  method: 'get',
  path: '/meta',
  tags: ['meta'],
  summary: 'Vocabularies, counts and credits',
  description:
    'Taxonomies with German and English labels and counts, real and demo counts, datasets with their licences, districts, the data version, whether demo data is present, and the credits the geodata requires. Every count is of the public view (published actors and the published relationships between two of them); `counts.archived` and `counts.pending` say how many records it leaves out.',
  request: { query: z.strictObject({}) },
  responses: {
    200: {
      description: 'Metadata.',
      content: { 'application/json': { schema: MetaResponseSchema } },
      ...versionedHeaders,
    },
    ...notModifiedResponse,
    ...problemResponses(400),
  },
})

export const metaRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  metaRoute,
  (c) => versionedJson(c, () => c.var.index.meta()),
)
