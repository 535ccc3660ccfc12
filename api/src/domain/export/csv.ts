/**
 * CSV tables (RFC 4180: CRLF, one header row, UTF-8; a byte order mark only with `bom=true`, see
 * export-files.ts): nodes (`id` + node attributes) and edges (`id,source,target` + edge attributes). ISO dates, lists joined with `;`, empty cell = unknown; text cells
 * that would start a formula are neutralised (text-safety.ts). Gephi's spreadsheet import reads the columns
 * `id`, `label`, `source`, `target` and `weight` by name.
 */
import type { Attribute } from './attributes.ts'
import type { ExportGraph } from './export-graph.ts'
import { csvTextCell } from './text-safety.ts'
import { valueText } from './values.ts'

const LINE_END = '\r\n'

function cells<Item>(attributes: readonly Attribute<Item>[], item: Item): string {
  let row = ''
  for (const attribute of attributes) {
    const value = attribute.valueOf(item)
    const text = valueText(value)
    // Numbers, booleans and dates are what the type says; only free text can carry a formula.
    const isText = typeof value === 'string' || Array.isArray(value)
    row += ',' + (text === null ? '' : isText ? csvTextCell(text) : text)
  }
  return row
}

export function* csvNodeChunks(graph: ExportGraph): Generator<string> {
  yield ['id', ...graph.nodeAttributes.map((attribute) => attribute.id)].join(',') + LINE_END
  for (const node of graph.nodes) yield node.id + cells(graph.nodeAttributes, node) + LINE_END
}

export function* csvEdgeChunks(graph: ExportGraph): Generator<string> {
  yield (
    ['id', 'source', 'target', ...graph.edgeAttributes.map((attribute) => attribute.id)].join(',') +
    LINE_END
  )
  for (const edge of graph.edges) {
    yield `${edge.id},${edge.sourceId},${edge.targetId}${cells(graph.edgeAttributes, edge)}${LINE_END}`
  }
}
