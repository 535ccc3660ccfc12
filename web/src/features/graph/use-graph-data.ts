/**
 * Everything the graph view draws, from the URL's filters, year and choices: the model, the positions of the
 * chosen layout, node sizes and colours, and what the year shows. Each part is memoised on what it depends
 * on, so a year step or a colour change does not rebuild the graph.
 */
import type { Filters, NetworkGroupResponse } from '@netzwerkatlas/shared'
import { useQueries, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { GraphChoices } from './graph-choices.ts'
import {
  buildGraphModel,
  visibleInYear,
  visibleNeighbours,
  type GraphModel,
  type GraphNode,
} from './graph-model.ts'
import { groupDiameter, spreadGroups } from './graph-group-spacing.ts'
import { GROUP_TYPE, GROUPED_FROM_ACTORS, groupedModel } from './graph-groups.ts'
import {
  graphCommunitiesQuery,
  graphGroupQuery,
  graphGroupsQuery,
  graphLayoutQuery,
  graphMetricsQuery,
  graphNetworkQuery,
} from './graph-queries.ts'
import { forcePositions, geographicPositions } from './graph-positions.ts'
import { colourOfType, communityColours, OTHER_COMMUNITY_COLOUR } from './graph-symbols.ts'

/** Node diameters in model units (the layouts span 1,000): the smallest stays clickable when zoomed in. */
const MIN_SIZE = 6
const MAX_SIZE = 36

const isGroupNode = (node: GraphNode) => node.type === GROUP_TYPE

/** Groups by their members (large circles), actors by the chosen metric among the actors drawn. */
function nodeSizes(model: GraphModel, metric: GraphChoices['nodeSize']) {
  let max = 0
  let maxMembers = 1
  for (const node of model.nodes) {
    if (isGroupNode(node)) maxMembers = Math.max(maxMembers, node.metrics.degree)
    else max = Math.max(max, node.metrics[metric])
  }
  // Area grows with the value (a square root of the diameter), so a hub does not swallow its partners.
  return new Map(
    model.nodes.map((node) => [
      node.id,
      isGroupNode(node)
        ? groupDiameter(node.metrics.degree, maxMembers)
        : max > 0
          ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(node.metrics[metric] / max)
          : MIN_SIZE,
    ]),
  )
}

/**
 * The answers of the opened groups. A module function: React Query re-runs `combine` only when a result or
 * the function changes, so the model is rebuilt when an answer arrives, not on every render.
 */
function openedGroups(
  results: { data?: NetworkGroupResponse; isFetching: boolean; error: Error | null }[],
) {
  return {
    answers: results.flatMap((result) => (result.data ? [result.data] : [])),
    isFetching: results.some((result) => result.isFetching),
    error: results.find((result) => result.error)?.error ?? null,
  }
}

/**
 * `grouped`: the URL's choice; absent, the groups are asked first (a few KB) and their actor count decides, so a
 * large view never loads every actor.
 */
export function useGraphData(
  filters: Filters,
  year: number | undefined,
  choices: GraphChoices,
  grouped: boolean | undefined,
  openKeys: readonly string[],
) {
  // Whether to group is decided on every year's actors: a year step must not switch between the two views.
  const allYears = useQuery(graphGroupsQuery(filters, undefined, grouped !== false))
  const isGrouped =
    grouped ?? (allYears.data ? allYears.data.actors > GROUPED_FROM_ACTORS : undefined)
  const groups = useQuery(
    graphGroupsQuery(filters, year, grouped !== false && (isGrouped ?? false)),
  )
  const network = useQuery(graphNetworkQuery(filters, isGrouped === false))
  const layout = useQuery({ ...graphLayoutQuery(), enabled: isGrouped === false })
  const metrics = useQuery({ ...graphMetricsQuery(filters), enabled: isGrouped === false })
  const communities = useQuery({ ...graphCommunitiesQuery(), enabled: isGrouped === false })
  const opened = useQueries({
    queries: openKeys.map((key) => graphGroupQuery(filters, isGrouped ? key : undefined, year)),
    combine: openedGroups,
  })

  // Group labels are drawn in the page's language (the groups' names come in both).
  const language = useTranslation().i18n.language === 'en' ? 'en' : 'de'
  const model = useMemo(() => {
    if (isGrouped) return groups.data && groupedModel(groups.data, opened.answers, language)
    // Built once every answer is in (an analysis answer that failed counts as in): building on the network and
    // layout alone and again when metrics and communities arrived drew every element twice, the second time
    // while the user was already zooming (the 10k view froze for seconds after its first frame).
    const analysisSettled =
      (metrics.data !== undefined || metrics.isError) &&
      (communities.data !== undefined || communities.isError)
    return network.data && layout.data && analysisSettled
      ? buildGraphModel({
          network: network.data,
          layout: layout.data,
          metrics: metrics.data,
          communities: communities.data,
        })
      : undefined
  }, [
    isGrouped,
    groups.data,
    opened.answers,
    language,
    network.data,
    layout.data,
    metrics.data,
    metrics.isError,
    communities.data,
    communities.isError,
  ])
  // Names of the groups drawn or open, for the announcements (a sub-community is named by its answer's parent).
  const groupNames = useMemo(() => {
    const names = new Map<string, { de: string; en: string }>()
    const addColumns = (columns: { key: string[]; nameDe: string[]; nameEn: string[] }) =>
      columns.key.forEach((key, i) =>
        names.set(key, { de: columns.nameDe[i]!, en: columns.nameEn[i]! }),
      )
    if (groups.data) addColumns(groups.data.groups)
    for (const answer of opened.answers) {
      names.set(answer.key, { de: answer.nameDe, en: answer.nameEn })
      if (answer.subgroups) addColumns(answer.subgroups.groups)
    }
    return names
  }, [groups.data, opened.answers])
  const sizes = useMemo(
    () => model && nodeSizes(model, choices.nodeSize),
    [model, choices.nodeSize],
  )
  // The grouped view's circles and labels get room (they sit at their members' mean place, often on top of
  // each other); the size choice does not change a group's size, so the groups do not move with it.
  const groupSizes = useMemo(
    () => (isGrouped && model ? nodeSizes(model, 'degree') : undefined),
    [model, isGrouped],
  )
  const positions = useMemo(() => {
    if (!model) return undefined
    const placed =
      choices.layout === 'geographic'
        ? geographicPositions(model.nodes)
        : forcePositions(model.nodes)
    return groupSizes ? spreadGroups(placed, model.nodes, groupSizes, isGroupNode) : placed
  }, [model, choices.layout, groupSizes])
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
          choices.nodeColour === 'community' || node.type === GROUP_TYPE
            ? node.community === null
              ? OTHER_COMMUNITY_COLOUR
              : (communityPalette.get(node.community) ?? OTHER_COMMUNITY_COLOUR)
            : colourOfType(node.type),
        ]),
      ),
    [model, communityPalette, choices.nodeColour],
  )
  // The grouped model is already the year's (the server counts what is active then): everything in it shows.
  const view = useMemo(
    () => model && visibleInYear(model, isGrouped ? undefined : year),
    [model, year, isGrouped],
  )
  const neighbours = useMemo(() => model && view && visibleNeighbours(model, view), [model, view])

  return {
    model,
    positions,
    sizes,
    colours,
    communityPalette,
    view,
    neighbours,
    isGrouped: isGrouped === true,
    groups: groups.data,
    groupNames,
    expandedIsLoading: opened.isFetching,
    error:
      (grouped !== false ? (allYears.error ?? groups.error) : null) ??
      network.error ??
      layout.error ??
      opened.error,
    isComputing: Boolean(
      metrics.data?.computing || layout.data?.computing || groups.data?.computing,
    ),
  }
}
