/**
 * createApp composes the HTTP application: middleware, the API routes, the API docs and the web app.
 * No I/O on import; everything it needs is passed in, so tests build an app on a fresh database.
 */
import { OpenAPIHono } from '@hono/zod-openapi'
import { problemTypes } from '@netzwerkatlas/shared'
import type { Logger } from 'pino'
import type { Config } from './config.ts'
import type { AppEnv } from './http/app-env.ts'
import { isAnsweredFromCache, type BodyVersion } from './http/caching.ts'
import { fixedDocument } from './http/fixed-document.ts'
import { methodNotAllowedProblem, methodsByPath } from './http/method-not-allowed.ts'
import { handleError, problemResponse, validationHook } from './http/problem.ts'
import { isExpensiveApiRequest, rateLimit, type ExpensiveRequestRule } from './http/rate-limit.ts'
import { requestIds, requestLog } from './http/request-log.ts'
import { createResponseBodies, type ResponseBodies } from './http/response-bodies.ts'
import type { SavedBodies } from './http/saved-bodies.ts'
import { corsPolicy, requestSizeLimit, securityHeaders } from './http/security.ts'
import { startUpGate } from './http/start-up-gate.ts'
import { staticWeb } from './http/static-web.ts'
import { createAnalysisService, type AnalysisService } from './index/analysis/analysis-service.ts'
import type { IndexHolder } from './index/index-holder.ts'
import type { MapGeodata } from './domain/basemap/basemap-layers.ts'
import { actorRoutes } from './routes/actors.ts'
import { apiDocsRoutes } from './routes/api-docs.ts'
import { districtRoutes } from './routes/districts.ts'
import { exportRoutes } from './routes/export.ts'
import { exportPreviewRoutes } from './routes/export-preview.ts'
import { healthRoutes } from './routes/health.ts'
import { mapRoutes } from './routes/map.ts'
import { metaRoutes } from './routes/meta.ts'
import { networkRoutes } from './routes/network.ts'
import { networkAnalysisRoutes } from './routes/network-analysis.ts'
import { networkGroupRoutes } from './routes/network-groups.ts'
import { partnerBodyVariant, partnerRoutes } from './routes/partners.ts'
import { placeRoutes } from './routes/places.ts'
import { relationshipRoutes } from './routes/relationships.ts'
import { writeRoutes } from './routes/write-routes.ts'
import type { WriteDependencies } from './routes/write-dependencies.ts'

export interface AppDependencies {
  config: Pick<
    Config,
    | 'corsOrigins'
    | 'bodyLimitBytes'
    | 'webDistDir'
    | 'rateLimits'
    | 'bodyCacheBytes'
    | 'mapStyleUrl'
    | 'frameAncestors'
    | 'exportAnalysisWaitMs'
    | 'groupSplitFrom'
  >
  /** May be empty at first: the port opens before the index is built (start-up-gate.ts, ADR 0016). */
  indexHolder: IndexHolder
  /** The database and data version read at start-up, before the index: saved bodies of it answer meanwhile. */
  startingVersion?: BodyVersion
  isDatabaseReachable: () => Promise<boolean>
  logger: Logger
  /** The basemap layers and district neighbourhood, prepared from GEO_DIR (basemap-files.ts). */
  mapGeodata?: MapGeodata
  /** The network analysis (start-api.ts starts it); without one, the app analyses on first request. */
  analysis?: AnalysisService
  /** Large bodies kept across restarts (start-api.ts passes them when running the built server). */
  savedBodies?: SavedBodies
  /** Accounts and edits (issue 12); without them the API is read-only. */
  writes?: WriteDependencies
  /** The kept response bodies, when the server also answers from them itself (kept-body-answers.ts). */
  bodies?: ResponseBodies
}

const API_INFO = {
  title: 'Netzwerkatlas Sachsen API',
  version: '0.1.0',
  description:
    'Actors of social innovation in Saxony and their relationships. Read-only for now. Every error is application/problem+json (RFC 9457).',
}

