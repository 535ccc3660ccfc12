/**
 * Reads the record version from `If-Match`: `"3"` (an entity tag, as the write responses' ETag) or a bare 3.
 * A write without it would overwrite whatever changed since the client read the record.
 */
export type IfMatch =
  { kind: 'missing' } | { kind: 'malformed' } | { kind: 'version'; version: number }

export function parseIfMatch(header: string | undefined): IfMatch {
  if (header === undefined || header.trim() === '') return { kind: 'missing' }
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header)
  if (!match) return { kind: 'malformed' }
  return { kind: 'version', version: Number(match[1]) }
}
