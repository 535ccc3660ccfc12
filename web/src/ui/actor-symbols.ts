/**
 * How each actor type is drawn: a colour from a colour-blind-safe palette (Paul Tol's "muted" and "bright"
 * schemes) and, as a second cue, a short code printed on the point and in the legend, so colour is never the only one.
 */
import { relationshipTypes, type actorTypes } from '@netzwerkatlas/shared'

type ActorType = (typeof actorTypes.ids)[number]

export const actorTypeSymbols: Record<ActorType, { colour: string; code: string }> = {
  welfare_org: { colour: '#CC6677', code: 'W' },
  social_enterprise: { colour: '#117733', code: 'S' },
  research_group: { colour: '#332288', code: 'F' },
  local_authority: { colour: '#DDCC77', code: 'K' },
  public_authority: { colour: '#999933', code: 'B' },
  civil_society: { colour: '#88CCEE', code: 'Z' },
  sociocultural_centre: { colour: '#AA4499', code: 'SZ' },
  network: { colour: '#44AA99', code: 'N' },
  funder: { colour: '#882255', code: '€' },
  business: { colour: '#EE7733', code: 'U' },
  unspecified: { colour: '#BBBBBB', code: '?' },
}

/** Dark text on the light colours, white on the dark ones (contrast ≥ 4.5:1). */
export function codeInk(colour: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ]
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
  const luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
  return luminance > 0.22 ? '#1b1b1b' : '#ffffff'
}

type RelationshipType = (typeof relationshipTypes.ids)[number]

const TIE_COLOURS = ['#0077BB', '#EE7733', '#009988', '#CC3311', '#33BBEE', '#EE3377', '#555555']

/** Relationship colours: a few distinct ones, repeated; direction is drawn as arrows, not by colour. */
export const relationshipColour = (type: string): string =>
  TIE_COLOURS[
    Math.max(0, relationshipTypes.ids.indexOf(type as RelationshipType)) % TIE_COLOURS.length
  ]!
