/**
 * About how many bytes a file will have, before it is written: a streamed export has no Content-Length, and the
 * Export page wants a percentage. The file's own writer runs on samples of the graph (at most SAMPLE nodes and
 * SAMPLE edges), and the sampled node and edge bytes are scaled up to the whole graph. A graph no larger than
 * the samples is written in full, so its size is exact. Costs a few milliseconds whatever the size. The bundle
 * needs the deflated size: `estimatedDeflatedBytes`.
 */
import type { ExportFile } from './export-files.ts'
import type { ExportGraph } from './export-graph.ts'

const SAMPLE = 1000

function bytesOf(chunks: Generator<string>): number {
  let bytes = 0
  for (const chunk of chunks) bytes += Buffer.byteLength(chunk, 'utf8')
  return bytes
}

/** The writer's text for a part of the graph, whole (only for samples: at most SAMPLE nodes and edges). */
function textOf(chunks: Generator<string>): string {
  let text = ''
  for (const chunk of chunks) text += chunk
  return text
}

/** Every `stride`-th item, so the sample spans the whole list (ids, names and dates vary along it). */
function everyNth<Item>(items: readonly Item[], stride: number): Item[] {
  const kept: Item[] = []
  for (let index = 0; index < items.length; index += stride) kept.push(items[index]!)
  return kept
}

/** The graph with other nodes and edges, everything else as it is (not a spread: that would read the edges). */
function withParts(
  graph: ExportGraph,
  nodes: ExportGraph['nodes'],
  edges: ExportGraph['edges'],
): ExportGraph {
  return {
    dataVersion: graph.dataVersion,
    variant: graph.variant,
    filtersText: graph.filtersText,
    nodeAttributes: graph.nodeAttributes,
    edgeAttributes: graph.edgeAttributes,
    analysis: graph.analysis,
    nodes,
    edges,
  }
}

/** BLOCKS runs of consecutive items, evenly spread: neighbouring rows, as deflate sees them in the file. */
const BLOCKS = 4

function blocksOf<Item>(items: readonly Item[]): Item[] {
  if (items.length <= SAMPLE) return [...items]
  const length = SAMPLE / BLOCKS
  const step = Math.floor((items.length - length) / (BLOCKS - 1))
  const kept: Item[] = []
  for (let block = 0; block < BLOCKS; block++)
    kept.push(...items.slice(block * step, block * step + length))
  return kept
}

/**
 * The ZIP bundle's deflated size of this file (`deflatedLength`: the bundle's own deflate, passed in, as the
 * domain does no I/O): runs of consecutive nodes and edges are written and deflated, and what they add is
 * scaled up to the whole graph.
 * Runs, not every n-th row as `estimatedBytes` samples: deflate finds its repeats between neighbouring rows.
 */
export function estimatedDeflatedBytes(
  graph: ExportGraph,
  file: ExportFile,
  deflatedLength: (text: string) => number,
): number {
  const deflated = (nodes: ExportGraph['nodes'], edges: ExportGraph['edges']) =>
    deflatedLength(textOf(file.write(withParts(graph, nodes, edges))))
  const edges = file.readsEdges ? graph.edges : []
  if (graph.nodes.length <= SAMPLE && edges.length <= SAMPLE) return deflated(graph.nodes, edges)
  const frame = deflated([], [])
  const nodes = blocksOf(graph.nodes)
  const nodeBytes = ((deflated(nodes, []) - frame) * graph.nodes.length) / Math.max(nodes.length, 1)
  if (edges.length === 0) return Math.round(frame + nodeBytes)
  const sampledEdges = blocksOf(edges)
  const endIds = new Set(sampledEdges.flatMap((edge) => [edge.sourceId, edge.targetId]))
  const ends = graph.nodes.filter((node) => endIds.has(node.id))
  const edgeBytes =
    ((deflated(ends, sampledEdges) - deflated(ends, [])) * edges.length) / sampledEdges.length
  return Math.round(frame + nodeBytes + edgeBytes)
}

export function estimatedBytes(graph: ExportGraph, file: ExportFile): number {
  const size = (nodes: ExportGraph['nodes'], edges: ExportGraph['edges']) =>
    bytesOf(file.write(withParts(graph, nodes, edges)))
  const edges = file.readsEdges ? graph.edges : []
  if (graph.nodes.length <= SAMPLE && edges.length <= SAMPLE) return size(graph.nodes, edges)
  const frame = size([], [])
  const nodeStride = Math.max(1, Math.ceil(graph.nodes.length / SAMPLE))
  const sampledNodes = everyNth(graph.nodes, nodeStride)
  const nodeBytes =
    ((size(sampledNodes, []) - frame) * graph.nodes.length) / Math.max(sampledNodes.length, 1)
  if (edges.length === 0) return Math.round(frame + nodeBytes)
  // An edge's bytes can need its ends (GeoJSON draws a tie only between placed actors): write the sampled
  // edges with their ends, and count only what the edges add.
  const sampledEdges = everyNth(edges, Math.ceil(edges.length / SAMPLE))
  const endIds = new Set(sampledEdges.flatMap((edge) => [edge.sourceId, edge.targetId]))
  const ends = graph.nodes.filter((node) => endIds.has(node.id))
  const edgeBytes =
    ((size(ends, sampledEdges) - size(ends, [])) * edges.length) / sampledEdges.length
  return Math.round(frame + nodeBytes + edgeBytes)
}
