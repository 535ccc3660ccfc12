/**
 * GeoJSON (RFC 7946, WGS84 lon/lat): actors as Points, ties as LineStrings between their two actors. Actors
 * without a place, and ties with such an end, are left out and counted in the foreign member `metadata`.
 */
import type { Attribute } from './attributes.ts'
import type { ExportGraph } from './export-graph.ts'
import { valueJson } from './values.ts'

function properties<Item>(attributes: readonly Attribute<Item>[], item: Item): string {
  let text = ''
  for (const attribute of attributes) {
    text += `,${JSON.stringify(attribute.id)}:${valueJson(attribute.valueOf(item))}`
  }
  return text
}

export function* geojsonChunks(graph: ExportGraph): Generator<string> {
  const located = new Map<string, string>()
  for (const node of graph.nodes) {
    if (node.location) located.set(node.id, `[${node.location.lon},${node.location.lat}]`)
  }
  const edgesLocated = graph.edges.filter(
    (edge) => located.has(edge.sourceId) && located.has(edge.targetId),
  ).length
  const metadata = {
    source: 'Netzwerkatlas Sachsen',
    dataVersion: graph.dataVersion,
    variant: graph.variant,
    filters: graph.filtersText,
    actors: graph.nodes.length,
    actorsWithoutPlace: graph.nodes.length - located.size,
    relationships: graph.edges.length,
    relationshipsWithoutPlace: graph.edges.length - edgesLocated,
  }
  yield `{"type":"FeatureCollection","metadata":${JSON.stringify(metadata)},"features":[\n`
  let separator = ''
  for (const node of graph.nodes) {
    const point = located.get(node.id)
    if (point === undefined) continue
    yield `${separator}{"type":"Feature","id":"${node.id}","geometry":{"type":"Point","coordinates":${point}},"properties":{"element":"actor","id":"${node.id}"${properties(graph.nodeAttributes, node)}}}`
    separator = ',\n'
  }
  for (const edge of graph.edges) {
    const from = located.get(edge.sourceId)
    const to = located.get(edge.targetId)
    if (from === undefined || to === undefined) continue
    yield `${separator}{"type":"Feature","id":"${edge.id}","geometry":{"type":"LineString","coordinates":[${from},${to}]},"properties":{"element":"relationship","id":"${edge.id}","source":"${edge.sourceId}","target":"${edge.targetId}"${properties(graph.edgeAttributes, edge)}}}`
    separator = ',\n'
  }
  yield '\n]}\n'
}
