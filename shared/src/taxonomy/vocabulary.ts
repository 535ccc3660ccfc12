/**
 * A controlled vocabulary: ids for code and storage, German and English labels for people.
 * Every taxonomy in this folder is one `defineVocabulary` call, so schema, ids and labels never drift.
 */
import { z } from 'zod'

export interface Label {
  readonly de: string
  readonly en: string
}

export interface VocabularyEntry<Id extends string> extends Label {
  readonly id: Id
}

export function defineVocabulary<const Id extends string>(
  entries: readonly [VocabularyEntry<Id>, ...VocabularyEntry<Id>[]],
) {
  const ids = entries.map((entry) => entry.id) as [Id, ...Id[]]
  const labels = Object.fromEntries(entries.map(({ id, de, en }) => [id, { de, en }])) as Record<
    Id,
    Label
  >
  return { entries, ids, labels, schema: z.enum(ids) }
}
