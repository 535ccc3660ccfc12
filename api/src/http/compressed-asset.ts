/**
 * A fixed body (a file of the web app, the OpenAPI document) served in the coding the client prefers. The
 * brotli and gzip forms are made on first request, off the main thread, at the strongest settings (once per
 * process), and kept; an ETag from the content lets browsers revalidate without a download.
 */
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Context } from 'hono'
import { negotiateEncoding } from './encoding.ts'

const brotliAsync = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Below this, compression saves less than the headers it adds. */
const MIN_COMPRESSIBLE_BYTES = 1024

export interface CompressedAsset {
  etag: string
  respond(c: Context, headers: Record<string, string>): Promise<Response>
}

export function compressedAsset(
  bytes: Uint8Array<ArrayBuffer>,
  isCompressible: boolean,
): CompressedAsset {
  const etag = `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 22)}"`
  const shouldCompress = isCompressible && bytes.byteLength >= MIN_COMPRESSIBLE_BYTES
  const forms: Partial<Record<'br' | 'gzip', Promise<Uint8Array<ArrayBuffer>>>> = {}
  const compressed = (coding: 'br' | 'gzip') =>
    (forms[coding] ??= (
      coding === 'br'
        ? brotliAsync(bytes, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 11,
              [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
            },
          })
        : gzipAsync(bytes, { level: 9 })
    ).then((buffer) => new Uint8Array(buffer)))

  return {
    etag,
    async respond(c, headers) {
      const coding = shouldCompress
        ? (negotiateEncoding(c.req.header('Accept-Encoding')) ?? 'identity')
        : 'identity'
      // Each coding is its own representation, so it gets its own strong tag.
      const tag = coding === 'identity' ? etag : `${etag.slice(0, -1)}-${coding}"`
      const all = { ...headers, ETag: tag, ...(shouldCompress ? { Vary: 'Accept-Encoding' } : {}) }
      if (matches(c.req.header('If-None-Match'), [etag, tag])) return c.body(null, 304, all)
      if (coding === 'identity') return c.body(bytes, 200, all)
      return c.body(await compressed(coding), 200, { ...all, 'Content-Encoding': coding })
    },
  }
}

function matches(header: string | undefined, tags: readonly string[]): boolean {
  if (!header) return false
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tags.includes(tag))
}
