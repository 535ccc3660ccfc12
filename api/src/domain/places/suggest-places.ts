/** Places for an autocomplete, and the nearest spellings of a name nobody knows. */
import type { Place } from '@netzwerkatlas/shared'
import { editDistance } from './edit-distance.ts'
import type { PlaceDirectory, PlaceEntry } from './place-directory.ts'
import { placeKey } from './place-keys.ts'

const MAX_PLACES = 10
const MAX_SUGGESTIONS = 5

/** Typos allowed: one in a short name, about one in four letters in a longer one. */
const allowedEdits = (key: string) => Math.max(1, Math.min(3, Math.floor(key.length / 4)))

function nearestEntries(directory: PlaceDirectory, key: string): PlaceEntry[] {
  const atMost = allowedEdits(key)
  const scored: { entry: PlaceEntry; distance: number }[] = []
  for (const entry of directory.named) {
    const distance = Math.min(
      editDistance(key, entry.baseKey, atMost),
      ...entry.fullKeys.map((full) => editDistance(key, full, atMost)),
    )
    if (distance <= atMost) scored.push({ entry, distance })
  }
  return scored
    .sort((a, b) => a.distance - b.distance || b.entry.population - a.entry.population)
    .map(({ entry }) => entry)
}

/** Labels of the known places closest in spelling, best first. */
export function nearestSpellings(directory: PlaceDirectory, key: string): string[] {
  return nearestEntries(directory, key)
    .slice(0, MAX_SUGGESTIONS)
    .map((entry) => entry.place.label)
}

/** How well an entry's keys start with the typed key: 0 exact, 1 name prefix, 2 a later word's prefix. */
function prefixRank(entry: PlaceEntry, key: string): number | undefined {
  const keys = [entry.baseKey, ...entry.fullKeys]
  if (keys.includes(key)) return 0
  if (keys.some((k) => k.startsWith(key))) return 1
  if (keys.some((k) => k.split(' ').some((word) => word.startsWith(key)))) return 2
  return undefined
}

export interface PlaceSuggestions {
  places: Place[]
  /** Filled only when no place starts with the text: the nearest spellings. */
  suggestions: string[]
}

export function suggestPlaces(directory: PlaceDirectory, text: string): PlaceSuggestions {
  const key = placeKey(text)
  if (key === '') return { places: [], suggestions: [] }
  if (/^\d+$/.test(key)) {
    const places = directory.postcodes
      .filter((entry) => entry.place.id.startsWith(key))
      .slice(0, MAX_PLACES)
      .map((entry) => entry.place)
    return { places, suggestions: [] }
  }
  const ranked: { entry: PlaceEntry; rank: number }[] = []
  for (const entry of directory.named) {
    const rank = prefixRank(entry, key)
    if (rank !== undefined) ranked.push({ entry, rank })
  }
  if (ranked.length > 0) {
    ranked.sort((a, b) => a.rank - b.rank || b.entry.population - a.entry.population)
    return { places: ranked.slice(0, MAX_PLACES).map(({ entry }) => entry.place), suggestions: [] }
  }
  const nearest = nearestEntries(directory, key).slice(0, MAX_SUGGESTIONS)
  return {
    places: nearest.map((entry) => entry.place),
    suggestions: nearest.map((entry) => entry.place.label),
  }
}
