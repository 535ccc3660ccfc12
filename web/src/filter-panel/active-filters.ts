/**
 * Which filters of the view state are set: counted for the folded filter column's button, and cleared by the
 * reset, which keeps what is no filter (language, list order, map layers).
 */
import type { ViewSearch } from '../view-state/view-search.ts'

export function withoutFilters(search: ViewSearch): ViewSearch {
  return { lang: search.lang, sort: search.sort, layers: search.layers }
}

// A radius belongs to its centre (`near`): the two are one filter.
const NOT_COUNTED = new Set(['lang', 'sort', 'layers', 'actor', 'radiusKm'])

/** How many filters are set (a list of types counts once): what the folded column says it holds. */
export function activeFilterCount(search: ViewSearch): number {
  return Object.entries(search).filter(
    ([key, value]) => !NOT_COUNTED.has(key) && value !== undefined,
  ).length
}
