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

interface CsvParts<Item> {
  attributes: readonly Attribute<Item>[]
  /** Reused from row to row; holds strings from the start (one array map, every file). */
  row: string[]
  spellers: ((value: AttributeValue) => string)[]
}

/** One cell speller per attribute, made once per file (values.ts: a column repeats its vocabulary). */
function partsOf<Item>(attributes: readonly Attribute<Item>[]): CsvParts<Item> {
  const row: string[] = ['']
  const spellers: CsvParts<Item>['spellers'] = []
  for (let column = 0; column < attributes.length; column++) {
    row.push('')
    spellers.push(rememberingSpeller(cellOf))
  }
  return { attributes, row, spellers }
}

/**
 * A row: `prefix` (the id, or `id,source,target`), then the cells, joined once into one flat string instead
 * of a rope of 30 pieces the encoder would flatten again.
 */
function rowText<Item>({ attributes, row, spellers }: CsvParts<Item>, prefix: string, item: Item) {
  row[0] = prefix
  const last = attributes.length
  for (let column = 0; column < last; column++) {
    row[column + 1] = spellers[column]!(attributes[column]!.valueOf(item))
  }
  row[last] += LINE_END
  return row.join(',')
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
