/**
 * Stable ids from Leipzig Data URIs: `http://leipzig-data.de/Data/Buergerverein/Baalsdorf` →
 * `ld-buergerverein-baalsdorf`. The same URI gives the same id on every run, so re-imports update in place.
 */
import { createHash } from 'node:crypto'

const URI_PREFIX = 'http://leipzig-data.de/Data/'
const MAX_SLUG_LENGTH = 120
const HASH_LENGTH = 8

const shortHash = (text: string) =>
  createHash('sha256').update(text).digest('hex').slice(0, HASH_LENGTH)

/** Lowercase, ä→ae ö→oe ü→ue ß→ss, every other run of non-[a-z0-9] → one hyphen, no hyphen at either end. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** Cuts a slug to 120 characters; a cut slug ends in a hash of the whole, so two long slugs stay apart. */
export function boundSlug(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug
  const head = slug.slice(0, MAX_SLUG_LENGTH - HASH_LENGTH - 1).replace(/-+$/, '')
  return `${head}-${shortHash(slug)}`
}

/** The URI's local part: what follows `…/Data/`. */
export const localName = (uri: string) =>
  uri.startsWith(URI_PREFIX) ? uri.slice(URI_PREFIX.length) : uri

/**
 * Actor ids for all URIs, asserted unique.
 *
 * WARNING: Leipzig Data has URIs that differ only in case (`Verein/Pikanta` and `Verein/PIKANTA`), which the
 * lowercase slug folds together. Every URI of such a group gets a suffix hashed from its own URI, so the ids do
 * not depend on the order of the records.
 */
export function actorIdsByUri(uris: readonly string[]): Map<string, string> {
  const urisBySlug = new Map<string, string[]>()
  for (const uri of uris) {
    const slug = `ld-${slugify(localName(uri))}`
    urisBySlug.set(slug, [...(urisBySlug.get(slug) ?? []), uri])
  }
  const ids = new Map<string, string>()
  for (const [slug, group] of urisBySlug) {
    for (const uri of group) {
      ids.set(uri, boundSlug(group.length === 1 ? slug : `${slug}-${shortHash(uri)}`))
    }
  }
  if (ids.size !== uris.length) throw new Error('Leipzig Data holds the same URI twice')
  if (new Set(ids.values()).size !== ids.size)
    throw new Error('two Leipzig Data URIs got the same id')
  return ids
}
