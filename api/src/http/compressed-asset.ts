/**
 * A fixed body (a file of the web app, the OpenAPI document) served in the coding the client prefers. The
 * compressed forms are made once, off the main thread, at the strongest settings, and kept. Brotli at that
 * strength takes seconds for the 500 KB bundle, so it starts with the first request and, until it is done,
 * clients that also accept gzip get gzip (milliseconds) instead of waiting. An ETag from the content lets
 * browsers revalidate without a download.
 */
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Context } from 'hono'
import { negotiateEncoding, type ContentCoding } from './encoding.ts'

const brotliAsync = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Below this, compression saves less than the headers it adds. */
const MIN_COMPRESSIBLE_BYTES = 1024

const WITHOUT_BROTLI: readonly ContentCoding[] = ['gzip', 'identity']

export interface CompressedAsset {
  respond(c: Context, headers: Record<string, string>): Promise<Response>
}

export function compressedAsset(
  bytes: Uint8Array<ArrayBuffer>,
  isCompressible: boolean,
): CompressedAsset {
  const etag = `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 22)}"`
  const shouldCompress = isCompressible && bytes.byteLength >= MIN_COMPRESSIBLE_BYTES
  let brotliReady = false
  const forms: Partial<Record<'br' | 'gzip', Promise<Uint8Array<ArrayBuffer>>>> = {}
  const compressed = (coding: 'br' | 'gzip') =>
    (forms[coding] ??= (
      coding === 'br'
        ? brotliAsync(bytes, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 11,
              [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
            },
          }).finally(() => (brotliReady = true))
        : gzipAsync(bytes, { level: 9 })
    ).then((buffer) => new Uint8Array(buffer)))

  const codingFor = (acceptEncoding: string | undefined): ContentCoding => {
    if (!shouldCompress) return 'identity'
    const best = negotiateEncoding(acceptEncoding) ?? 'identity'
    if (best !== 'br' || brotliReady) return best
    void compressed('br')
    // Only a client that takes brotli alone waits for it.
    return negotiateEncoding(acceptEncoding, WITHOUT_BROTLI) ?? 'br'
  }

  return {
    async respond(c, headers) {
      const coding = codingFor(c.req.header('Accept-Encoding'))
      // Each coding is its own representation, so it gets its own strong tag.
      const tag = coding === 'identity' ? etag : `${etag.slice(0, -1)}-${coding}"`
      const all = { ...headers, ETag: tag, ...(shouldCompress ? { Vary: 'Accept-Encoding' } : {}) }
      if (matches(c.req.header('If-None-Match'), etag)) return c.body(null, 304, all)
      if (coding === 'identity') return c.body(bytes, 200, all)
      return c.body(await compressed(coding), 200, { ...all, 'Content-Encoding': coding })
    },
  }
}

/** Any coding of the same content matches: the client holds these bytes in some form. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false
  return header
    .split(',')
    .map((tag) =>
      tag
        .trim()
        .replace(/^W\//, '')
        .replace(/-(br|gzip)"$/, '"'),
    )
    .some((tag) => tag === '*' || tag === etag)
}