function createApiRoutes(
  health: Parameters<typeof healthRoutes>[0],
  map: { geodata: MapGeodata | undefined; styleUrl: string | undefined },
  analysis: AnalysisService,
  exportAnalysisWaitMs: number,
  groupSplitFrom: number,
) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .route('/', actorRoutes)
    .route('/', relationshipRoutes)
    .route('/', networkRoutes)
    .route('/', networkAnalysisRoutes(analysis))
    .route('/', networkGroupRoutes(analysis, groupSplitFrom))
    .route('/', metaRoutes)
    .route('/', placeRoutes)
    .route('/', partnerRoutes(analysis))
    .route('/', exportRoutes(analysis, exportAnalysisWaitMs))
    .route('/', exportPreviewRoutes)
    .route('/', healthRoutes(health))
    .route('/', mapRoutes(map.geodata, map.styleUrl))
    .route('/', districtRoutes(map.geodata))
}

/** The response bodies an app keeps, within the configured budgets. */
export function responseBodiesFor(
  config: Pick<Config, 'bodyCacheBytes'>,
  savedBodies?: SavedBodies,
): ResponseBodies {
  return createResponseBodies(
    {
      compressedBytes: config.bodyCacheBytes.compressed,
      uncompressedBytes: config.bodyCacheBytes.uncompressed,
    },
    savedBodies,
  )
}

export function createApp({
  config,
  indexHolder,
  startingVersion,
  isDatabaseReachable,
  logger,
  mapGeodata,
  analysis = createAnalysisService(),
  savedBodies,
  writes,
  bodies = responseBodiesFor(config, savedBodies),
}: AppDependencies) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  app.use(requestIds())
  app.use(requestLog(logger))
  app.use(
    securityHeaders({ frameAncestors: config.frameAncestors, mapStyleUrl: config.mapStyleUrl }),
  )
  const cors = corsPolicy(config.corsOrigins)
  if (cors) app.use('/api/*', cors)
  app.use('/api/*', requestSizeLimit(config.bodyLimitBytes))
  app.use('/api/*', async (c, next) => {
    c.set('bodies', bodies)
    await next()
  })
  app.use('/api/*', startUpGate(indexHolder, startingVersion))
  if (config.rateLimits) {
    const rule: ExpensiveRequestRule = {
      isExpensive: isExpensiveApiRequest,
      // A partner body is kept per analysis version too: asked without it, a kept answer looked uncached.
      isCached: (c) =>
        isAnsweredFromCache(c, c.req.path === '/api/partners' ? partnerBodyVariant(analysis) : ''),
    }
    app.use('/api/*', rateLimit(config.rateLimits, rule))
  }
  app.use('/api/openapi.json', fixedDocument())

  const api = createApiRoutes(
    { isDatabaseReachable, indexHolder, startingVersion },
    { geodata: mapGeodata, styleUrl: config.mapStyleUrl },
    analysis,
    config.exportAnalysisWaitMs,
    config.groupSplitFrom,
  )
  if (writes) api.route('/', writeRoutes(writes))
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: API_INFO,
    servers: [{ url: '/api' }],
  })
  api.route('/docs', apiDocsRoutes())
  app.route('/api', api)

  app.use('*', staticWeb(config.webDistDir))
  // Read on first use: by then every route is registered.
  let methodsOf: ((path: string) => string[]) | undefined
  app.notFound((c) => {
    methodsOf ??= methodsByPath(app.routes)
    const allowed = c.req.path.startsWith('/api/') ? methodsOf(c.req.path) : []
    if (allowed.length > 0) return methodNotAllowedProblem(c, allowed)
    return problemResponse(c, {
      type: problemTypes.notFound,
      title: 'Not found',
      status: 404,
      detail: `Nothing at ${c.req.method} ${c.req.path}.`,
    })
  })
  app.onError(handleError)
  return app
}
