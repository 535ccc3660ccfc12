/**
 * GET /export/{format}: the network as GraphML, GEXF, CSV, GeoJSON, JSON or a ZIP bundle of all of them, with
 * the shared filters. Streamed (export-stream.ts), tagged with the data version (ETag, file name, inside the
 * file), byte-identical for the same data version and filters. Each file carries the analysis metrics of its own
 * data version: the export waits a bounded time for that analysis, and otherwise goes out with empty metric
 * columns, saying `analysis: pending`, under another tag and uncached, so no client keeps it as final.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import {
  ExportParamsSchema,
  ExportQuerySchema,
  FiltersSchema,
  problemTypes,
  shapeParameterFormats,
  type ExportFormat,
  type ExportQuery,
  type Filters,
} from '@netzwerkatlas/shared'
import type { Context } from 'hono'
import { z } from 'zod'
import { exportBaseName, exportFile } from '../domain/export/export-files.ts'
import { exportGraph } from '../domain/export/export-graph.ts'
import { estimatedBytes } from '../domain/export/export-size.ts'
import type { AppEnv } from '../http/app-env.ts'
import { matchesIfNoneMatch, versionHeaders, versionTag } from '../http/caching.ts'
import type { AnalysisService } from '../index/analysis/analysis-service.ts'
import type { NetworkIndex } from '../index/network-index.ts'
import { negotiateEncoding } from '../http/encoding.ts'
import { problemResponse, validationHook } from '../http/problem.ts'
import { bundleExport } from './export-bundle.ts'
import { gzipped, textStream, type StreamOutcome } from './export-stream.ts'
import { notModifiedResponse, problemResponses, versionedHeaders } from './openapi-responses.ts'
import { forbiddenStatusProblem } from './status-access.ts'

const exportRoute = createRoute({
  method: 'get',
  path: '/export/{format}',
  tags: ['export'],
  summary: 'Research export',
  description:
    'The network the filters select, as a file: `graphml` (typed keys), `gexf` (1.3, viz, spells), `csv` (`table=nodes|edges`; `bom=true` for Excel), `geojson` (RFC 7946), `json` (networkx node-link, or `flavour=graphology`), `bundle` (ZIP of every file of both variants with datapackage.json and a bilingual README codebook). Streamed; the same data version and filters give the same bytes. Every format sends `X-Estimated-Bytes`, for a progress percentage: the uncompressed length, estimated from samples of the graph (exact for up to 1000 nodes and 1000 edges); for `bundle` the length of the ZIP, from runs of consecutive rows of each file deflated and scaled up (within about 10 %). Nodes are in name order, edges in id order. Node columns include the metrics of /network/metrics for the same data version (degree, weighted_degree, betweenness, closeness, pagerank, community, community_name, community_name_en, brokerage, component, is_cut_vertex); the export waits up to 5 s for that analysis, else the columns are empty, the metadata and `X-Analysis` say `pending`, and the response is not to be cached (another ETag, `no-store`).',
  request: { params: ExportParamsSchema, query: ExportQuerySchema },
  responses: {
    200: {
      description: 'The file, as an attachment named after the data version.',
      content: {
        'application/graphml+xml': { schema: z.string() },
        'application/gexf+xml': { schema: z.string() },
        'text/csv': { schema: z.string() },
        'application/geo+json': { schema: z.string() },
        'application/json': { schema: z.string() },
        'application/zip': { schema: z.string().meta({ format: 'binary' }) },
      },
      ...versionedHeaders,
    },
    ...notModifiedResponse,
    ...problemResponses(400, 403),
  },
})

/** The filters alone, in their URL form and schema order: what the files name as "filters". */
function filtersOf(query: ExportQuery): { filters: Filters; text: string } {
  const { table: _table, flavour: _flavour, variant: _variant, bom: _bom, ...filters } = query
  const encoded = z.encode(FiltersSchema, filters) as Record<string, string | undefined>
  const pairs = Object.keys(FiltersSchema.shape).flatMap((key): [string, string][] =>
    encoded[key] === undefined ? [] : [[key, encoded[key]]],
  )
  return { filters, text: new URLSearchParams(pairs).toString() }
}

