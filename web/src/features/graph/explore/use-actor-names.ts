/**
 * Every public actor's name by id, for the members of a community and the actors along a path (the analysis
 * answers name them by id). Read from the graph's unfiltered network query, so with no filters the canvas and
 * the tools share one request; a path or a community may reach beyond the filtered view.
 */
import type { NetworkResponse } from '@netzwerkatlas/shared'
import { useQuery } from '@tanstack/react-query'
import { graphNetworkQuery } from '../graph-queries.ts'

const namesById = (network: NetworkResponse) =>
  new Map(network.nodes.map((node) => [node.id, node.name]))

export function useActorNames(enabled: boolean) {
  return useQuery({ ...graphNetworkQuery({}), select: namesById, enabled })
}
