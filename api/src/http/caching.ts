/**
 * Responses derived from the whole network are versioned by database and data version: `ETag` carries both,
 * a matching `If-None-Match` answers 304 without building the body, and clients revalidate every time
 * (`no-cache`). Bodies are kept as bytes per URL (response-bodies.ts), so a repeated request costs a lookup.
 */
import { createHash } from 'node:crypto'
import {
  ActorListResponseSchema,
  NetworkResponseSchema,
  RelationshipListResponseSchema,
} from '@netzwerkatlas/shared'
import type { Context } from 'hono'
import { z } from 'zod'
import type { NetworkIndex } from '../index/network-index.ts'
import type { AppEnv } from './app-env.ts'
import { negotiateEncoding } from './encoding.ts'
import { bodyKey } from './response-bodies.ts'

/**
 * Bump when a response format changes, so cached bodies of the same data version are not reused. Saved
 * bodies (saved-bodies.ts) outlive the process: bump it too when a fix changes what a body holds without
 * changing its schema (the schemas are part of `bodyFormatIdentity` already).
 */
const RESPONSE_FORMAT_REVISION = 1

/**
 * What determines a versioned body besides its data: this revision and the schemas of the bodies saved across
 * restarts. Not the build: a rebuild that leaves them alone keeps the saved bodies (ADR 0016).
 */
export function bodyFormatIdentity(): string {
  const schemas = [NetworkResponseSchema, ActorListResponseSchema, RelationshipListResponseSchema]
  const described = JSON.stringify(schemas.map((schema) => z.toJSONSchema(schema)))
  return createHash('sha256')
    .update(`${RESPONSE_FORMAT_REVISION} ${described}`)
    .digest('hex')
    .slice(0, 16)
}

/** What a versioned body depends on besides its URL: which database, at which data version. */
export type BodyVersion = Pick<NetworkIndex, 'databaseId' | 'dataVersion'>

/** Two databases at the same data version hold different data: the tag names the database too. */
export function versionTag(version: BodyVersion): string {
  return `W/"${version.databaseId}-${version.dataVersion}.${RESPONSE_FORMAT_REVISION}"`
}

export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false
  const weakValue = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => tag.trim() === '*' || weakValue(tag) === weakValue(etag))
}

export function versionHeaders(etag: string) {
  return { ETag: etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' }
}

/** The key of the body of `pathAndSearch` (as `new URL` normalises them) at `version`. */
export const cacheKey = (version: BodyVersion, pathAndSearch: string) =>
  bodyKey(version.databaseId, version.dataVersion, pathAndSearch)

const cacheKeyOf = (c: Context<AppEnv>, variant = '', version: BodyVersion = c.var.index) => {
  const { pathname, search } = new URL(c.req.url)
  return cacheKey(version, `${pathname}${search}${variant ? ` #${variant}` : ''}`)
}

/**
 * Reads whose body depends only on the URL and the data version, answered from kept bytes where they are
 * (start-up-gate.ts, kept-body-answers.ts). A `status` filter is for moderators: its answer depends on who
 * asks, so it waits for the route's own check.
 */
const VERSIONED_PUBLIC_READS = new Set([
  '/api/network',
  '/api/map/actors',
  '/api/map/clusters',
  '/api/map/ties',
  '/api/relationships',
  '/api/actors',
])

export const isVersionedPublicRead = (path: string, query: URLSearchParams) =>
  VERSIONED_PUBLIC_READS.has(path) && !query.has('status')

/** The tag of a body that depends on `variant` too (see versionedJson). */
const variantTag = (index: NetworkIndex, variant: string) =>
  variant ? versionTag(index).replace(/"$/, `.${variant}"`) : versionTag(index)

/**
 * True when the answer is a 304 or bytes already kept: no work worth limiting (see rate-limit.ts), and no
 * work worth doing before versionedJson for a route whose body is costly to build.
 */
export function isAnsweredFromCache(c: Context<AppEnv>, variant = ''): boolean {
  return (
    matchesIfNoneMatch(c.req.header('If-None-Match'), variantTag(c.var.index, variant)) ||
    c.var.bodies.has(cacheKeyOf(c, variant))
  )
}

/**
 * 304 if the client has this version; otherwise the body of `produce()`, tagged, in the coding it prefers.
 * `variant` names what else the body depends on (e.g. the analysis version it used): another tag and cache entry.
 */
export async function versionedJson(
  c: Context<AppEnv>,
  produce: () => unknown,
  variant = '',
): Promise<Response> {
  const etag = variantTag(c.var.index, variant)
  if (matchesIfNoneMatch(c.req.header('If-None-Match'), etag)) {
    return c.body(null, 304, versionHeaders(etag))
  }
  const headers: Record<string, string> = {
    ...versionHeaders(etag),
    'Content-Type': 'application/json',
  }
  const key = cacheKeyOf(c, variant)
  // A client that refuses every coding, identity too, still gets identity (RFC 9110, 12.5.3).
  const encoding = negotiateEncoding(c.req.header('Accept-Encoding')) ?? 'identity'
  if (encoding === 'identity') {
    return c.body(await c.var.bodies.uncompressed(key, produce), 200, headers)
  }
  headers['Content-Encoding'] = encoding
  return c.body(await c.var.bodies.compressed(key, encoding, produce), 200, headers)
}

/**
 * The answer `versionedJson` gave to this very URL at `version`, if its compressed body is kept or saved
 * (byte for byte, with the same headers); undefined otherwise. Start-up answers with it before the index is
 * built (ADR 0016): nothing is computed, so nothing can be partial.
 */
export function keptVersionedJson(c: Context<AppEnv>, version: BodyVersion): Response | undefined {
  const encoding = negotiateEncoding(c.req.header('Accept-Encoding'))
  if (encoding === undefined || encoding === 'identity') return undefined
  const bytes = c.var.bodies.kept(cacheKeyOf(c, '', version), encoding)
  if (!bytes) return undefined
  const etag = versionTag(version)
  if (matchesIfNoneMatch(c.req.header('If-None-Match'), etag)) {
    return c.body(null, 304, versionHeaders(etag))
  }
  const headers = { ...versionHeaders(etag), 'Content-Type': 'application/json' }
  return c.body(bytes, 200, { ...headers, 'Content-Encoding': encoding })
}
