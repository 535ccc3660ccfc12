/**
 * Which writer makes which file, with its media type and a file name that names the data version, variant and
 * (as a short hash) the filters: two downloads of the same view have the same name, different views never do.
 */
import type { ExportFormat } from '@netzwerkatlas/shared'
import { csvEdgeChunks, csvNodeChunks } from './csv.ts'
import type { ExportGraph } from './export-graph.ts'
import { geojsonChunks } from './geojson.ts'
import { gexfChunks } from './gexf.ts'
import { graphmlChunks } from './graphml.ts'
import { graphologyChunks, networkxChunks } from './node-link.ts'

export interface ExportFile {
  /** Name inside a bundle, and the end of the download's name. */
  name: string
  mediaType: string
  chunks: () => Generator<string>
}

export interface FileShape {
  table?: 'nodes' | 'edges'
  /** CSV: start with a UTF-8 byte order mark (Excel reads the file as UTF-8 only with it). */
  bom?: boolean
  flavour?: 'networkx' | 'graphology'
}

/** FNV-1a, 32 bits: a short stable tag of the filter text, no crypto needed. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

/** `netzwerkatlas-sachsen-v42-two-mode` (+ `-f1a2b3c4d` when filtered). */
export function exportBaseName(
  graph: Pick<ExportGraph, 'dataVersion' | 'variant' | 'filtersText'>,
) {
  const filtered = graph.filtersText === '' ? '' : `-f${shortHash(graph.filtersText)}`
  return `netzwerkatlas-sachsen-v${graph.dataVersion}-${graph.variant}${filtered}`
}

const BYTE_ORDER_MARK = '\uFEFF'

function* withBom(bom: boolean, chunks: Generator<string>): Generator<string> {
  if (bom) yield BYTE_ORDER_MARK
  yield* chunks
}

export function exportFile(
  graph: ExportGraph,
  format: Exclude<ExportFormat, 'bundle'>,
  shape: FileShape = {},
): ExportFile {
  const base = `${graph.variant}`
  switch (format) {
    case 'graphml':
      return {
        name: `${base}.graphml`,
        mediaType: 'application/graphml+xml',
        chunks: () => graphmlChunks(graph),
      }
    case 'gexf':
      return {
        name: `${base}.gexf`,
        mediaType: 'application/gexf+xml',
        chunks: () => gexfChunks(graph),
      }
    case 'csv': {
      const table = shape.table ?? 'nodes'
      return {
        name: `${base}-${table}.csv`,
        mediaType: 'text/csv; charset=utf-8; header=present',
        chunks: () =>
          withBom(
            shape.bom === true,
            table === 'nodes' ? csvNodeChunks(graph) : csvEdgeChunks(graph),
          ),
      }
    }
    case 'geojson':
      return {
        name: `${base}.geojson`,
        mediaType: 'application/geo+json',
        chunks: () => geojsonChunks(graph),
      }
    case 'json': {
      const graphology = shape.flavour === 'graphology'
      return {
        name: graphology ? `${base}-graphology.json` : `${base}-node-link.json`,
        mediaType: 'application/json',
        chunks: () => (graphology ? graphologyChunks(graph) : networkxChunks(graph)),
      }
    }
  }
}

/** Every file of one variant, in bundle order. */
export function allFilesOf(graph: ExportGraph): ExportFile[] {
  return [
    exportFile(graph, 'graphml'),
    exportFile(graph, 'gexf'),
    exportFile(graph, 'csv', { table: 'nodes' }),
    exportFile(graph, 'csv', { table: 'edges' }),
    exportFile(graph, 'geojson'),
    exportFile(graph, 'json', { flavour: 'networkx' }),
    exportFile(graph, 'json', { flavour: 'graphology' }),
  ]
}
