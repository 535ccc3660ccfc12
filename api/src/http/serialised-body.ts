/**
 * JSON bodies serialised once, then compressed into the coding a client asks for, each coding only when first
 * asked for: brotli and gzip of a new body (a fresh bbox, say) together cost twice what one of them does.
 */
import { promisify } from 'node:util'
import {
  brotliCompress,
  brotliCompressSync,
  brotliDecompress,
  brotliDecompressSync,
  constants,
  gunzip,
  gunzipSync,
  gzip,
  gzipSync,
  type BrotliOptions,
  type ZlibOptions,
} from 'node:zlib'

export type Coding = 'gzip' | 'br'

/** A body its producer already wrote as JSON text (the network view writes its own, without objects). */
export class JsonText {
  constructor(readonly text: string) {}
}

/** Copies into a plain ArrayBuffer-backed array, the body type web Responses accept. */
const ownBytes = (buffer: Buffer): Uint8Array<ArrayBuffer> => new Uint8Array(buffer)

export function jsonBytes(value: unknown): Uint8Array<ArrayBuffer> {
  return ownBytes(Buffer.from(value instanceof JsonText ? value.text : JSON.stringify(value)))
}

const GZIP_OPTIONS: ZlibOptions = { level: 6 }
const brotliOptions = (json: Uint8Array): BrotliOptions => ({
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 5,
    [constants.BROTLI_PARAM_SIZE_HINT]: json.length,
  },
})

/**
 * Bodies from this size on are (de)compressed in libuv's thread pool, off the only JavaScript thread: brotli
 * of a new 1 MB network body takes ~20 ms, during which every other request (health too) would wait.
 * Smaller ones cost less than the hand-over to the pool.
 */
const OFF_THREAD_BYTES = 64 * 1024

const gzipAsync = promisify(gzip)
const gunzipAsync = promisify(gunzip)
const brotliCompressAsync = promisify<Uint8Array, BrotliOptions, Buffer>(brotliCompress)
const brotliDecompressAsync = promisify(brotliDecompress)

export async function compress(json: Uint8Array, coding: Coding): Promise<Uint8Array<ArrayBuffer>> {
  if (json.byteLength < OFF_THREAD_BYTES) {
    return ownBytes(
      coding === 'gzip'
        ? gzipSync(json, GZIP_OPTIONS)
        : brotliCompressSync(json, brotliOptions(json)),
    )
  }
  return ownBytes(
    coding === 'gzip'
      ? await gzipAsync(json, GZIP_OPTIONS)
      : await brotliCompressAsync(json, brotliOptions(json)),
  )
}

/** Inflating a kept coding is far cheaper than building the body again. */
export async function decompress(
  bytes: Uint8Array,
  coding: Coding,
): Promise<Uint8Array<ArrayBuffer>> {
  if (bytes.byteLength < OFF_THREAD_BYTES / 8) {
    return ownBytes(coding === 'gzip' ? gunzipSync(bytes) : brotliDecompressSync(bytes))
  }
  return ownBytes(coding === 'gzip' ? await gunzipAsync(bytes) : await brotliDecompressAsync(bytes))
}
