/**
 * GEXF 1.3 (validates against the schema in ../shared/data/schemas/gexf-1.3): typed attributes, `viz`
 * positions (km east/north of Saxony's centre), colours by kind, sizes by ties, edge `viz:thickness` (not
 * graphology-gexf's invalid edge `viz:size`), and `spells` from actor dates and tie since/until so Gephi's
 * timeline works. Directed like GraphML (see graphml.ts), with the `directed` attribute.
 */
import type { Actor } from '@netzwerkatlas/shared'
import type { Attribute, AttributeType } from './attributes.ts'
import type { ExportGraph } from './export-graph.ts'
import { analysisNoteText } from './metric-attributes.ts'
import { xmlText } from './text-safety.ts'
import { valueText } from './values.ts'

const GEXF_TYPES: Record<AttributeType, string> = {
  string: 'string',
  integer: 'long',
  double: 'double',
  boolean: 'boolean',
  date: 'string',
  list: 'string',
}

/** GEXF has its own node `label` and edge `weight`: those are not declared again as attributes. */
const NATIVE = { node: 'label', edge: 'weight' } as const

const KIND_COLOURS: Record<Actor['kind'], string> = {
  organisation: 'r="31" g="119" b="180"',
  project: 'r="255" g="127" b="14"',
  event: 'r="44" g="160" b="44"',
}

/** Equirectangular km around 13.35° E, 51.0° N: distances on the canvas look like distances in Saxony. */
const KM_PER_DEGREE_LAT = 111.2
const KM_PER_DEGREE_LON = 111.2 * Math.cos((51.0 * Math.PI) / 180)
const round = (value: number) => Math.round(value * 1000) / 1000

function attributesBlock<Item>(domain: 'node' | 'edge', attributes: readonly Attribute<Item>[]) {
  let block = `    <attributes class="${domain}" mode="static">\n`
  for (const attribute of attributes) {
    if (attribute.id === NATIVE[domain]) continue
    block += `      <attribute id="${attribute.id}" title="${attribute.id}" type="${GEXF_TYPES[attribute.type]}"/>\n`
  }
  return block + '    </attributes>\n'
}

function attvalues<Item>(attributes: readonly Attribute<Item>[], item: Item, skip: string) {
  let values = ''
  for (const attribute of attributes) {
    if (attribute.id === skip) continue
    const text = valueText(attribute.valueOf(item))
    if (text !== null) values += `<attvalue for="${attribute.id}" value="${xmlText(text)}"/>`
  }
  return values === '' ? '' : `<attvalues>${values}</attvalues>`
}

function spell(start: string | null, end: string | null) {
  if (start === null && end === null) return ''
  const from = start === null ? '' : ` start="${start}"`
  const to = end === null ? '' : ` end="${end}"`
  return `<spells><spell${from}${to}/></spells>`
}

/** Projects and events live from start to end date; organisations from the year they were founded. */
function actorSpell(actor: Actor) {
  if (actor.startDate !== null || actor.endDate !== null) {
    return spell(
      actor.startDate,
      actor.endDate ?? (actor.kind === 'event' ? actor.startDate : null),
    )
  }
  return actor.foundedYear === null ? '' : spell(`${actor.foundedYear}-01-01`, null)
}

function nodeViz(actor: Actor, degree: number) {
  const location = actor.location
  const position = location
    ? `<viz:position x="${round((location.lon - 13.35) * KM_PER_DEGREE_LON)}" y="${round((location.lat - 51.0) * KM_PER_DEGREE_LAT)}" z="0"/>`
    : ''
  const size = round(4 + 2 * Math.sqrt(degree))
  return `<viz:color ${KIND_COLOURS[actor.kind]}/>${position}<viz:size value="${size}"/>`
}

/** Ties of each node (at the same index as `nodes`): the node sizes. Only GEXF needs them. */
function degreesOf(graph: ExportGraph) {
  const indexOf = new Map(graph.nodes.map((node, index) => [node.id, index]))
  const degrees = new Int32Array(graph.nodes.length)
  for (const edge of graph.edges) {
    degrees[indexOf.get(edge.sourceId)!]! += 1
    degrees[indexOf.get(edge.targetId)!]! += 1
  }
  return degrees
}

export function* gexfChunks(graph: ExportGraph): Generator<string> {
  const degrees = degreesOf(graph)
  const description = `Netzwerkatlas Sachsen, data version ${graph.dataVersion}, variant ${graph.variant}, filters: ${graph.filtersText || 'none'}; ${analysisNoteText(graph.analysis)}`
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
    `  <meta><creator>Netzwerkatlas Sachsen</creator><description>${xmlText(description)}</description></meta>\n` +
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n' +
    attributesBlock('node', graph.nodeAttributes) +
    attributesBlock('edge', graph.edgeAttributes) +
    `    <nodes count="${graph.nodes.length}">\n`
  )
  for (let index = 0; index < graph.nodes.length; index++) {
    const node = graph.nodes[index]!
    yield (
      `      <node id="${node.id}" label="${xmlText(node.name)}">` +
      attvalues(graph.nodeAttributes, node, NATIVE.node) +
      actorSpell(node) +
      nodeViz(node, degrees[index]!) +
      '</node>\n'
    )
  }
  yield `    </nodes>\n    <edges count="${graph.edges.length}">\n`
  for (const edge of graph.edges) {
    yield (
      `      <edge id="${edge.id}" source="${edge.sourceId}" target="${edge.targetId}" weight="${edge.weight}">` +
      attvalues(graph.edgeAttributes, edge, NATIVE.edge) +
      spell(edge.since, edge.until) +
      `<viz:thickness value="${edge.weight}"/>` +
      '</edge>\n'
    )
  }
  yield '    </edges>\n  </graph>\n</gexf>\n'
}