function misplacedShapeProblem(c: Context<AppEnv>, format: ExportFormat, query: ExportQuery) {
  const misplaced = (Object.keys(shapeParameterFormats) as (keyof typeof shapeParameterFormats)[])
    .filter((name) => query[name] !== undefined)
    .filter((name) => !(shapeParameterFormats[name] as readonly string[]).includes(format))
  if (misplaced.length === 0) return undefined
  return problemResponse(c, {
    type: problemTypes.invalidParameter,
    title: 'A request parameter is not valid',
    status: 400,
    detail: `Check ${misplaced.join(', ')}.`,
    errors: misplaced.map((name) => ({
      parameter: name,
      detail: `${name} applies to ${shapeParameterFormats[name].join(', ')} only, not ${format}`,
    })),
  })
}

function logOutcome(c: Context<AppEnv>, format: string) {
  const { logger, requestId } = c.var
  return ({ bytes, cancelled }: StreamOutcome) => {
    logger.info(
      { requestId, format, bytes, cancelled },
      cancelled ? 'export cancelled' : 'export done',
    )
  }
}

/** A file with metrics and one still waiting for them are different contents of the same data version. */
const exportTag = (index: NetworkIndex, analysed: boolean) =>
  versionTag(index).replace(/"$/, analysed ? '.analysed"' : '.pending"')

export const exportRoutes = (analysis: AnalysisService, analysisWaitMs: number) =>
  new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(exportRoute, async (c) => {
    const { format } = c.req.valid('param')
    const query = c.req.valid('query')
    const problem =
      forbiddenStatusProblem(c, query.status) ?? misplacedShapeProblem(c, format, query)
    if (problem) return problem
    const index = c.var.index
    const analysed = await analysis.finishedFor(index, analysisWaitMs)
    const etag = exportTag(index, analysed !== undefined)
    if (matchesIfNoneMatch(c.req.header('If-None-Match'), etag)) {
      return c.body(null, 304, versionHeaders(etag))
    }
    const { filters, text } = filtersOf(query)
    const headers: Record<string, string> = {
      ...versionHeaders(etag),
      'X-Data-Version': String(index.dataVersion),
      'X-Analysis': analysed ? 'ready' : 'pending',
    }
    if (!analysed) headers['Cache-Control'] = 'no-store'
    if (format === 'bundle') {
      const base = exportBaseName({
        dataVersion: index.dataVersion,
        variant: 'two-mode',
        filtersText: text,
      })
      const name = base.replace('-two-mode', '')
      headers['Content-Type'] = 'application/zip'
      headers['Content-Disposition'] = `attachment; filename="${name}.zip"`
      const bundle = bundleExport({ index, analysed, filters, filtersText: text, name })
      headers['X-Estimated-Bytes'] = String(bundle.estimatedBytes)
      return c.body(bundle.stream(logOutcome(c, format)), 200, headers)
    }
    const graph = exportGraph(index, filters, {
      variant: query.variant,
      filtersText: text,
      analysed,
    })
    const file = exportFile(graph, format, query)
    headers['Content-Type'] = file.mediaType
    // The body's length before any gzip (what fetch hands the page), from samples: the Export page's percentage.
    headers['X-Estimated-Bytes'] = String(estimatedBytes(graph, file))
    headers['Content-Disposition'] =
      `attachment; filename="${exportBaseName(graph)}${file.name.slice(graph.variant.length)}"`
    const stream = textStream(file.chunks(), logOutcome(c, format))
    const encoding = negotiateEncoding(c.req.header('Accept-Encoding'), ['gzip', 'identity'])
    if (encoding === 'gzip') {
      headers['Content-Encoding'] = 'gzip'
      return c.body(gzipped(stream), 200, headers)
    }
    return c.body(stream, 200, headers)
  })
