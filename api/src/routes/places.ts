/** GET /places?q=: the autocomplete of the place field, from the offline gazetteer. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { PlacesQuerySchema, PlacesResponseSchema } from '@netzwerkatlas/shared'
import { suggestPlaces } from '../domain/places/suggest-places.ts'
import type { AppEnv } from '../http/app-env.ts'
import { versionedJson } from '../http/caching.ts'
import { validationHook } from '../http/problem.ts'
import { notModifiedResponse, problemResponses, versionedHeaders } from './openapi-responses.ts'

const placesRoute = createRoute({
  method: 'get',
  path: '/places',
  tags: ['places'],
  summary: 'Places for an autocomplete',
  description:
    "Municipalities, districts and postcodes of Saxony whose name (with or without umlauts and suffixes such as '/O.L.') or postcode starts with `q`, bigger places first; when none does, the nearest spellings. Each place has its point, its precision and the `ref` to send as `place` to the partner finder.",
  request: { query: PlacesQuerySchema },
  responses: {
    200: {
      description: 'Matching places.',
      content: { 'application/json': { schema: PlacesResponseSchema } },
      ...versionedHeaders,
    },
    ...notModifiedResponse,
    ...problemResponses(400),
  },
})

export const placeRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  placesRoute,
  (c) => {
    const { q } = c.req.valid('query')
    return versionedJson(c, () => ({ query: q, ...suggestPlaces(c.var.index.places, q) }))
  },
)
