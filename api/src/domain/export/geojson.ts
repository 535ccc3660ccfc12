/**
 * GeoJSON (RFC 7946, WGS84 lon/lat): actors as Points, ties as LineStrings between their two actors. Actors
 * without a place, and ties with such an end, are left out and counted in the foreign member `metadata`.
 */
import type { Attribute, AttributeValue } from './attributes.ts'
import type { ExportGraph } from './export-graph.ts'
import { rememberingSpeller, valueJson } from './values.ts'

/** `,"id":` per attribute, made once: the member names are the same in every feature. */
const memberKeys = <Item>(attributes: readonly Attribute<Item>[]) =>
  attributes.map((attribute) => `,${JSON.stringify(attribute.id)}:`)

type Speller = (value: AttributeValue) => string

/** One JSON speller per attribute, made once per file (values.ts: a column repeats its vocabulary). */
const spellersOf = <Item>(attributes: readonly Attribute<Item>[]): Speller[] =>
  attributes.map(() => rememberingSpeller(valueJson))

function properties<Item>(
  attributes: readonly Attribute<Item>[],
  keys: string[],
  spellers: Speller[],
  item: Item,
) {
  let text = ''
  for (let index = 0; index < attributes.length; index++) {
    text += keys[index]! + spellers[index]!(attributes[index]!.valueOf(item))
  }
  return text
}

/** Each placed actor's `[lon,lat]`, by id: what the GeoJSON can draw. */
function coordinatesOf(graph: ExportGraph) {
  const located = new Map<string, string>()
  for (const node of graph.nodes) {
    if (node.location) located.set(node.id, `[${node.location.lon},${node.location.lat}]`)
  }
  return located
}

function countsOf(graph: ExportGraph, located: ReadonlyMap<string, string>) {
  const edgesLocated = graph.edges.filter(
    (edge) => located.has(edge.sourceId) && located.has(edge.targetId),
  ).length
  return {
    actors: graph.nodes.length,
    actorsWithoutPlace: graph.nodes.length - located.size,
    relationships: graph.edges.length,
    relationshipsWithoutPlace: graph.edges.length - edgesLocated,
  }
}

/** How many actors and ties the files hold, and how many the GeoJSON leaves out: the Export page's preview. */
export const geojsonCounts = (graph: ExportGraph) => countsOf(graph, coordinatesOf(graph))

export function* geojsonChunks(graph: ExportGraph): Generator<string> {
  const located = coordinatesOf(graph)
  const metadata = {
    source: 'Netzwerkatlas Sachsen',
    dataVersion: graph.dataVersion,
    variant: graph.variant,
    filters: graph.filtersText,
    ...countsOf(graph, located),
    analysis: graph.analysis,
  }
  const nodeKeys = memberKeys(graph.nodeAttributes)
  const edgeKeys = memberKeys(graph.edgeAttributes)
  const nodeSpellers = spellersOf(graph.nodeAttributes)
  const edgeSpellers = spellersOf(graph.edgeAttributes)
  yield `{"type":"FeatureCollection","metadata":${JSON.stringify(metadata)},"features":[\n`
  let separator = ''
  for (const node of graph.nodes) {
    const point = located.get(node.id)
    if (point === undefined) continue
    yield `${separator}{"type":"Feature","id":"${node.id}","geometry":{"type":"Point","coordinates":${point}},"properties":{"element":"actor","id":"${node.id}"${properties(graph.nodeAttributes, nodeKeys, nodeSpellers, node)}}}`
    separator = ',\n'
  }
  for (const edge of graph.edges) {
    const from = located.get(edge.sourceId)
    const to = located.get(edge.targetId)
    if (from === undefined || to === undefined) continue
    yield `${separator}{"type":"Feature","id":"${edge.id}","geometry":{"type":"LineString","coordinates":[${from},${to}]},"properties":{"element":"relationship","id":"${edge.id}","source":"${edge.sourceId}","target":"${edge.targetId}"${properties(graph.edgeAttributes, edgeKeys, edgeSpellers, edge)}}}`
    separator = ',\n'
  }
  yield '\n]}\n'
}
