/**
 * The network analysis: GET /network/metrics, /network/communities, /network/ego/{id}, /network/path. Every
 * answer comes from the last finished analysis (index/analysis/analysis-service.ts); a request that sees a newer
 * index than the analysed one starts its analysis, and meanwhile says so (`computing`).
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import {
  ActorIdParamsSchema,
  EgoQuerySchema,
  NetworkCommunitiesResponseSchema,
  NetworkDistrictsResponseSchema,
  NetworkEgoResponseSchema,
  NetworkLayoutResponseSchema,
  NetworkMetricsResponseSchema,
  NetworkPathResponseSchema,
  NetworkQuerySchema,
  NetworkTimelineResponseSchema,
  PathQuerySchema,
  problemTypes,
} from '@netzwerkatlas/shared'
import type { Context } from 'hono'
import { networkCommunities } from '../domain/analysis/communities-view.ts'
import { networkDistricts } from '../domain/analysis/districts-view.ts'
import { networkTimeline } from '../domain/analysis/timeline-view.ts'
import { egoNetwork, pathBetween } from '../domain/analysis/ego-and-path-views.ts'
import { networkMetrics } from '../domain/analysis/metrics-view.ts'
import type { AppEnv } from '../http/app-env.ts'
import { notFoundProblem, problemResponse, validationHook } from '../http/problem.ts'
import type { AnalysisService } from '../index/analysis/analysis-service.ts'
import { analysisJson } from './network-analysis-response.ts'
import { notModifiedResponse, problemResponses, versionedHeaders } from './openapi-responses.ts'
import { forbiddenStatusProblem } from './status-access.ts'

const versionNote =
  ' Computed off the request path per data version: `dataVersion` names the version described, `computing` whether a newer one is being analysed.'

const ok = <S>(description: string, schema: S) => ({
  description,
  content: { 'application/json': { schema } },
  ...versionedHeaders,
})

const metricsRoute = createRoute({
  method: 'get',
  path: '/network/metrics',
  tags: ['network analysis'],
  summary: 'Metrics per actor and for the network',
  description: `Degree, weighted degree, betweenness, closeness, PageRank, community, component, brokerage and cut vertices per actor (those the filters keep), and density, components, modularity and clustering of the network.${versionNote}`,
  request: { query: NetworkQuerySchema },
  responses: {
    200: ok('Metrics.', NetworkMetricsResponseSchema),
    ...notModifiedResponse,
    ...problemResponses(400, 403),
  },
})

const communitiesRoute = createRoute({
  method: 'get',
  path: '/network/communities',
  tags: ['network analysis'],
  summary: 'Communities (Louvain)',
  description: `Each community with a name from its dominant district and topic, size, internal density and strongest links to other communities.${versionNote}`,
  responses: { 200: ok('Communities.', NetworkCommunitiesResponseSchema), ...notModifiedResponse },
})

const egoRoute = createRoute({
  method: 'get',
  path: '/network/ego/{id}',
  tags: ['network analysis'],
  summary: 'Ego network of an actor',
  description: `The actor, its partners (depth 1) and theirs (depth 2), with every tie among them.${versionNote}`,
  request: { params: ActorIdParamsSchema, query: EgoQuerySchema },
  responses: {
    200: ok('Ego network.', NetworkEgoResponseSchema),
    ...notModifiedResponse,
    ...problemResponses(400, 404),
  },
})

const pathRoute = createRoute({
  method: 'get',
  path: '/network/path',
  tags: ['network analysis'],
  summary: 'Shortest path between two actors',
  description: `One shortest path with the relationships on each step, and how many shortest paths there are; or connected: false with the size of each side's component.${versionNote}`,
  request: { query: PathQuerySchema },
  responses: {
    200: ok('Path, or no path.', NetworkPathResponseSchema),
    ...notModifiedResponse,
    ...problemResponses(400, 404),
  },
})

const districtsRoute = createRoute({
  method: 'get',
  path: '/network/districts',
  tags: ['network analysis'],
  summary: 'Ties within and between districts',
  description: `Per district: actors, internal and cross-district ties, density, an isolation score (internal / (internal + cross-district) ties), the strongest neighbouring districts and the actors that span districts.${versionNote}`,
  responses: { 200: ok('Districts.', NetworkDistrictsResponseSchema), ...notModifiedResponse },
})

const layoutRoute = createRoute({
  method: 'get',
  path: '/network/layout',
  tags: ['network analysis'],
  summary: 'Positions for the graph view',
  description: `ForceAtlas2 (Barnes-Hut) positions per actor as compact arrays, warm-started from the previous version's positions, with how far kept actors moved.${versionNote}`,
  responses: { 200: ok('Positions.', NetworkLayoutResponseSchema), ...notModifiedResponse },
})

const TIMELINE_FROM = 2010

const timelineRoute = createRoute({
  method: 'get',
  path: '/network/timeline',
  tags: ['network analysis'],
  summary: 'The network year by year',
  description: `Per year from ${TIMELINE_FROM} to now: actors and relationships active, new ties, density and components, from founding years, start/end dates and since/until.${versionNote}`,
  responses: { 200: ok('Years.', NetworkTimelineResponseSchema), ...notModifiedResponse },
})

async function stateFor(c: Context<AppEnv>, analysis: AnalysisService) {
  analysis.onIndex(c.var.index)
  return analysis.state()
}

const unknownActorProblem = (c: Context, parameter: 'from' | 'to', id: string) =>
  problemResponse(c, {
    type: problemTypes.notFound,
    title: 'Not found',
    status: 404,
    detail: `There is no published actor "${id}".`,
    errors: [{ parameter, detail: 'no published actor with this id' }],
  })

export const networkAnalysisRoutes = (analysis: AnalysisService) =>
  new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(metricsRoute, async (c) => {
      const filters = c.req.valid('query')
      const forbidden = forbiddenStatusProblem(c, filters.status)
      if (forbidden) return forbidden
      const state = await stateFor(c, analysis)
      return analysisJson(c, state, () => networkMetrics(state.finished, filters))
    })
    .openapi(communitiesRoute, async (c) => {
      const state = await stateFor(c, analysis)
      return analysisJson(c, state, () => networkCommunities(state.finished))
    })
    .openapi(layoutRoute, async (c) => {
      const state = await stateFor(c, analysis)
      const { layout, layoutMovement, network } = state.finished
      const round = (values: Float64Array) => Array.from(values, (v) => Math.round(v * 100) / 100)
      return analysisJson(c, state, () => ({
        algorithm: 'ForceAtlas2, Barnes-Hut (graphology-layout-forceatlas2), unweighted',
        ids: network.ids,
        x: round(layout.x),
        y: round(layout.y),
        iterations: layout.iterations,
        warmStarted: layout.warmStarted,
        movement: layoutMovement,
      }))
    })
    .openapi(districtsRoute, async (c) => {
      const state = await stateFor(c, analysis)
      const order = state.finished.index.districts.map((district) => district.ags)
      return analysisJson(c, state, () => networkDistricts(state.finished, order))
    })
    .openapi(timelineRoute, async (c) => {
      const state = await stateFor(c, analysis)
      // A kept body keeps the year it was made in until the data changes: a small lag once a year.
      const thisYear = new Date().getUTCFullYear()
      return analysisJson(c, state, () =>
        networkTimeline(state.finished.catalog, TIMELINE_FROM, thisYear),
      )
    })
    .openapi(egoRoute, async (c) => {
      const { id } = c.req.valid('param')
      const { depth } = c.req.valid('query')
      const state = await stateFor(c, analysis)
      const ego = egoNetwork(state.finished, id, depth)
      if (!ego) return notFoundProblem(c, `There is no published actor "${id}".`)
      return analysisJson(c, state, () => ego)
    })
    .openapi(pathRoute, async (c) => {
      const { from, to } = c.req.valid('query')
      const state = await stateFor(c, analysis)
      const answer = pathBetween(state.finished, from, to)
      if (!answer.found)
        return unknownActorProblem(c, answer.missing, answer.missing === 'from' ? from : to)
      return analysisJson(c, state, () => answer.body)
    })
