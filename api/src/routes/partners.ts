/** GET /partners: actors near a place, ranked by the documented score, each with its reasons in words. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { PartnerQuerySchema, PartnersResponseSchema, problemTypes } from '@netzwerkatlas/shared'
import { findPartners } from '../domain/partners/find-partners.ts'
import type { FindPartnersResult } from '../domain/partners/partner-search.ts'
import type { AppEnv } from '../http/app-env.ts'
import { isAnsweredFromCache, versionedJson } from '../http/caching.ts'
import type { AnalysisService } from '../index/analysis/analysis-service.ts'
import { problemResponse, validationHook } from '../http/problem.ts'
import { notModifiedResponse, problemResponses, versionedHeaders } from './openapi-responses.ts'

const partnersRoute = createRoute({
  method: 'get',
  path: '/partners',
  tags: ['partners'],
  summary: 'Find partners',
  description:
    'Actors within `radiusKm` of a place (`place`, `near` or my organisation `from`) that pass the shared filters, ranked by a score out of 100: distance 30, topic overlap 25, offers ↔ needs 25, type fit 5, network proximity 10 (with `from`: 2 per shared partner up to 3, 4 for the same community of the last finished analysis, none for an actor already my partner), freshness 5. Each result lists its reasons as data and as German and English sentences; `weights` are returned too. Ties: distance, then name. An actor exactly on the radius (to the metre) is inside. An empty answer says what to relax.',
  request: { query: PartnerQuerySchema },
  responses: {
    200: {
      description: 'Ranked partners with reasons.',
      content: { 'application/json': { schema: PartnersResponseSchema } },
      ...versionedHeaders,
    },
    ...notModifiedResponse,
    ...problemResponses(400),
  },
})

/**
 * What a partner body depends on besides the URL and data version: the analysis whose communities it counts.
 * The rate limiter asks with it too, so a kept partner answer costs no token (rate-limit.ts).
 */
export function partnerBodyVariant(analysis: AnalysisService): string {
  const analysed = analysis.latest()
  return analysed ? `a${analysed.dataVersion}` : 'a-'
}

export const partnerRoutes = (analysis: AnalysisService) =>
  new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(partnersRoute, (c) => {
    const query = c.req.valid('query')
    // Freshness is measured against the day the body is built; bodies are kept per data version.
    const today = new Date().toISOString().slice(0, 10)
    // Never waits: the communities come from the last finished analysis, and the body is kept per its version.
    analysis.onIndex(c.var.index)
    const analysed = analysis.latest()
    const variant = partnerBodyVariant(analysis)
    const search = () => findPartners(c.var.index, query, { today, analysed })
    // A 304 or a kept body needs no search. Only valid searches are kept, and a search is as valid as it was
    // when its body was built (same data version), so the fallback (a coding being made meanwhile) succeeds.
    if (isAnsweredFromCache(c, variant)) {
      return versionedJson(c, () => responseOf(search()), variant)
    }
    const result = search()
    if (result.kind === 'invalid') {
      return problemResponse(c, {
        type: problemTypes.invalidParameter,
        title: 'A request parameter is not valid',
        status: 400,
        detail: `Check ${result.parameter}.`,
        errors: [{ parameter: result.parameter, detail: result.detail }],
      })
    }
    return versionedJson(c, () => result.response, variant)
  })

function responseOf(result: FindPartnersResult) {
  if (result.kind === 'invalid')
    throw new Error(`a kept partner search is now invalid: ${result.detail}`)
  return result.response
}
