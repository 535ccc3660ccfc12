/** GET /districts: the district layer's figures for the filtered set (choropleth and district profile). */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { DistrictsResponseSchema, NetworkQuerySchema } from '@netzwerkatlas/shared'
import type { MapGeodata } from '../domain/basemap/basemap-layers.ts'
import { districtFigures } from '../domain/districts/district-figures.ts'
import type { AppEnv } from '../http/app-env.ts'
import { versionedJson } from '../http/caching.ts'
import { validationHook } from '../http/problem.ts'
import { notModifiedResponse, problemResponses, versionedHeaders } from './openapi-responses.ts'
import { forbiddenStatusProblem } from './status-access.ts'

const districtsRoute = createRoute({
  method: 'get',
  path: '/districts',
  tags: ['map'],
  summary: 'District figures',
  description:
    "Per district, for the actors that pass the filters: actors per 100,000 inhabitants (population and its date from the geodata), the share of the district's relationships whose other end lies in another district, counts by type and topic, the most connected actors, and the ties shared with each neighbouring district.",
  request: { query: NetworkQuerySchema },
  responses: {
    200: {
      description: 'Figures per district.',
      content: { 'application/json': { schema: DistrictsResponseSchema } },
      ...versionedHeaders,
    },
    ...notModifiedResponse,
    ...problemResponses(400, 403),
  },
})

export function districtRoutes(geodata: MapGeodata | undefined) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(districtsRoute, (c) => {
    const filters = c.req.valid('query')
    const forbidden = forbiddenStatusProblem(c, filters.status)
    if (forbidden) return forbidden
    const index = c.var.index
    return versionedJson(c, () =>
      districtFigures(
        index,
        {
          districts: index.meta().districts,
          districtNeighbours: geodata?.districtNeighbours ?? new Map(),
          populationDate: geodata?.populationDate ?? '',
        },
        filters,
      ),
    )
  })
}
