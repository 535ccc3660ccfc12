/**
 * Turns what a user typed into one place: a reference (`ags:…`, `plz:…`, `actor:<id>`), a postcode, or a name
 * with or without umlauts and suffixes. Names that fit several places give choices; unknown names give the
 * nearest spellings (suggest-places.ts).
 */
import type { Actor, Place, PlacePrecision } from '@netzwerkatlas/shared'
import type { PlaceDirectory, PlaceEntry } from './place-directory.ts'
import { baseKey, placeKey } from './place-keys.ts'
import { nearestSpellings } from './suggest-places.ts'

export type PlaceResolution =
  | {
      kind: 'resolved'
      place: Place
      /** Other places the text also names, less likely meant. */ alternatives: Place[]
    }
  | { kind: 'ambiguous'; choices: Place[] }
  | { kind: 'unknown'; suggestions: string[] }
  | { kind: 'not_located'; actorId: string }

const ACTOR_PRECISION: Record<NonNullable<Actor['location']>['precision'], PlacePrecision> = {
  exact: 'address',
  postcode: 'postcode',
  municipality: 'municipality',
}

/** "My organisation": where the actor is, as precise as its location. */
export function actorAsPlace(actor: Actor): Place | undefined {
  if (!actor.location) return undefined
  return {
    kind: 'actor',
    id: actor.id,
    name: actor.name,
    label: actor.name,
    point: [actor.location.lon, actor.location.lat],
    precision: ACTOR_PRECISION[actor.location.precision],
    ref: `actor:${actor.id}`,
  }
}

const byPopulation = (a: PlaceEntry, b: PlaceEntry) => b.population - a.population

function resolveName(directory: PlaceDirectory, text: string): PlaceResolution {
  const key = placeKey(text)
  const base = baseKey(text)
  const exact = directory.named.filter((entry) => entry.fullKeys.includes(key))
  const sameBase = directory.named.filter((e) => e.baseKey === base && !exact.includes(e))
  const matches = (exact.length > 0 ? exact : sameBase).sort(byPopulation)
  if (matches.length === 0)
    return { kind: 'unknown', suggestions: nearestSpellings(directory, key) }
  // A town beats the district named after it; two towns of one name (Bernsdorf, Oelsnitz) need a choice.
  const towns = matches.filter((entry) => entry.place.kind === 'municipality')
  const pool = towns.length > 0 ? towns : matches
  if (pool.length > 1) return { kind: 'ambiguous', choices: matches.map((entry) => entry.place) }
  const best = pool[0]!
  const others = [...matches, ...(exact.length > 0 ? sameBase : [])].filter((e) => e !== best)
  return { kind: 'resolved', place: best.place, alternatives: others.map((entry) => entry.place) }
}

export function resolvePlace(
  directory: PlaceDirectory,
  text: string,
  actorById: (id: string) => Actor | undefined,
): PlaceResolution {
  const trimmed = text.trim()
  const actorRef = /^actor:(.+)$/.exec(trimmed)
  if (actorRef) {
    const actor = actorById(actorRef[1]!)
    if (!actor) return { kind: 'unknown', suggestions: [] }
    const place = actorAsPlace(actor)
    return place
      ? { kind: 'resolved', place, alternatives: [] }
      : { kind: 'not_located', actorId: actor.id }
  }
  const byRef = directory.byRef.get(trimmed)
  if (byRef) return { kind: 'resolved', place: byRef.place, alternatives: [] }
  // "02943" or "02943 Weißwasser": the postcode decides.
  const postcode = /^(\d{5})(\s.*)?$/.exec(trimmed)
  if (postcode) {
    const entry = directory.byRef.get(`plz:${postcode[1]}`)
    return entry
      ? { kind: 'resolved', place: entry.place, alternatives: [] }
      : { kind: 'unknown', suggestions: [] }
  }
  return resolveName(directory, trimmed)
}
