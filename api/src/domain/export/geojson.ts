/**
 * GeoJSON (RFC 7946, WGS84 lon/lat): actors as Points, ties as LineStrings between their two actors. Actors
 * without a place, and ties with such an end, are left out and counted in the foreign member `metadata`.
 */
import type { ExportGraph } from './export-graph.ts'
import { columnsOf, rowBatches, type Columns } from './rows.ts'
import { rememberingJsonMemberSpeller } from './values.ts'

type Node = ExportGraph['nodes'][number]
type Edge = ExportGraph['edges'][number]

/** Every column as a member (`,"id":value`), null included: GeoJSON properties keep the same members in every feature. */
const columns = <Item>(attributes: Columns<Item>['attributes']) =>
  columnsOf(attributes, (attribute) =>
    rememberingJsonMemberSpeller(`,${JSON.stringify(attribute.id)}:`),
  )

function properties<Item>({ attributes, members }: Columns<Item>, item: Item) {
  let text = ''
  for (let index = 0; index < attributes.length; index++) {
    text += members[index]!(attributes[index]!.valueOf(item))
  }
  return text
}

/** What both loops share: the places, the columns, and the text before the next feature (none before the first). */
interface GeoParts {
  located: ReadonlyMap<string, string>
  nodeColumns: Columns<Node>
  edgeColumns: Columns<Edge>
  separator: string
}

function nextSeparator(parts: GeoParts) {
  const separator = parts.separator
  parts.separator = ',\n'
  return separator
}

/** A placed actor as a Point; nothing for an actor without a place. */
function nodeFeature(parts: GeoParts, node: Node) {
  const point = parts.located.get(node.id)
  if (point === undefined) return ''
  return `${nextSeparator(parts)}{"type":"Feature","id":"${node.id}","geometry":{"type":"Point","coordinates":${point}},"properties":{"element":"actor","id":"${node.id}"${properties(parts.nodeColumns, node)}}}`
}

/** A tie between two placed actors as a LineString; nothing when an end has no place. */
function edgeFeature(parts: GeoParts, edge: Edge) {
  const from = parts.located.get(edge.sourceId)
  const to = parts.located.get(edge.targetId)
  if (from === undefined || to === undefined) return ''
  return `${nextSeparator(parts)}{"type":"Feature","id":"${edge.id}","geometry":{"type":"LineString","coordinates":[${from},${to}]},"properties":{"element":"relationship","id":"${edge.id}","source":"${edge.sourceId}","target":"${edge.targetId}"${properties(parts.edgeColumns, edge)}}}`
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
  yield `{"type":"FeatureCollection","metadata":${JSON.stringify(metadata)},"features":[\n`
  const parts: GeoParts = {
    located,
    nodeColumns: columns(graph.nodeAttributes),
    edgeColumns: columns(graph.edgeAttributes),
    separator: '',
  }
  yield* rowBatches(graph.nodes, nodeFeature, parts)
  yield* rowBatches(graph.edges, edgeFeature, parts)
  yield '\n]}\n'
}
