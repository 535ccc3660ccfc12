/**
 * Responses derived from the whole network are versioned by the data version: `ETag` carries it, a matching
 * `If-None-Match` answers 304 without building the body, and clients revalidate every time (`no-cache`).
 */
import type { Context } from 'hono'
import { serialise, type SerialisedBody } from '../index/serialised-body.ts'
import type { AppEnv } from './app-env.ts'

/** Bump when a response format changes, so cached bodies of the same data version are not reused. */
const RESPONSE_FORMAT_REVISION = 1

function versionTag(dataVersion: number): string {
  return `W/"${dataVersion}.${RESPONSE_FORMAT_REVISION}"`
}

function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false
  const weakValue = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => tag.trim() === '*' || weakValue(tag) === weakValue(etag))
}

function versionHeaders(etag: string) {
  return { ETag: etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' }
}

/**
 * 304 if the client has this version; otherwise the body from `produce()`, tagged and compressed. Bodies are
 * kept per URL in the index of this data version, so a repeated request is served from bytes.
 */
export function versionedJson<T>(c: Context<AppEnv>, produce: () => T) {
  const { pathname, search } = new URL(c.req.url)
  return versionedBytes(c, () =>
    c.var.index.responseBody(`${pathname}${search}`, () => serialise(produce())),
  )
}

function preferredEncoding(c: Context<AppEnv>): 'br' | 'gzip' | 'identity' {
  const accepted = acceptedEncodings(c.req.header('Accept-Encoding') ?? '')
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : 'identity'
}

/** Codings the client accepts; `q=0` means "not this one". */
function acceptedEncodings(header: string): Set<string> {
  const accepted = new Set<string>()
  for (const part of header.split(',')) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim())
    const refused = parameters.some((parameter) => /^q=0(\.0{0,3})?$/i.test(parameter))
    if (name && !refused) accepted.add(name.toLowerCase())
  }
  return accepted
}

/** The same for a pre-serialised body, picking the encoding the client accepts (brotli, gzip, none). */
export function versionedBytes(c: Context<AppEnv>, produce: () => SerialisedBody): Response {
  const etag = versionTag(c.var.index.dataVersion)
  if (matchesIfNoneMatch(c.req.header('If-None-Match'), etag)) {
    return c.body(null, 304, versionHeaders(etag))
  }
  const body = produce()
  const encoding = preferredEncoding(c)
  const headers: Record<string, string> = {
    ...versionHeaders(etag),
    'Content-Type': 'application/json',
  }
  if (encoding === 'identity') return c.body(body.identity(), 200, headers)
  headers['Content-Encoding'] = encoding
  return c.body(body[encoding], 200, headers)
}
