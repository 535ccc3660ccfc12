/**
 * CSV tables (RFC 4180: CRLF, one header row, UTF-8; a byte order mark only with `bom=true`, see
 * export-files.ts): nodes (`id` + node attributes) and edges (`id,source,target` + edge attributes). ISO dates, lists joined with `;`, empty cell = unknown; text cells
 * that would start a formula are neutralised (text-safety.ts). Gephi's spreadsheet import reads the columns
 * `id`, `label`, `source`, `target` and `weight` by name.
 */
import { LIST_SEPARATOR, type Attribute, type AttributeValue } from './attributes.ts'
import type { ExportGraph } from './export-graph.ts'
import { csvTextCell } from './text-safety.ts'
import { rememberingSpeller } from './values.ts'

const LINE_END = '\r\n'

/** One cell speller per attribute, made once per file (values.ts: a column repeats its vocabulary). */
const spellersOf = <Item>(attributes: readonly Attribute<Item>[]) =>
  attributes.map(() => rememberingSpeller(cellOf))

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

/**
 * A row: `prefix` (the id, or `id,source,target`), then the cells, joined once into one flat string instead
 * of a rope of 60 pieces the encoder would flatten again. `row` is reused from row to row.
 */
function rowText<Item>(
  row: string[],
  prefix: string,
  attributes: readonly Attribute<Item>[],
  spellers: ((value: AttributeValue) => string)[],
  item: Item,
): string {
  row[0] = prefix
  for (let index = 0; index < attributes.length; index++) {
    row[index + 1] = spellers[index]!(attributes[index]!.valueOf(item))
  }
  row[attributes.length] += LINE_END
  return row.join(',')
}

export function* csvNodeChunks(graph: ExportGraph): Generator<string> {
  const attributes = graph.nodeAttributes
  yield ['id', ...attributes.map((attribute) => attribute.id)].join(',') + LINE_END
  const row = new Array<string>(attributes.length + 1)
  const spellers = spellersOf(attributes)
  for (const node of graph.nodes) yield rowText(row, node.id, attributes, spellers, node)
}

export function* csvEdgeChunks(graph: ExportGraph): Generator<string> {
  const attributes = graph.edgeAttributes
  yield (
    ['id', 'source', 'target', ...attributes.map((attribute) => attribute.id)].join(',') + LINE_END
  )
  const row = new Array<string>(attributes.length + 1)
  const spellers = spellersOf(attributes)
  for (const edge of graph.edges) {
    yield rowText(row, `${edge.id},${edge.sourceId},${edge.targetId}`, attributes, spellers, edge)
  }
}
