/**
 * JSON graphs. `networkxChunks`: node-link data as `networkx.node_link_graph` reads it (a directed multigraph,
 * edge keys = relationship ids, as in graphml.ts). `graphologyChunks`: graphology's serialisation
 * (`Graph.from`), a mixed multigraph where mutual ties are `undirected`. Unknown values are left out.
 */
import type { Attribute } from './attributes.ts'
import type { ExportGraph } from './export-graph.ts'
import { valueJson } from './values.ts'

function members<Item>(attributes: readonly Attribute<Item>[], item: Item, first: boolean) {
  let text = ''
  for (const attribute of attributes) {
    const value = attribute.valueOf(item)
    if (value === null) continue
    text += `${first && text === '' ? '' : ','}${JSON.stringify(attribute.id)}:${valueJson(value)}`
  }
  return text
}

const graphAttributes = (graph: ExportGraph) =>
  JSON.stringify({
    source: 'Netzwerkatlas Sachsen',
    data_version: graph.dataVersion,
    variant: graph.variant,
    filters: graph.filtersText,
  })

export function* networkxChunks(graph: ExportGraph): Generator<string> {
  yield `{"directed":true,"multigraph":true,"graph":${graphAttributes(graph)},"nodes":[\n`
  let separator = ''
  for (const node of graph.nodes) {
    yield `${separator}{"id":"${node.id}"${members(graph.nodeAttributes, node, false)}}`
    separator = ',\n'
  }
  yield '\n],"links":[\n'
  separator = ''
  for (const edge of graph.edges) {
    yield `${separator}{"source":"${edge.sourceId}","target":"${edge.targetId}","key":"${edge.id}"${members(graph.edgeAttributes, edge, false)}}`
    separator = ',\n'
  }
  yield '\n]}\n'
}

export function* graphologyChunks(graph: ExportGraph): Generator<string> {
  yield `{"attributes":${graphAttributes(graph)},"options":{"type":"mixed","multi":true,"allowSelfLoops":false},"nodes":[\n`
  let separator = ''
  for (const node of graph.nodes) {
    yield `${separator}{"key":"${node.id}","attributes":{${members(graph.nodeAttributes, node, true)}}}`
    separator = ',\n'
  }
  yield '\n],"edges":[\n'
  separator = ''
  for (const edge of graph.edges) {
    const undirected = edge.directed ? '' : ',"undirected":true'
    yield `${separator}{"key":"${edge.id}","source":"${edge.sourceId}","target":"${edge.targetId}"${undirected},"attributes":{${members(graph.edgeAttributes, edge, true)}}}`
    separator = ',\n'
  }
  yield '\n]}\n'
}
