/** GET /network/metrics: per actor (those the filters keep) and for the whole network. */
import type { Filters, NetworkMetricsResponse } from '@netzwerkatlas/shared'
import { actorSummary } from './actor-words.ts'
import type { AnalysedNetwork } from './analysed-network.ts'

export const GRAPH_DESCRIPTION =
  'Undirected projection of the public network: every published relationship type, in either direction, is a tie between its two actors; parallel ties are one edge. weightedDegree sums relationship weights; all other metrics are unweighted. inDegree/outDegree count directed relationships. Betweenness, closeness and PageRank (damping 0.85) run on the whole network, whatever the filters; the filters only choose which actors are listed.'

type Body = Omit<NetworkMetricsResponse, 'dataVersion' | 'computing' | 'computingVersion'>

export function networkMetrics(analysed: AnalysedNetwork, filters: Filters): Body {
  const { analysis, catalog, nodeOf } = analysed
  const positions = catalog.positionsMatching(filters)
  const nodes = positions
    .map((position) => nodeOf.get(catalog.actorsInNameOrder[position]!.id))
    .filter((node) => node !== undefined)
  return {
    graph: GRAPH_DESCRIPTION,
    betweenness: { ...analysis.betweennessEstimate, normalisation: 'pairs' },
    network: analysis.figures,
    actors: nodes.map((node) => ({
      id: analysis.ids[node]!,
      degree: analysis.degree[node]!,
      weightedDegree: analysis.weightedDegree[node]!,
      inDegree: analysis.inDegree[node]!,
      outDegree: analysis.outDegree[node]!,
      betweenness: analysis.betweenness[node]!,
      closeness: analysis.closeness[node]!,
      pageRank: analysis.pageRank[node]!,
      community: analysis.community[node]!,
      component: analysis.component[node]!,
      brokerage: analysis.participation[node]!,
      communitiesReached: analysis.communitiesReached[node]!,
      isArticulationPoint: analysis.isArticulationPoint[node] === 1,
      summary: actorSummary(analysed, node),
    })),
  }
}
