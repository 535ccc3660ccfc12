/**
 * CSV tables (RFC 4180: CRLF, one header row, UTF-8; a byte order mark only with `bom=true`, see
 * export-files.ts): nodes (`id` + node attributes) and edges (`id,source,target` + edge attributes). ISO dates, lists joined with `;`, empty cell = unknown; text cells
 * that would start a formula are neutralised (text-safety.ts). Gephi's spreadsheet import reads the columns
 * `id`, `label`, `source`, `target` and `weight` by name.
 */
import { LIST_SEPARATOR, type Attribute, type AttributeValue } from './attributes.ts'
import type { ExportGraph } from './export-graph.ts'
import { rowBatches } from './rows.ts'
import { csvTextCell } from './text-safety.ts'
import { rememberingSpeller } from './values.ts'

const LINE_END = '\r\n'

/**
 * One cell per attribute value. Numbers and booleans are what the type says; only text (and dates, lists)
 * can carry a formula or a separator, so only text is scanned. This runs once per cell of the file, so it
 * tests the type once (valueText and then a second test did it twice).
 */
function cellOf(value: string | number | boolean | readonly string[] | null): string {
  if (value === null) return ''
  if (typeof value === 'string') return csvTextCell(value)
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return csvTextCell(value.join(LIST_SEPARATOR))
}

/** A cell with the comma before it: what a row appends per column, remembered as one piece. */
const cellAfterComma = (value: AttributeValue) => ',' + cellOf(value)

interface CsvParts<Item> {
  attributes: readonly Attribute<Item>[]
  spellers: ((value: AttributeValue) => string)[]
}

/** One cell speller per attribute, made once per file (values.ts: a column repeats its vocabulary). */
function partsOf<Item>(attributes: readonly Attribute<Item>[]): CsvParts<Item> {
  const spellers: CsvParts<Item>['spellers'] = []
  for (let column = 0; column < attributes.length; column++) {
    spellers.push(rememberingSpeller(cellAfterComma))
  }
  return { attributes, spellers }
}

/**
 * A row: `prefix` (the id, or `id,source,target`), then each cell with its comma, remembered as one piece, and
 * an empty cell (unknown) without a call. Session 10: this replaced a row array joined with `,`, which cost
 * more (steady-state harness, 10k/50k nodes table, min CPU 29–32 → 24–26 ms, its second write 104–111 →
 * 41–87 ms) and was thrown away by V8 between files (the array's map, session 9).
 */
function rowText<Item>({ attributes, spellers }: CsvParts<Item>, prefix: string, item: Item) {
  let text = prefix
  for (let column = 0; column < attributes.length; column++) {
    const value = attributes[column]!.valueOf(item)
    text += value === null ? ',' : spellers[column]!(value)
  }
  return text + LINE_END
}

type Node = ExportGraph['nodes'][number]
type Edge = ExportGraph['edges'][number]

const nodeRow = (parts: CsvParts<Node>, node: Node) => rowText(parts, node.id, node)
const edgeRow = (parts: CsvParts<Edge>, edge: Edge) =>
  rowText(parts, `${edge.id},${edge.sourceId},${edge.targetId}`, edge)

export function* csvNodeChunks(graph: ExportGraph): Generator<string> {
  const attributes = graph.nodeAttributes
  yield ['id', ...attributes.map((attribute) => attribute.id)].join(',') + LINE_END
  yield* rowBatches(graph.nodes, nodeRow, partsOf(attributes))
}

export function* csvEdgeChunks(graph: ExportGraph): Generator<string> {
  const attributes = graph.edgeAttributes
  yield (
    ['id', 'source', 'target', ...attributes.map((attribute) => attribute.id)].join(',') + LINE_END
  )
  yield* rowBatches(graph.edges, edgeRow, partsOf(attributes))
}
