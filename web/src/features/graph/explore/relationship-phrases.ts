/**
 * A relationship in words, read along a path: "TELUX — kooperiert mit — Stadtverwaltung". Directed types read
 * from the step's first actor: active when it is the relationship's source ("fördert"), passive when it is the
 * target ("wird gefördert von"); the texts live in i18n (`explore.phrases`).
 */
import type { NetworkPathResponse, RelationshipType } from '@netzwerkatlas/shared'

type PathTie = NetworkPathResponse['steps'][number][number]

export type PhraseKey = `explore.phrases.${RelationshipType}.${'active' | 'passive'}`

/** The i18n key of the phrase that links `fromId` to the other end of `tie`. */
export function phraseKey(tie: PathTie, fromId: string): PhraseKey {
  const voice = tie.source === fromId ? 'active' : 'passive'
  return `explore.phrases.${tie.type}.${voice}`
}

/** The year a relationship began, from its ISO date ("2024-12-03" → 2024); null when unknown. */
export function sinceYear(tie: PathTie): number | null {
  const year = tie.since ? Number(tie.since.slice(0, 4)) : NaN
  return Number.isInteger(year) ? year : null
}
