/** Full-text search over actors with German folding (minisearch): prefixes and small typos match. */
import type { Actor } from '@netzwerkatlas/shared'
import { topics } from '@netzwerkatlas/shared'
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

export function buildTextIndex(
  actors: readonly Actor[],
  placeNameOf: (actor: Actor) => string,
): TextIndex {
  const search = new MiniSearch<SearchDocument>({
    fields: ['name', 'description', 'place', 'topics'],
    storeFields: [],
    processTerm: (term) => foldGerman(term),
    searchOptions: {
      boost: { name: 3, place: 1.5 },
      prefix: true,
      // Typos are forgiven on longer words only; short words would match too much.
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
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
