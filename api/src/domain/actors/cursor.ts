/**
 * Opaque page cursors: base64url of a list's name and the last row's position key. A cursor from another data
 * version still works (it marks a position in the order, not an offset), so paging survives a concurrent write.
 */
export type CursorList = 'actors' | 'relationships'

export type CursorResult = { kind: 'ok'; afterKey: string } | { kind: 'invalid_cursor' }

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Position keys: an actor's is `<sort name>\0<id>`, a relationship's is its id. */
function isPositionKey(list: CursorList, key: string): boolean {
  if (list === 'relationships') return SLUG.test(key)
  const separator = key.lastIndexOf('\u0000')
  return separator >= 0 && SLUG.test(key.slice(separator + 1))
}

export function encodeCursor(list: CursorList, afterKey: string): string {
  const bytes = new TextEncoder().encode(`${list}:${afterKey}`)
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '')
}

export function decodeCursor(list: CursorList, cursor: string): CursorResult {
  try {
    const binary = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'))
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(binary, (char) => char.charCodeAt(0)),
    )
    const prefix = `${list}:`
    const afterKey = text.slice(prefix.length)
    return text.startsWith(prefix) && isPositionKey(list, afterKey)
      ? { kind: 'ok', afterKey }
      : { kind: 'invalid_cursor' }
  } catch {
    return { kind: 'invalid_cursor' }
  }
}
