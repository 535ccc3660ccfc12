/**
 * Full-text search over actors with German folding (minisearch): prefixes and small typos match.
 *
 * The work per query is bounded, since one hostile query would otherwise stall the only thread: at most
 * MAX_SEARCH_TERMS distinct terms (the filter schema refuses more), prefixes only from 3 letters, typos only
 * from 5 letters and one edit at most. Shorter terms match whole words only: "a" as a prefix is every word.
 */
import type { Actor } from '@netzwerkatlas/shared'
import { MAX_SEARCH_TERMS, searchTermsOf, topics } from '@netzwerkatlas/shared'
import MiniSearch from 'minisearch'
import { foldGerman } from '../domain/text/fold-german.ts'

interface SearchDocument {
  id: string
  name: string
  description: string
  place: string
  topics: string
}

export interface TextIndex {
  idsMatching(text: string): ReadonlySet<string>
}

const MIN_PREFIX_LENGTH = 3
const MIN_FUZZY_LENGTH = 5
/** One edit per 5 letters, at most one: two edits on long terms cost ~4× more and walk most of the index. */
const FUZZINESS = 0.2
const MAX_EDITS = 1

/** The query's distinct terms, at most MAX_SEARCH_TERMS of them (a repeated term adds no meaning). */
const queryTermsOf = (text: string) => [...new Set(searchTermsOf(text))].slice(0, MAX_SEARCH_TERMS)

export function buildTextIndex(
  actors: readonly Actor[],
  placeNameOf: (actor: Actor) => string,
): TextIndex {
  const search = new MiniSearch<SearchDocument>({
    fields: ['name', 'description', 'place', 'topics'],
    storeFields: [],
    processTerm: (term) => foldGerman(term),
    searchOptions: {
      tokenize: queryTermsOf,
      boost: { name: 3, place: 1.5 },
      prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
      fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH ? FUZZINESS : false),
      maxFuzzy: MAX_EDITS,
      combineWith: 'AND',
    },
  })
  search.addAll(
    actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      description: actor.description ?? '',
      place: placeNameOf(actor),
      topics: actor.topics
        .map((topic) => `${topics.labels[topic].de} ${topics.labels[topic].en}`)
        .join(' '),
    })),
  )
  return {
    idsMatching: (text) => new Set(search.search(text).map((result) => String(result.id))),
  }
}
