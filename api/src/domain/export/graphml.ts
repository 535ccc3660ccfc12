/**
 * GraphML 1.0 (validates against graphml.xsd): one typed `<key>` per attribute, graph data naming the data
 * version, filters, variant and the analysis the metric columns come from (ready or pending, version, methods). Edges are written source → target with `edgedefault="directed"` and a
 * `directed` attribute: networkx and igraph reject graphs that mix directed and undirected edges.
 */
import type { Attribute, AttributeType } from './attributes.ts'
import type { ExportGraph } from './export-graph.ts'
import { analysisNoteText } from './metric-attributes.ts'
import { xmlText } from './text-safety.ts'
import { valueText } from './values.ts'

const GRAPHML_TYPES: Record<AttributeType, string> = {
  string: 'string',
  integer: 'long',
  double: 'double',
  boolean: 'boolean',
  date: 'string',
  list: 'string',
}

function keyLine(id: string, domain: 'graph' | 'node' | 'edge', name: string, type: string) {
  return `  <key id="${id}" for="${domain}" attr.name="${name}" attr.type="${type}"/>\n`
}

function dataLines<Item>(keyPrefix: string, attributes: readonly Attribute<Item>[], item: Item) {
  let lines = ''
  for (const attribute of attributes) {
    const text = valueText(attribute.valueOf(item))
    if (text !== null) lines += `<data key="${keyPrefix}${attribute.id}">${xmlText(text)}</data>`
  }
  return lines
}

export function* graphmlChunks(graph: ExportGraph): Generator<string> {
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
  )
  let keys =
    keyLine('g_data_version', 'graph', 'data_version', 'long') +
    keyLine('g_filters', 'graph', 'filters', 'string') +
    keyLine('g_variant', 'graph', 'variant', 'string') +
    keyLine('g_source', 'graph', 'source', 'string') +
    keyLine('g_analysis', 'graph', 'analysis', 'string') +
    keyLine('g_analysis_data_version', 'graph', 'analysis_data_version', 'long') +
    keyLine('g_analysis_methods', 'graph', 'analysis_methods', 'string')
  for (const attribute of graph.nodeAttributes) {
    keys += keyLine(`n_${attribute.id}`, 'node', attribute.id, GRAPHML_TYPES[attribute.type])
  }
  for (const attribute of graph.edgeAttributes) {
    keys += keyLine(`e_${attribute.id}`, 'edge', attribute.id, GRAPHML_TYPES[attribute.type])
  }
  yield keys
  yield (
    `  <graph id="netzwerkatlas-sachsen" edgedefault="directed">\n` +
    `    <data key="g_data_version">${graph.dataVersion}</data>\n` +
    `    <data key="g_filters">${xmlText(graph.filtersText)}</data>\n` +
    `    <data key="g_variant">${graph.variant}</data>\n` +
    `    <data key="g_source">Netzwerkatlas Sachsen</data>\n` +
    `    <data key="g_analysis">${graph.analysis.status}</data>\n` +
    (graph.analysis.dataVersion === null
      ? ''
      : `    <data key="g_analysis_data_version">${graph.analysis.dataVersion}</data>\n`) +
    `    <data key="g_analysis_methods">${xmlText(analysisNoteText(graph.analysis))}</data>\n`
  )
  for (const node of graph.nodes) {
    yield `    <node id="${node.id}">${dataLines('n_', graph.nodeAttributes, node)}</node>\n`
  }
  for (const edge of graph.edges) {
    yield `    <edge id="${edge.id}" source="${edge.sourceId}" target="${edge.targetId}">${dataLines('e_', graph.edgeAttributes, edge)}</edge>\n`
  }
  yield '  </graph>\n</graphml>\n'
}
