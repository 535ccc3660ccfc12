/**
 * JSON graphs. `networkxChunks`: node-link data as `networkx.node_link_graph` reads it (a directed multigraph,
 * edge keys = relationship ids, as in graphml.ts). `graphologyChunks`: graphology's serialisation
 * (`Graph.from`), a mixed multigraph where mutual ties are `undirected`. Unknown values are left out.
 */
import type { Attribute, AttributeValue } from './attributes.ts'
import type { ExportGraph } from './export-graph.ts'
import { rememberingSpeller, valueJson } from './values.ts'

/** `"id":` per attribute, made once per file: every node (edge) has the same member names. */
const memberKeys = <Item>(attributes: readonly Attribute<Item>[]) =>
  attributes.map((attribute) => `${JSON.stringify(attribute.id)}:`)

/** One JSON speller per attribute, made once per file (values.ts: a column repeats its vocabulary). */
const spellersOf = <Item>(attributes: readonly Attribute<Item>[]) =>
  attributes.map(() => rememberingSpeller(valueJson))

function members<Item>(
  attributes: readonly Attribute<Item>[],
  keys: string[],
  spellers: ((value: AttributeValue) => string)[],
  item: Item,
  first: boolean,
) {
  let text = ''
  for (let index = 0; index < attributes.length; index++) {
    const value = attributes[index]!.valueOf(item)
    if (value === null) continue
    text += (first && text === '' ? '' : ',') + keys[index]! + spellers[index]!(value)
  }
  return text
}

const graphAttributes = (graph: ExportGraph) =>
  JSON.stringify({
    source: 'Netzwerkatlas Sachsen',
    data_version: graph.dataVersion,
    variant: graph.variant,
    filters: graph.filtersText,
    analysis: graph.analysis,
  })

export function* networkxChunks(graph: ExportGraph): Generator<string> {
  const nodeKeys = memberKeys(graph.nodeAttributes)
  const edgeKeys = memberKeys(graph.edgeAttributes)
  const nodeSpellers = spellersOf(graph.nodeAttributes)
  const edgeSpellers = spellersOf(graph.edgeAttributes)
  yield `{"directed":true,"multigraph":true,"graph":${graphAttributes(graph)},"nodes":[\n`
  let separator = ''
  for (const node of graph.nodes) {
    yield `${separator}{"id":"${node.id}"${members(graph.nodeAttributes, nodeKeys, nodeSpellers, node, false)}}`
    separator = ',\n'
  }
  yield '\n],"links":[\n'
  separator = ''
  for (const edge of graph.edges) {
    yield `${separator}{"source":"${edge.sourceId}","target":"${edge.targetId}","key":"${edge.id}"${members(graph.edgeAttributes, edgeKeys, edgeSpellers, edge, false)}}`
    separator = ',\n'
  }
  yield '\n]}\n'
}

export function* graphologyChunks(graph: ExportGraph): Generator<string> {
  const nodeKeys = memberKeys(graph.nodeAttributes)
  const edgeKeys = memberKeys(graph.edgeAttributes)
  const nodeSpellers = spellersOf(graph.nodeAttributes)
  const edgeSpellers = spellersOf(graph.edgeAttributes)
  yield `{"attributes":${graphAttributes(graph)},"options":{"type":"mixed","multi":true,"allowSelfLoops":false},"nodes":[\n`
  let separator = ''
  for (const node of graph.nodes) {
    yield `${separator}{"key":"${node.id}","attributes":{${members(graph.nodeAttributes, nodeKeys, nodeSpellers, node, true)}}}`
    separator = ',\n'
  }
  yield '\n],"edges":[\n'
  separator = ''
  for (const edge of graph.edges) {
    const undirected = edge.directed ? '' : ',"undirected":true'
    yield `${separator}{"key":"${edge.id}","source":"${edge.sourceId}","target":"${edge.targetId}"${undirected},"attributes":{${members(graph.edgeAttributes, edgeKeys, edgeSpellers, edge, true)}}}`
    separator = ',\n'
  }
  yield '\n]}\n'
}
