/**
 * The response bodies of one app, kept per (database, data version, request URL), each cache within a byte
 * budget. Compressed forms serve nearly every client; the uncompressed form, for clients that accept no coding
 * (curl, some proxies), sits in a cache of its own, so a megabyte-sized JSON body is kept only when asked for.
 */
import { gunzipSync } from 'node:zlib'
import { createViewCache } from '../index/view-cache.ts'
import { serialise, type CompressedBody } from './serialised-body.ts'

export interface ResponseBodyBudgets {
  compressedBytes: number
  uncompressedBytes: number
}

export interface ResponseBodies {
  has(key: string): boolean
  compressed(key: string, produce: () => unknown): CompressedBody
  uncompressed(key: string, produce: () => unknown): Uint8Array<ArrayBuffer>
}

/** What a cache key looks like: one data version of one database, one URL. */
export const bodyKey = (databaseId: string, dataVersion: number, url: string) =>
  `${databaseId}/${dataVersion} ${url}`

export function createResponseBodies(budgets: ResponseBodyBudgets): ResponseBodies {
  const compressed = createViewCache<CompressedBody>({
    maxBytes: budgets.compressedBytes,
    sizeOf: (body) => body.gzip.byteLength + body.br.byteLength,
  })
  const uncompressed = createViewCache<Uint8Array<ArrayBuffer>>({
    maxBytes: budgets.uncompressedBytes,
    sizeOf: (bytes) => bytes.byteLength,
  })
  const compress = (key: string, produce: () => unknown) =>
    compressed.get(key, () => {
      const { gzip, br } = serialise(produce())
      return { gzip, br }
    })
  return {
    has: (key) => compressed.has(key) || uncompressed.has(key),
    compressed: compress,
    uncompressed: (key, produce) =>
      uncompressed.get(key, () => {
        // Inflating the kept gzip form is far cheaper than building the body again.
        const kept = compressed.peek(key)
        if (kept) return new Uint8Array(gunzipSync(kept.gzip))
        const body = serialise(produce())
        compressed.get(key, () => ({ gzip: body.gzip, br: body.br }))
        return body.identity
      }),
  }
}
