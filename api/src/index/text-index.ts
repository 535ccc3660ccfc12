/**
 * Full-text search over actors with German folding (minisearch): prefixes and small typos match.
 *
 * The work per query is bounded, since one hostile query would otherwise stall the only thread: at most
 * MAX_SEARCH_TERMS distinct terms (the filter schema refuses more), prefixes only from 3 letters, typos only
 * from 5 letters and one edit at most. Shorter terms match whole words only: "a" as a prefix is every word.
 */
import { createHash } from 'node:crypto'
import type { Actor } from '@netzwerkatlas/shared'
import { MAX_SEARCH_TERMS, searchTermsOf, topics } from '@netzwerkatlas/shared'
import MiniSearch, { type Options } from 'minisearch'
import { foldGerman } from '../domain/text/fold-german.ts'
import type { SavedTextIndexes } from './saved-text-indexes.ts'

interface SearchDocument {
  id: string
  name: string
  description: string
  place: string
  topics: string
}

export interface TextIndex {
  idsMatching(text: string): ReadonlySet<string>
  /**
   * Built from the documents, loaded from a saved index of the very same documents, or patched: an earlier
   * index with an overlay of the actors changed since (overlaidTextIndex).
   */
  origin: 'built' | 'loaded' | 'patched'
}

/**
 * Part of every saved index's name: change it whenever the fields, the folding or the documents change
 * meaning, so that no index saved by an older version is loaded.
 */
const INDEX_FORMAT = 'text-index-1'

const MIN_PREFIX_LENGTH = 3
const MIN_FUZZY_LENGTH = 5
/** One edit per 5 letters, at most one: two edits on long terms cost ~4× more and walk most of the index. */
const FUZZINESS = 0.2
const MAX_EDITS = 1

/** The query's distinct terms, at most MAX_SEARCH_TERMS of them (a repeated term adds no meaning). */
const queryTermsOf = (text: string) => [...new Set(searchTermsOf(text))].slice(0, MAX_SEARCH_TERMS)

const OPTIONS: Options<SearchDocument> = {
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
}

function searchDocumentsOf(actors: readonly Actor[], placeNameOf: (actor: Actor) => string) {
  return actors.map((actor): SearchDocument => ({
    id: actor.id,
    name: actor.name,
    description: actor.description ?? '',
    place: placeNameOf(actor),
    topics: actor.topics
      .map((topic) => `${topics.labels[topic].de} ${topics.labels[topic].en}`)
      .join(' '),
  }))
}

/** A saved index, if it is one of exactly these documents and still readable; else undefined. */
function loadSaved(json: string | undefined, documentCount: number) {
  if (json === undefined) return undefined
  try {
    const search = MiniSearch.loadJSON<SearchDocument>(json, OPTIONS)
    return search.documentCount === documentCount ? search : undefined
  } catch {
    return undefined
  }
}

/** As loadSaved, in slices that let the event loop answer requests in between. */
async function loadSavedInSlices(json: string | undefined, documentCount: number) {
  if (json === undefined) return undefined
  try {
    const search = await MiniSearch.loadJSONAsync<SearchDocument>(json, OPTIONS)
    return search.documentCount === documentCount ? search : undefined
  } catch {
    return undefined
  }
}

/** Documents per slice when indexing in slices: ~10 ms each. */
const DOCUMENTS_PER_SLICE = 500

function prepared(
  actors: readonly Actor[],
  placeNameOf: (actor: Actor) => string,
  saved?: SavedTextIndexes,
) {
  const documents = searchDocumentsOf(actors, placeNameOf)
  const contentHash = saved
    ? createHash('sha256').update(INDEX_FORMAT).update(JSON.stringify(documents)).digest('hex')
    : ''
  return { documents, contentHash, savedJson: saved?.load(contentHash) }
}

const textIndexOf = (search: MiniSearch<SearchDocument>, origin: TextIndex['origin']) => ({
  idsMatching: (text: string) => new Set(search.search(text).map((result) => String(result.id))),
  origin,
})

