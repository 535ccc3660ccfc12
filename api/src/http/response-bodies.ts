/**
 * The response bodies of one app, kept per (database, data version, request URL) and coding, within byte
 * budgets. Each coding is made when a client first asks for it, from whatever form of the body is kept already
 * (inflated), so a body is built once; the uncompressed form, for clients that accept no coding (curl, some
 * proxies), sits in a cache of its own, so a megabyte-sized JSON body is kept only when asked for.
 */
import { createViewCache } from '../index/view-cache.ts'
import { compress, decompress, jsonBytes, type Coding } from './serialised-body.ts'

export interface ResponseBodyBudgets {
  compressedBytes: number
  uncompressedBytes: number
}

export interface ResponseBodies {
  /** Some form of the body is kept: answering costs a compression at most, not building it. */
  has(key: string): boolean
  compressed(key: string, coding: Coding, produce: () => unknown): Uint8Array<ArrayBuffer>
  uncompressed(key: string, produce: () => unknown): Uint8Array<ArrayBuffer>
}

/** What a cache key looks like: one data version of one database, one URL. */
export const bodyKey = (databaseId: string, dataVersion: number, url: string) =>
  `${databaseId}/${dataVersion} ${url}`

const CODINGS: readonly Coding[] = ['br', 'gzip']
const codedKey = (coding: Coding, key: string) => `${coding} ${key}`

export function createResponseBodies(budgets: ResponseBodyBudgets): ResponseBodies {
  const compressed = createViewCache<Uint8Array<ArrayBuffer>>({
    maxBytes: budgets.compressedBytes,
    sizeOf: (bytes) => bytes.byteLength,
  })
  const uncompressed = createViewCache<Uint8Array<ArrayBuffer>>({
    maxBytes: budgets.uncompressedBytes,
    sizeOf: (bytes) => bytes.byteLength,
  })

  /** The JSON of a body from any form kept, if one is. */
  const keptJsonOf = (key: string) => {
    const plain = uncompressed.peek(key)
    if (plain) return plain
    for (const coding of CODINGS) {
      const kept = compressed.peek(codedKey(coding, key))
      if (kept) return decompress(kept, coding)
    }
    return undefined
  }

  return {
    has: (key) =>
      uncompressed.has(key) || CODINGS.some((coding) => compressed.has(codedKey(coding, key))),
    compressed: (key, coding, produce) =>
      compressed.get(codedKey(coding, key), () =>
        compress(keptJsonOf(key) ?? jsonBytes(produce()), coding),
      ),
    uncompressed: (key, produce) =>
      uncompressed.get(key, () => {
        const kept = keptJsonOf(key)
        if (kept) return kept
        const json = jsonBytes(produce())
        // Too large for its own budget, the plain body is not kept: its gzip form is, so the next one inflates.
        if (json.byteLength > budgets.uncompressedBytes) {
          compressed.get(codedKey('gzip', key), () => compress(json, 'gzip'))
        }
        return json
      }),
  }
}
