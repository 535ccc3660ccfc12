/**
 * The graph every export writes: the actors the filters keep (name order) and the ties between them (id order),
 * exactly as GET /network selects them, with the typed attribute columns of attributes.ts and the analysis
 * metrics of the same data version (metric-attributes.ts). Two variants:
 * two-mode (organisations, projects and events with their recorded ties) and one-mode (organisations only,
 * two tied when both are tied to the same project or event). Order is fixed, so the same data version and
 * filters always give the same bytes.
 */
import type { Actor, ExportVariant, Filters, Relationship } from '@netzwerkatlas/shared'
import { matchesRelationshipFilters } from '../relationships/relationship-filters.ts'
import type { NetworkCatalog } from '../network/network-catalog.ts'
import {
  nodeAttributes,
  projectedTieAttributes,
  relationshipAttributes,
  type Attribute,
} from './attributes.ts'
import {
  analysisNote,
  metricAttributes,
  type AnalysedForExport,
  type ExportAnalysisNote,
} from './metric-attributes.ts'

/** What a writer needs of any edge; a two-mode edge is the Relationship itself (no copy per edge). */
interface ExportEdge {
  id: string
  sourceId: string
  targetId: string
  directed: boolean
  weight: number
  since: string | null
  until: string | null
}

interface ProjectedTie extends ExportEdge {
  via: string[]
}

export interface ExportGraph {
  dataVersion: number
  variant: ExportVariant
  /** The filters in their URL form (`topic=housing&synthetic=false`), named in every file. */
  filtersText: string
  nodes: readonly Actor[]
  /** Selected on first read (a getter): the nodes table and the preview's node count never scan the ties. */
  readonly edges: readonly ExportEdge[]
  nodeAttributes: readonly Attribute<Actor>[]
  edgeAttributes: readonly Attribute<ExportEdge>[]
  /** What the metric columns describe, for each file's metadata. */
  analysis: ExportAnalysisNote
}

export interface ExportGraphOptions {
  variant?: ExportVariant
  filtersText?: string
  /** The finished analysis of the same data version; undefined: not ready, metric columns empty. */
  analysed?: AnalysedForExport
}

function keptActors(catalog: NetworkCatalog, filters: Filters) {
  const positions = catalog.positionsMatching(filters)
  const nodeIndexOfPosition = new Int32Array(catalog.actorsInNameOrder.length).fill(-1)
  const nodes = positions.map((position, index) => {
    nodeIndexOfPosition[position] = index
    return catalog.actorsInNameOrder[position]!
  })
  return { nodes, nodeIndexOfPosition }
}

/** The ties between kept actors that the filters keep, with their ends as node indexes (`ends[2i]`, `ends[2i+1]`). */
function keptTies(catalog: NetworkCatalog, filters: Filters, nodeIndexOfPosition: Int32Array) {
  const edges: Relationship[] = []
  const ends: number[] = []
  const { relationshipsById, sourcePositions, targetPositions } = catalog
  for (let index = 0; index < relationshipsById.length; index++) {
    const source = nodeIndexOfPosition[sourcePositions[index]!]!
    const target = nodeIndexOfPosition[targetPositions[index]!]!
    if (source < 0 || target < 0) continue
    const relationship = relationshipsById[index]!
    if (!matchesRelationshipFilters(relationship, filters)) continue
    edges.push(relationship)
    ends.push(source, target)
  }
  return { edges, ends }
}

/** Computed on first use and kept: a nodes table never scans the ties, every other file scans them once. */
function once<Value>(compute: () => Value): () => Value {
  let value: Value | undefined
  let isComputed = false
  return () => {
    if (!isComputed) {
      value = compute()
      isComputed = true
    }
    return value as Value
  }
}

/**
 * Organisation pairs that share a project or event: for each project/event, every pair of the organisations
 * tied to it (any tie type the filters keep, either direction) gains 1 weight and the project's id in `via`.
 */
function projectOneMode(nodes: readonly Actor[], ends: readonly number[]) {
  const organisationsOf = new Map<number, Set<number>>()
  const isOrganisation = (index: number) => nodes[index]!.kind === 'organisation'
  for (let edge = 0; edge < ends.length; edge += 2) {
    const [a, b] = [ends[edge]!, ends[edge + 1]!]
    const [organisation, hub] = isOrganisation(a) && !isOrganisation(b) ? [a, b] : [b, a]
    if (!isOrganisation(organisation) || isOrganisation(hub)) continue
    const members = organisationsOf.get(hub) ?? new Set<number>()
    members.add(organisation)
    organisationsOf.set(hub, members)
  }
  const ties = new Map<number, ProjectedTie>()
  const pairKey = (a: number, b: number) => a * nodes.length + b
  for (const hub of [...organisationsOf.keys()].sort((x, y) => x - y)) {
    const members = [...organisationsOf.get(hub)!].sort((x, y) => x - y)
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i]!, members[j]!]
        const key = pairKey(a, b)
        let tie = ties.get(key)
        if (!tie) {
          const [source, target] = [nodes[a]!.id, nodes[b]!.id]
          tie = {
            id: `${source}--${target}`,
            sourceId: source,
            targetId: target,
            directed: false,
            weight: 0,
            since: null,
            until: null,
            via: [],
          }
          ties.set(key, tie)
        }
        tie.weight += 1
        tie.via.push(nodes[hub]!.id)
      }
    }
  }
  return [...ties.entries()].sort(([x], [y]) => x - y).map(([, tie]) => tie)
}

export function exportGraph(
  catalog: NetworkCatalog,
  filters: Filters,
  { variant = 'two-mode', filtersText = '', analysed }: ExportGraphOptions = {},
): ExportGraph {
  if (analysed && analysed.dataVersion !== catalog.dataVersion) {
    throw new Error(
      `analysis of version ${analysed.dataVersion} offered for an export of ${catalog.dataVersion}`,
    )
  }
  const kept = keptActors(catalog, filters)
  const ties = once(() => keptTies(catalog, filters, kept.nodeIndexOfPosition))
  const analysis = analysisNote(analysed)
  const extras = metricAttributes(analysed).map((extra): Attribute<Actor> => ({
    ...extra,
    valueOf: (actor) => extra.valueOf(actor.id),
  }))
  const allNodeAttributes = [...nodeAttributes((actor) => catalog.placeOf(actor)), ...extras]
  if (variant === 'two-mode') {
    return {
      dataVersion: catalog.dataVersion,
      variant,
      filtersText,
      nodes: kept.nodes,
      get edges() {
        return ties().edges
      },
      nodeAttributes: allNodeAttributes,
      analysis,
      // Every edge of this graph is a Relationship, which is what these attributes read.
      edgeAttributes: relationshipAttributes<Relationship>() as unknown as Attribute<ExportEdge>[],
    }
  }
  const projected = once(() => projectOneMode(kept.nodes, ties().ends))
  return {
    dataVersion: catalog.dataVersion,
    variant,
    filtersText,
    nodes: kept.nodes.filter((node) => node.kind === 'organisation'),
    get edges() {
      return projected()
    },
    nodeAttributes: allNodeAttributes,
    analysis,
    edgeAttributes: projectedTieAttributes<ProjectedTie>() as unknown as Attribute<ExportEdge>[],
  }
}
