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
  /** The same writer for any graph of the same columns (export-size.ts runs it on samples). */
  write: (graph: ExportGraph) => Generator<string>
  /** False for the nodes table: it never reads the ties, so nothing needs to select them. */
  readsEdges: boolean
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

/** Only when asked: the plain table needs no second generator to pass its batches through. */
function withBom(bom: boolean, chunks: Generator<string>): Generator<string> {
  if (!bom) return chunks
  return (function* () {
    yield BYTE_ORDER_MARK
    yield* chunks
  })()
}

interface Writer {
  name: string
  mediaType: string
  write: (graph: ExportGraph) => Generator<string>
  readsEdges?: false
}

function writerOf(format: Exclude<ExportFormat, 'bundle'>, shape: FileShape, base: string): Writer {
  switch (format) {
    case 'graphml':
      return { name: `${base}.graphml`, mediaType: 'application/graphml+xml', write: graphmlChunks }
    case 'gexf':
      return { name: `${base}.gexf`, mediaType: 'application/gexf+xml', write: gexfChunks }
    case 'csv': {
      const table = shape.table ?? 'nodes'
      return {
        name: `${base}-${table}.csv`,
        mediaType: 'text/csv; charset=utf-8; header=present',
        write: (graph) =>
          withBom(
            shape.bom === true,
            table === 'nodes' ? csvNodeChunks(graph) : csvEdgeChunks(graph),
          ),
        ...(table === 'nodes' ? { readsEdges: false } : {}),
      }
    }
    case 'geojson':
      return { name: `${base}.geojson`, mediaType: 'application/geo+json', write: geojsonChunks }
    case 'json': {
      const graphology = shape.flavour === 'graphology'
      return {
        name: graphology ? `${base}-graphology.json` : `${base}-node-link.json`,
        mediaType: 'application/json',
        write: graphology ? graphologyChunks : networkxChunks,
      }
    }
  }
}

export function exportFile(
  graph: ExportGraph,
  format: Exclude<ExportFormat, 'bundle'>,
  shape: FileShape = {},
): ExportFile {
  const writer = writerOf(format, shape, graph.variant)
  return {
    name: writer.name,
    mediaType: writer.mediaType,
    write: writer.write,
    chunks: () => writer.write(graph),
    readsEdges: writer.readsEdges ?? true,
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
