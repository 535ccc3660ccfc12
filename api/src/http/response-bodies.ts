/**
 * The response bodies of one app, kept per (database, data version, request URL) and coding, within byte
 * budgets. Each coding is made when a client first asks for it, from whatever form of the body is kept already
 * (inflated), so a body is built once; the uncompressed form, for clients that accept no coding (curl, some
 * proxies), sits in a cache of its own, so a megabyte-sized JSON body is kept only when asked for.
 *
 * Large bodies are compressed off the JavaScript thread (serialised-body.ts); clients asking for the same
 * body meanwhile wait for that one compression. With `saved`, large compressed bodies also outlive the
 * process (saved-bodies.ts): the first network body after a restart on unchanged data is read, not made.
 */
import { createViewCache } from '../index/view-cache.ts'
import type { SavedBodies } from './saved-bodies.ts'
import { compress, decompress, jsonBytes, type Coding } from './serialised-body.ts'

export interface ResponseBodyBudgets {
  compressedBytes: number
  uncompressedBytes: number
}

export interface ResponseBodies {
  /** Some form of the body is kept or being made: answering costs a compression at most, not building it. */
  has(key: string): boolean
  compressed(key: string, coding: Coding, produce: () => unknown): Promise<Uint8Array<ArrayBuffer>>
  uncompressed(key: string, produce: () => unknown): Promise<Uint8Array<ArrayBuffer>>
  /** The compressed body if it is kept in memory; never reads a file, never makes one (kept-body-answers.ts). */
  inMemory(key: string, coding: Coding): Uint8Array<ArrayBuffer> | undefined
  /** The compressed body if it is kept or saved in a file; never makes one (start-up answers, ADR 0016). */
  kept(key: string, coding: Coding): Uint8Array<ArrayBuffer> | undefined
}

/** What a cache key looks like: one data version of one database, one URL. */
export const bodyKey = (databaseId: string, dataVersion: number, url: string) =>
  `${databaseId}/${dataVersion} ${url}`

const CODINGS: readonly Coding[] = ['br', 'gzip']

/**
 * A map section (`bbox`) or a radius (`near`) is one of countless views, unlikely to be asked for first after a
 * restart: saving it would cost a synchronous file write per new view and push the views that are (the whole
 * network, a topic) out of the few files kept.
 */
const isOneOfCountlessViews = (key: string) => /[?&](bbox|near)=/.test(key)
const codedKey = (coding: Coding, key: string) => `${coding} ${key}`

export function createResponseBodies(
  budgets: ResponseBodyBudgets,
  saved?: SavedBodies,
): ResponseBodies {
  const compressed = createViewCache<Uint8Array<ArrayBuffer>>({
    maxBytes: budgets.compressedBytes,
    sizeOf: (bytes) => bytes.byteLength,
  })
  const uncompressed = createViewCache<Uint8Array<ArrayBuffer>>({
    maxBytes: budgets.uncompressedBytes,
    sizeOf: (bytes) => bytes.byteLength,
  })
  /** Bodies being made, by cache key: a second client waits for the first one's work. */
  const inFlight = new Map<string, Promise<Uint8Array<ArrayBuffer>>>()

  const once = (
    key: string,
    make: () => Promise<Uint8Array<ArrayBuffer>>,
  ): Promise<Uint8Array<ArrayBuffer>> => {
    const pending = inFlight.get(key)
    if (pending) return pending
    const made = make().finally(() => inFlight.delete(key))
    inFlight.set(key, made)
    return made
  }

  /** The JSON of a body from any form kept, if one is. */
  const keptJsonOf = async (key: string) => {
    const plain = uncompressed.peek(key)
    if (plain) return plain
    for (const coding of CODINGS) {
      const kept = compressed.peek(codedKey(coding, key))
      if (kept) return decompress(kept, coding)
    }
    return undefined
  }

  const makeCompressed = async (key: string, coding: Coding, produce: () => unknown) => {
    const coded = codedKey(coding, key)
    const fromFile = saved?.load(coded)
    if (fromFile) return compressed.get(coded, () => fromFile)
    const bytes = await compress((await keptJsonOf(key)) ?? jsonBytes(produce()), coding)
    if (!isOneOfCountlessViews(key)) saved?.save(coded, bytes)
    return compressed.get(coded, () => bytes)
  }

  return {
    has: (key) =>
      uncompressed.has(key) ||
      inFlight.has(key) ||
      CODINGS.some(
        (coding) => compressed.has(codedKey(coding, key)) || inFlight.has(codedKey(coding, key)),
      ),
    compressed(key, coding, produce) {
      const kept = compressed.peek(codedKey(coding, key))
      if (kept) return Promise.resolve(kept)
      return once(codedKey(coding, key), () => makeCompressed(key, coding, produce))
    },
    inMemory: (key, coding) => compressed.peek(codedKey(coding, key)),
    kept(key, coding) {
      const coded = codedKey(coding, key)
      const inMemory = compressed.peek(coded)
      if (inMemory) return inMemory
      const fromFile = saved?.load(coded)
      return fromFile && compressed.get(coded, () => fromFile)
    },
    uncompressed(key, produce) {
      const kept = uncompressed.peek(key)
      if (kept) return Promise.resolve(kept)
      return once(key, async () => {
        const json = (await keptJsonOf(key)) ?? jsonBytes(produce())
        // Too large for its own budget, the plain body is not kept: its gzip form is, so the next one inflates.
        if (json.byteLength > budgets.uncompressedBytes && !compressed.has(codedKey('gzip', key))) {
          const gzip = await compress(json, 'gzip')
          compressed.get(codedKey('gzip', key), () => gzip)
        }
        return uncompressed.get(key, () => json)
      })
    },
  }
}
