/**
 * GET /network/groups and /network/groups/{key}: the network folded into communities (and district pools of
 * small ones) for views too large to draw actor by actor, and the members of one group to expand it. Built
 * from the last finished analysis like the other analysis answers: tagged, cached and compressed per version.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import {
  GroupKeyParamsSchema,
  NetworkGroupResponseSchema,
  NetworkGroupsQuerySchema,
  NetworkGroupsResponseSchema,
} from '@netzwerkatlas/shared'
import { networkGroup, networkGroups } from '../domain/analysis/groups-view.ts'
import type { AppEnv } from '../http/app-env.ts'
import { notFoundProblem, validationHook } from '../http/problem.ts'
import type { AnalysisService } from '../index/analysis/analysis-service.ts'
import { analysisJson } from './network-analysis-response.ts'
import { notModifiedResponse, problemResponses, versionedHeaders } from './openapi-responses.ts'
import { forbiddenStatusProblem } from './status-access.ts'

const ok = <S>(description: string, schema: S) => ({
  description,
  content: { 'application/json': { schema } },
  ...versionedHeaders,
})

const groupsRoute = createRoute({
  method: 'get',
  path: '/network/groups',
  tags: ['network analysis'],
  summary: 'The network grouped by community',
  description:
    'Communities with at least three of the actors the filters keep as groups, the other actors pooled per district; links weighted by the ties between two groups. With `year`, only the actors and ties active then count (the groups keep their keys, so the timeline can play them). Compact columns. Computed off the request path per data version (`dataVersion`, `computing`).',
  request: { query: NetworkGroupsQuerySchema },
  responses: {
    200: ok('Groups and links.', NetworkGroupsResponseSchema),
    ...notModifiedResponse,
    ...problemResponses(400, 403),
  },
})

const groupRoute = createRoute({
  method: 'get',
  path: '/network/groups/{key}',
  tags: ['network analysis'],
  summary: 'The members of one group',
  description:
    'The members of a group of /network/groups (same filters) with their positions and ties, and how many partners each has in the other groups; a group larger than GROUP_SPLIT_FROM (150) answers its sub-communities instead (Louvain on its own ties, keys `c12.0`, …), each expandable in turn. With `year`, only the members active then and their ties active then; a group with none answers empty.',
  request: { params: GroupKeyParamsSchema, query: NetworkGroupsQuerySchema },
  responses: {
    200: ok('Members and ties.', NetworkGroupResponseSchema),
    ...notModifiedResponse,
    ...problemResponses(400, 403, 404),
  },
})

/** `splitFrom`: a group with more members opens into its sub-communities (GROUP_SPLIT_FROM). */
export const networkGroupRoutes = (analysis: AnalysisService, splitFrom: number) =>
  new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(groupsRoute, async (c) => {
      const { year, ...filters } = c.req.valid('query')
      const forbidden = forbiddenStatusProblem(c, filters.status)
      if (forbidden) return forbidden
      analysis.onIndex(c.var.index)
      const state = await analysis.state()
      const { finished } = state
      return analysisJson(c, state, () => networkGroups(finished, finished.layout, filters, year))
    })
    .openapi(groupRoute, async (c) => {
      const { key } = c.req.valid('param')
      const { year, ...filters } = c.req.valid('query')
      const forbidden = forbiddenStatusProblem(c, filters.status)
      if (forbidden) return forbidden
      analysis.onIndex(c.var.index)
      const state = await analysis.state()
      const { finished } = state
      const group = networkGroup(finished, finished.layout, filters, key, splitFrom, year)
      if (!group) return notFoundProblem(c, `There is no group "${key}" with these filters.`)
      return analysisJson(c, state, () => group)
    })
