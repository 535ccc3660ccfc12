/** The drawing choices of the graph view as the URL holds them, with their defaults. */
import type { ViewSearch } from '../../view-state/view-search.ts'

export type GraphNodeSize = NonNullable<ViewSearch['nodeSize']>
export type GraphNodeColour = NonNullable<ViewSearch['nodeColour']>
export type GraphLayout = NonNullable<ViewSearch['layout']>

export const nodeSizeChoices: readonly GraphNodeSize[] = [
  'degree',
  'betweenness',
  'pageRank',
  'brokerage',
]
export const nodeColourChoices: readonly GraphNodeColour[] = ['type', 'community']
export const layoutChoices: readonly GraphLayout[] = ['force', 'geographic']

export function graphChoicesOf(search: ViewSearch) {
  return {
    nodeSize: search.nodeSize ?? 'degree',
    nodeColour: search.nodeColour ?? 'type',
    layout: search.layout ?? 'force',
    webgl: search.renderer === 'webgl',
  }
}

export type GraphChoices = ReturnType<typeof graphChoicesOf>
/** What the toolbar changes in the URL. */
export type GraphSearchChange = Partial<
  Pick<ViewSearch, 'nodeSize' | 'nodeColour' | 'layout' | 'renderer'>
>
