/**
 * Placeholder for the explore tools beside the graph (ego network, path finder, communities, timeline,
 * districts); the explore stream replaces this file. The graph page mounts it with the contract's props.
 */
import type { ExploreToolsProps } from '../graph-focus.ts'

export function ExploreTools(_props: ExploreToolsProps) {
  return null
}
