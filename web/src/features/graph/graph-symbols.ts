/**
 * How the graph draws actors and ties. Colour by type reuses the map's Paul Tol colours; colour by community
 * takes Tol's "muted" scheme for the largest communities and grey for the rest. A shape per actor type is the
 * second cue (colour is never the only one): the same polygon points draw the canvas, the legend and the SVG.
 */
import { actorTypeSymbols } from '../../ui/actor-symbols.ts'

/** Polygon points in [-1, 1] (Cytoscape's `shape-polygon-points`); null: a circle. */
type Polygon = readonly number[] | null

const regular = (corners: number, rotation = -Math.PI / 2): number[] =>
  Array.from({ length: corners }, (_, i) => {
    const angle = rotation + (2 * Math.PI * i) / corners
    return [Math.cos(angle), Math.sin(angle)]
  }).flat()

const star = (points: number, inner: number): number[] =>
  Array.from({ length: points * 2 }, (_, i) => {
    const angle = -Math.PI / 2 + (Math.PI * i) / points
    const r = i % 2 === 0 ? 1 : inner
    return [r * Math.cos(angle), r * Math.sin(angle)]
  }).flat()

const round = (points: number[]) => points.map((value) => Math.round(value * 1000) / 1000)

const typeShapes: Record<keyof typeof actorTypeSymbols, Polygon> = {
  welfare_org: null,
  social_enterprise: round(regular(3)),
  research_group: round(regular(4)),
  local_authority: [-1, -1, 1, -1, 1, 1, -1, 1],
  public_authority: [-1, -0.6, 1, -0.6, 1, 0.6, -1, 0.6],
  civil_society: round(regular(6)),
  sociocultural_centre: round(star(5, 0.5)),
  network: round(regular(5)),
  funder: round(regular(8, -Math.PI / 8)),
  business: [-1, -1, 0, -0.3, 1, -1, 0, 1],
  unspecified: [
    -1, -0.35, -0.35, -0.35, -0.35, -1, 0.35, -1, 0.35, -0.35, 1, -0.35, 1, 0.35, 0.35, 0.35, 0.35,
    1, -0.35, 1, -0.35, 0.35, -1, 0.35,
  ],
}

export const actorTypeIds = Object.keys(actorTypeSymbols) as (keyof typeof actorTypeSymbols)[]

export function shapeOfType(type: string): Polygon {
  return typeShapes[type as keyof typeof typeShapes] ?? null
}

export function colourOfType(type: string): string {
  return actorTypeSymbols[type as keyof typeof actorTypeSymbols]?.colour ?? '#BBBBBB'
}

/** Paul Tol "muted", in his order; the rest of the communities share the pale grey. */
const COMMUNITY_COLOURS = [
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
]
export const OTHER_COMMUNITY_COLOUR = '#DDDDDD'

/** Colours for the largest communities (by members among the drawn actors), grey for the others. */
export function communityColours(communityOf: Iterable<number | null>): Map<number, string> {
  const sizes = new Map<number, number>()
  for (const community of communityOf) {
    if (community !== null) sizes.set(community, (sizes.get(community) ?? 0) + 1)
  }
  const largest = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0])
  return new Map(
    largest.map(([community], rank) => [
      community,
      COMMUNITY_COLOURS[rank] ?? OTHER_COMMUNITY_COLOUR,
    ]),
  )
}

/** Line pattern per relationship type, beside its colour: a second cue that survives grey printing. */
export function lineStyleOf(type: string): 'solid' | 'dashed' | 'dotted' {
  if (type === 'funding' || type === 'advisory' || type === 'names_as_example') return 'dashed'
  if (type === 'membership' || type === 'participation' || type === 'part_of' || type === 'unit_of')
    return 'dotted'
  return 'solid'
}
