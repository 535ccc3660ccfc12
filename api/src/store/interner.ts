/**
 * Shares repeated values while a snapshot is read: every row from PostgreSQL arrives with its own copy of
 * strings like the source, licence or type, and its own provenance object. At 100k actors and 250k
 * relationships those copies cost hundreds of megabytes; shared, a few kilobytes.
 *
 * WARNING: shared values must never be mutated; the index treats records as read-only.
 */
import type { Provenance } from '@netzwerkatlas/shared'

export interface Interner {
  text: <T extends string | null>(value: T) => T
  list: <T extends string>(values: T[]) => T[]
  provenance: (provenance: Provenance) => Provenance
}

export function createInterner(): Interner {
  const texts = new Map<string, string>()
  const lists = new Map<string, string[]>()
  const provenances = new Map<string, Provenance>()
  const text = <T extends string | null>(value: T): T => {
    if (value === null) return value
    const shared = texts.get(value)
    if (shared !== undefined) return shared as T
    texts.set(value, value)
    return value
  }
  return {
    text,
    list<T extends string>(values: T[]): T[] {
      const key = values.join('\u0000')
      const shared = lists.get(key)
      if (shared) return shared as T[]
      const interned = values.map(text)
      lists.set(key, interned)
      return interned
    },
    provenance(provenance) {
      const key = JSON.stringify(Object.values(provenance))
      const shared = provenances.get(key)
      if (shared) return shared
      const interned: Provenance = {
        dataset: text(provenance.dataset),
        source: text(provenance.source),
        sourceUrl: text(provenance.sourceUrl),
        sourceRecordId: provenance.sourceRecordId,
        licence: text(provenance.licence),
        attribution: text(provenance.attribution),
        note: text(provenance.note),
        synthetic: provenance.synthetic,
        lastVerified: text(provenance.lastVerified),
      }
      // Records with their own source id cannot share the object, only its strings.
      if (provenance.sourceRecordId === null) provenances.set(key, interned)
      return interned
    },
  }
}

/** For single records: nothing to share with. */
export const noInterning: Interner = {
  text: (value) => value,
  list: (values) => values,
  provenance: (provenance) => provenance,
}
