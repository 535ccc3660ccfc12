/**
 * GET /export-preview: what an export of these filters will hold, before it is downloaded. The counts come from
 * the same graph the files are written from, so the Export page's numbers are the files' numbers.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { ExportPreviewQuerySchema, ExportPreviewResponseSchema } from '@netzwerkatlas/shared'
import { exportGraph } from '../domain/export/export-graph.ts'
import { geojsonCounts } from '../domain/export/geojson.ts'
import type { AppEnv } from '../http/app-env.ts'
import { versionedJson } from '../http/caching.ts'
import { validationHook } from '../http/problem.ts'
import { notModifiedResponse, problemResponses, versionedHeaders } from './openapi-responses.ts'
import { forbiddenStatusProblem } from './status-access.ts'

const exportPreviewRoute = createRoute({
  method: 'get',
  path: '/export-preview',
  tags: ['export'],
  summary: 'What an export will hold',
  description:
    'For the filters and `variant` of GET /export/{format}: how many actors and relationships every file holds, and how many the GeoJSON leaves out for lack of a place. The licences and credits to name are in GET /meta.',
  request: { query: ExportPreviewQuerySchema },
  responses: {
    200: {
      description: 'Counts.',
      content: { 'application/json': { schema: ExportPreviewResponseSchema } },
      ...versionedHeaders,
    },
    ...notModifiedResponse,
    ...problemResponses(400, 403),
  },
})

export const exportPreviewRoutes = new OpenAPIHono<AppEnv>({
  defaultHook: validationHook,
}).openapi(exportPreviewRoute, (c) => {
  const { variant = 'two-mode', ...filters } = c.req.valid('query')
  const forbidden = forbiddenStatusProblem(c, filters.status)
  if (forbidden) return forbidden
  return versionedJson(c, () => {
    const graph = exportGraph(c.var.index, filters, { variant })
    return { dataVersion: c.var.index.dataVersion, variant, ...geojsonCounts(graph) }
  })
})
