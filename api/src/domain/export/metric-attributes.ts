/**
 * The analysis in the exports: the metrics /network/metrics serves, as node columns of every format, and a note
 * of what was analysed (data version, methods, seed) for each file's metadata. An export whose analysis is not
 * ready yet keeps the columns, empty, and says `pending`, so a file never mixes metrics of another version.
 */
import type { Label } from '@netzwerkatlas/shared'
import type { AnalysedNetwork } from '../analysis/analysed-network.ts'
import { communityNamesOf } from '../analysis/communities-view.ts'
import { GRAPH_DESCRIPTION } from '../analysis/metrics-view.ts'
import type { ExtraNodeAttribute } from './attributes.ts'

export type ExportAnalysisNote =
  | {
      status: 'ready'
      /** The data version analysed: always the export's own. */
      dataVersion: number
      graph: string
      betweenness: {
        method: 'exact' | 'sampled'
        normalisation: 'pairs'
        pivots: number
        maxStandardError: number
      }
      communities: { method: 'Louvain'; seed: number }
      brokerage: string
    }
  | { status: 'pending'; dataVersion: null }

const BROKERAGE_FORMULA =
  'Participation coefficient 1 − Σ_c (k_c / k)² over the communities c of its partners (k partners, k_c in c): 0 when all share one community.'

interface MetricDefinition {
  id: string
  type: ExtraNodeAttribute['type']
  meaning: Label
  valueOf: (analysed: AnalysedNetwork, node: number) => number | string | boolean
}

const metricDefinitions: MetricDefinition[] = [
  {
    id: 'degree',
    type: 'integer',
    meaning: {
      de: 'Grad: Zahl der Partner (Akteure mit mindestens einer Beziehung)',
      en: 'Degree: number of partners (actors with at least one tie)',
    },
    valueOf: ({ analysis }, v) => analysis.degree[v]!,
  },
  {
    id: 'weighted_degree',
    type: 'double',
    meaning: {
      de: 'Gewichteter Grad: Summe der Gewichte der Beziehungen',
      en: 'Weighted degree: sum of the weights of its ties',
    },
    valueOf: ({ analysis }, v) => analysis.weightedDegree[v]!,
  },
  {
    id: 'betweenness',
    type: 'double',
    meaning: {
      de: 'Betweenness (Brandes), normiert auf (n−1)(n−2)/2 Paare wie networkx normalized=True; exakt oder gesampelt (metadata)',
      en: 'Betweenness (Brandes), normalised over (n−1)(n−2)/2 pairs as networkx normalized=True; exact or sampled (metadata)',
    },
    valueOf: ({ analysis }, v) => analysis.betweenness[v]!,
  },
  {
    id: 'closeness',
    type: 'double',
    meaning: {
      de: 'Closeness (Wasserman–Faust, wie networkx closeness_centrality) in der eigenen Komponente',
      en: 'Closeness (Wasserman–Faust, as networkx closeness_centrality) within its component',
    },
    valueOf: ({ analysis }, v) => analysis.closeness[v]!,
  },
  {
    id: 'pagerank',
    type: 'double',
    meaning: { de: 'PageRank (Dämpfung 0,85)', en: 'PageRank (damping 0.85)' },
    valueOf: ({ analysis }, v) => analysis.pageRank[v]!,
  },
  {
    id: 'community',
    type: 'integer',
    meaning: {
      de: 'Community (Louvain, Startwert in metadata): Nummer wie in /api/network/communities',
      en: 'Community (Louvain, seed in metadata): id as in /api/network/communities',
    },
    valueOf: ({ analysis }, v) => analysis.community[v]!,
  },
  {
    id: 'community_name',
    type: 'string',
    meaning: {
      de: 'Name der Community aus häufigstem Kreis und Thema (deutsch), z. B. „Leipzig · Bildung“',
      en: 'Name of the community from its dominant district and topic, in German ("Leipzig · Bildung")',
    },
    valueOf: (analysed, v) => communityNamesOf(analysed)[analysed.analysis.community[v]!]!.de,
  },
  {
    id: 'community_name_en',
    type: 'string',
    meaning: {
      de: 'Name der Community, englisch (z. B. "Leipzig · Education")',
      en: 'Name of the community, in English ("Leipzig · Education")',
    },
    valueOf: (analysed, v) => communityNamesOf(analysed)[analysed.analysis.community[v]!]!.en,
  },
  {
    id: 'brokerage',
    type: 'double',
    meaning: {
      de: 'Vermittlerrolle: Partizipationskoeffizient 1 − Σ_c (k_c / k)², 0 wenn alle Partner in einer Community sind',
      en: 'Brokerage: participation coefficient 1 − Σ_c (k_c / k)², 0 when all partners share one community',
    },
    valueOf: ({ analysis }, v) => analysis.participation[v]!,
  },
  {
    id: 'component',
    type: 'integer',
    meaning: {
      de: 'Zusammenhangskomponente (0 = die größte)',
      en: 'Connected component (0 = the largest)',
    },
    valueOf: ({ analysis }, v) => analysis.component[v]!,
  },
  {
    id: 'is_cut_vertex',
    type: 'boolean',
    meaning: {
      de: 'true: Artikulationspunkt, ohne ihn zerfiele seine Komponente',
      en: 'true: articulation point, its component would fall apart without it',
    },
    valueOf: ({ analysis }, v) => analysis.isArticulationPoint[v] === 1,
  },
]

/** The metric columns, in codebook order; all empty when `analysed` is undefined (pending). */
export function metricAttributes(analysed: AnalysedNetwork | undefined): ExtraNodeAttribute[] {
  return metricDefinitions.map((metric) => ({
    id: metric.id,
    type: metric.type,
    meaning: metric.meaning,
    valueOf: (actorId) => {
      const node = analysed?.nodeOf.get(actorId)
      return node === undefined ? null : metric.valueOf(analysed!, node)
    },
  }))
}

/** A finished analysis with the version and seed it ran with (index/analysis/analysis-service.ts). */
export interface AnalysedForExport extends AnalysedNetwork {
  dataVersion: number
  seed: number
}

export function analysisNote(analysed: AnalysedForExport | undefined): ExportAnalysisNote {
  if (!analysed) return { status: 'pending', dataVersion: null }
  return {
    status: 'ready',
    dataVersion: analysed.dataVersion,
    graph: GRAPH_DESCRIPTION,
    betweenness: { ...analysed.analysis.betweennessEstimate, normalisation: 'pairs' },
    communities: { method: 'Louvain', seed: analysed.seed },
    brokerage: BROKERAGE_FORMULA,
  }
}

/** One line for metadata fields that hold text (GraphML graph data, GEXF description). */
export function analysisNoteText(note: ExportAnalysisNote): string {
  if (note.status === 'pending') return 'analysis: pending (metric columns empty)'
  const b = note.betweenness
  return `analysis: ready, data version ${note.dataVersion}; betweenness ${b.method} (${b.pivots} sources, normalised over pairs, max standard error ${b.maxStandardError}); communities Louvain, seed ${note.communities.seed}; brokerage: participation coefficient`
}
