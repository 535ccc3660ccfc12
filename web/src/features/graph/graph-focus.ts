/**
 * The contract between the graph canvas and its explore tools (ego network, path finder, communities, timeline,
 * districts): a tool says which actors and ties to bring forward, the canvas draws them and fades the rest. One
 * small type, so the canvas and the tools can be built side by side and neither reaches into the other.
 */
export type GraphFocus =
  | { kind: 'none' }
  /** An actor and its partners up to `steps` away. */
  | { kind: 'ego'; centreId: string; steps: 1 | 2; actorIds: readonly string[] }
  /** One shortest path: the actors in order and the relationships along it. */
  | { kind: 'path'; actorIds: readonly string[]; relationshipIds: readonly string[] }
  /** The members of one community. */
  | { kind: 'community'; communityId: string; actorIds: readonly string[] }

export const NO_FOCUS: GraphFocus = { kind: 'none' }

/** What the graph page hands to the explore tools. */
export interface ExploreToolsProps {
  focus: GraphFocus
  onFocusChange: (focus: GraphFocus) => void
  /** Opens the shared detail panel (URL `actor`), the same selection the map and the list show. */
  onSelectActor: (actorId: string) => void
  /** The timeline's year (URL `year`): ties not active then are hidden. Undefined: every year. */
  year: number | undefined
  onYearChange: (year: number | undefined) => void
}
