/**
 * JSON graphs. `networkxChunks`: node-link data as `networkx.node_link_graph` reads it (a directed multigraph,
 * edge keys = relationship ids, as in graphml.ts). `graphologyChunks`: graphology's serialisation
 * (`Graph.from`), a mixed multigraph where mutual ties are `undirected`. Unknown values are left out.
 */
import type { ExportGraph } from './export-graph.ts'
import { columnsOf, rowBatches, type Columns } from './rows.ts'
import { rememberingJsonMemberSpeller } from './values.ts'

type Node = ExportGraph['nodes'][number]
type Edge = ExportGraph['edges'][number]

/** A file's columns (a member speller per attribute) and the text before the next row (none before the first). */
interface JsonParts<Item> extends Columns<Item> {
  separator: string
}

function partsOf<Item>(attributes: Columns<Item>['attributes']): JsonParts<Item> {
  const columns = columnsOf(attributes, (attribute) =>
    rememberingJsonMemberSpeller(`,${JSON.stringify(attribute.id)}:`),
  )
  return { ...columns, separator: '' }
}

/** The known values as members, each with its leading comma. */
function knownMembers<Item>({ attributes, members }: Columns<Item>, item: Item) {
  let text = ''
  for (let index = 0; index < attributes.length; index++) {
    const value = attributes[index]!.valueOf(item)
    if (value !== null) text += members[index]!(value)
  }
  return text
}

/** Graphology's attributes object: the members without the first one's comma. */
function attributesObject<Item>(columns: Columns<Item>, item: Item) {
  const text = knownMembers(columns, item)
  return text === '' ? '{}' : `{${text.slice(1)}}`
}

function nextSeparator(parts: { separator: string }) {
  const separator = parts.separator
  parts.separator = ',\n'
  return separator
}

const graphAttributes = (graph: ExportGraph) =>
  JSON.stringify({
    source: 'Netzwerkatlas Sachsen',
    data_version: graph.dataVersion,
    variant: graph.variant,
    filters: graph.filtersText,
    analysis: graph.analysis,
  })

const networkxNode = (parts: JsonParts<Node>, node: Node) =>
  `${nextSeparator(parts)}{"id":"${node.id}"${knownMembers(parts, node)}}`

const networkxEdge = (parts: JsonParts<Edge>, edge: Edge) =>
  `${nextSeparator(parts)}{"source":"${edge.sourceId}","target":"${edge.targetId}","key":"${edge.id}"${knownMembers(parts, edge)}}`

export function* networkxChunks(graph: ExportGraph): Generator<string> {
  yield `{"directed":true,"multigraph":true,"graph":${graphAttributes(graph)},"nodes":[\n`
  yield* rowBatches(graph.nodes, networkxNode, partsOf(graph.nodeAttributes))
  yield '\n],"links":[\n'
  yield* rowBatches(graph.edges, networkxEdge, partsOf(graph.edgeAttributes))
  yield '\n]}\n'
}

const graphologyNode = (parts: JsonParts<Node>, node: Node) =>
  `${nextSeparator(parts)}{"key":"${node.id}","attributes":${attributesObject(parts, node)}}`

const graphologyEdge = (parts: JsonParts<Edge>, edge: Edge) =>
  `${nextSeparator(parts)}{"key":"${edge.id}","source":"${edge.sourceId}","target":"${edge.targetId}"${edge.directed ? '' : ',"undirected":true'},"attributes":${attributesObject(parts, edge)}}`

export function* graphologyChunks(graph: ExportGraph): Generator<string> {
  yield `{"attributes":${graphAttributes(graph)},"options":{"type":"mixed","multi":true,"allowSelfLoops":false},"nodes":[\n`
  yield* rowBatches(graph.nodes, graphologyNode, partsOf(graph.nodeAttributes))
  yield '\n],"edges":[\n'
  yield* rowBatches(graph.edges, graphologyEdge, partsOf(graph.edgeAttributes))
  yield '\n]}\n'
}
