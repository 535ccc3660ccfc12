/**
 * Everything the graph view draws, from the URL's filters, year and choices: the model, the positions of the
 * chosen layout, node sizes and colours, and what the year shows. Each part is memoised on what it depends
 * on, so a year step or a colour change does not rebuild the graph.
 */
import type { Filters } from '@netzwerkatlas/shared'
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { GraphChoices } from './graph-choices.ts'
import {
  buildGraphModel,
  visibleInYear,
  visibleNeighbours,
  type GraphModel,
} from './graph-model.ts'
import {
  graphCommunitiesQuery,
  graphLayoutQuery,
  graphMetricsQuery,
  graphNetworkQuery,
} from './graph-queries.ts'
import { forcePositions, geographicPositions } from './graph-positions.ts'
import { colourOfType, communityColours, OTHER_COMMUNITY_COLOUR } from './graph-symbols.ts'

/** Node diameters in model units (the layouts span 1,000): the smallest stays clickable when zoomed in. */
const MIN_SIZE = 6
const MAX_SIZE = 36

function nodeSizes(model: GraphModel, metric: GraphChoices['nodeSize']) {
  let max = 0
  for (const node of model.nodes) max = Math.max(max, node.metrics[metric])
  // Area grows with the value (a square root of the diameter), so a hub does not swallow its partners.
  return new Map(
    model.nodes.map((node) => [
      node.id,
      max > 0 ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(node.metrics[metric] / max) : MIN_SIZE,
    ]),
  )
}

export function useGraphData(filters: Filters, year: number | undefined, choices: GraphChoices) {
  const network = useQuery(graphNetworkQuery(filters))
  const layout = useQuery(graphLayoutQuery())
  const metrics = useQuery(graphMetricsQuery(filters))
  const communities = useQuery(graphCommunitiesQuery())

  const model = useMemo(
    () =>
      network.data && layout.data
        ? buildGraphModel({
            network: network.data,
            layout: layout.data,
            metrics: metrics.data,
            communities: communities.data,
          })
        : undefined,
    [network.data, layout.data, metrics.data, communities.data],
  )
  const positions = useMemo(
    () =>
      model &&
      (choices.layout === 'geographic'
        ? geographicPositions(model.nodes)
        : forcePositions(model.nodes)),
    [model, choices.layout],
  )
  const sizes = useMemo(
    () => model && nodeSizes(model, choices.nodeSize),
    [model, choices.nodeSize],
  )
  const communityPalette = useMemo(
    () => model && communityColours(model.nodes.map((node) => node.community)),
    [model],
  )
  const colours = useMemo(
    () =>
      model &&
      communityPalette &&
      new Map(
        model.nodes.map((node) => [
          node.id,
          choices.nodeColour === 'community'
            ? node.community === null
              ? OTHER_COMMUNITY_COLOUR
              : (communityPalette.get(node.community) ?? OTHER_COMMUNITY_COLOUR)
            : colourOfType(node.type),
        ]),
      ),
    [model, communityPalette, choices.nodeColour],
  )
  const view = useMemo(() => model && visibleInYear(model, year), [model, year])
  const neighbours = useMemo(() => model && view && visibleNeighbours(model, view), [model, view])

  return {
    model,
    positions,
    sizes,
    colours,
    communityPalette,
    view,
    neighbours,
    isPending: network.isPending || layout.isPending,
    error: network.error ?? layout.error,
    isComputing: Boolean(metrics.data?.computing || layout.data?.computing),
  }
}
