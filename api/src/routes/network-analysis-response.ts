/**
 * Versioned, cached and compressed answers of the analysis routes. Like http/caching.ts, but tagged by the data
 * version the analysis describes (which can lag behind the index) and by the version being computed, since the
 * body says whether a newer one is on its way.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../http/app-env.ts'
import { negotiateEncoding } from '../http/encoding.ts'
import { bodyKey } from '../http/response-bodies.ts'
import type { AnalysisState } from '../index/analysis/analysis-service.ts'

const FORMAT_REVISION = 1

function analysisVersion(state: AnalysisState) {
  return {
    dataVersion: state.finished.dataVersion,
    computing: state.computingVersion !== undefined,
    computingVersion: state.computingVersion ?? null,
  }
}

export async function analysisJson(
  c: Context<AppEnv>,
  state: AnalysisState,
  produce: () => unknown,
) {
  const { databaseId, dataVersion } = state.finished
  const computing = state.computingVersion ?? 0
  const etag = `W/"${databaseId}-${dataVersion}.a${FORMAT_REVISION}.${computing}"`
  const headers: Record<string, string> = {
    ETag: etag,
    'Cache-Control': 'no-cache',
    Vary: 'Accept-Encoding',
  }
  const asked = c.req.header('If-None-Match')
  const strip = (tag: string) => tag.trim().replace(/^W\//, '')
  if (asked?.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag))) {
    return c.body(null, 304, headers)
  }
  const { pathname, search } = new URL(c.req.url)
  const key = bodyKey(databaseId, dataVersion, `${pathname}${search} #${computing}`)
  const body = () => ({ ...analysisVersion(state), ...(produce() as object) })
  headers['Content-Type'] = 'application/json'
  const encoding = negotiateEncoding(c.req.header('Accept-Encoding')) ?? 'identity'
  if (encoding === 'identity')
    return c.body(await c.var.bodies.uncompressed(key, body), 200, headers)
  headers['Content-Encoding'] = encoding
  return c.body(await c.var.bodies.compressed(key, encoding, body), 200, headers)
}