/**
 * With `saved`, an index of the same documents saved by an earlier start is loaded instead of built, and a
 * built one is saved for the next start (serialising it costs about as much as loading it).
 */
export function buildTextIndex(
  actors: readonly Actor[],
  placeNameOf: (actor: Actor) => string,
  saved?: SavedTextIndexes,
): TextIndex {
  const { documents, contentHash, savedJson } = prepared(actors, placeNameOf, saved)
  const loaded = saved && loadSaved(savedJson, documents.length)
  if (loaded) return textIndexOf(loaded, 'loaded')
  const search = new MiniSearch<SearchDocument>(OPTIONS)
  search.addAll(documents)
  saved?.save(contentHash, JSON.stringify(search))
  return textIndexOf(search, 'built')
}

/** As buildTextIndex, in slices that let the event loop answer requests in between (not the saving). */
async function buildTextIndexInSlices(
  actors: readonly Actor[],
  placeNameOf: (actor: Actor) => string,
  saved?: SavedTextIndexes,
): Promise<TextIndex> {
  const { documents, contentHash, savedJson } = prepared(actors, placeNameOf, saved)
  const loaded = saved && (await loadSavedInSlices(savedJson, documents.length))
  if (loaded) return textIndexOf(loaded, 'loaded')
  const search = new MiniSearch<SearchDocument>(OPTIONS)
  await search.addAllAsync(documents, { chunkSize: DOCUMENTS_PER_SLICE })
  saved?.save(contentHash, JSON.stringify(search))
  return textIndexOf(search, 'built')
}

/**
 * A text index made when first needed (`get`), or beforehand in slices between requests (`prepare`). Indexes
 * of later data versions share it as the base of their overlay, so it is made once for all of them.
 */
export interface TextIndexCell {
  get(): TextIndex
  prepare(): Promise<void>
  /** Set when this cell is an overlay: what the next overlay builds on. */
  readonly overlay?: { base: TextIndexCell; changedIds: ReadonlySet<string> }
}

export function textIndexCell(
  actors: readonly Actor[],
  placeNameOf: (actor: Actor) => string,
  saved?: SavedTextIndexes,
): TextIndexCell {
  let index: TextIndex | undefined
  // Dropped once the index is made: the cell may outlive many data versions as an overlay's base.
  let documents: readonly Actor[] | undefined = actors
  return {
    get() {
      index ??= buildTextIndex(documents!, placeNameOf, saved)
      documents = undefined
      return index
    },
    async prepare() {
      if (index) return
      const made = await buildTextIndexInSlices(documents!, placeNameOf, saved)
      // A search that came first made one already; either answers the same.
      index ??= made
      documents = undefined
    },
  }
}

/**
 * The base index's answers without the changed actors, plus the answers of a small index of the changed actors
 * as they are now (those still public). Whether an actor matches a query depends on its own words only (AND of
 * the query terms, each by prefix or edit distance; no score threshold), so this answers exactly as an index
 * of all current actors would; the equivalence tests hold it to that.
 */
export function overlaidTextIndex(
  base: TextIndexCell,
  changedIds: ReadonlySet<string>,
  changedActorsNow: () => readonly Actor[],
  placeNameOf: (actor: Actor) => string,
): TextIndexCell {
  let overlay: MiniSearch<SearchDocument> | undefined
  const overlayIndex = () => {
    if (overlay) return overlay
    overlay = new MiniSearch<SearchDocument>(OPTIONS)
    overlay.addAll(searchDocumentsOf(changedActorsNow(), placeNameOf))
    return overlay
  }
  const patched: TextIndex = {
    idsMatching(text) {
      const ids = new Set<string>()
      for (const id of base.get().idsMatching(text)) if (!changedIds.has(id)) ids.add(id)
      for (const result of overlayIndex().search(text)) ids.add(String(result.id))
      return ids
    },
    origin: 'patched',
  }
  return {
    get: () => patched,
    prepare: () => base.prepare(),
    overlay: { base, changedIds },
  }
}
