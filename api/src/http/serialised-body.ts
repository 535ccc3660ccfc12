/**
 * JSON bodies serialised once, then compressed into the coding a client asks for, each coding only when first
 * asked for: brotli and gzip of a new body (a fresh bbox, say) together cost twice what one of them does.
 */
import {
  brotliCompressSync,
  brotliDecompressSync,
  constants,
  gunzipSync,
  gzipSync,
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

export function compress(json: Uint8Array, coding: Coding): Uint8Array<ArrayBuffer> {
  if (coding === 'gzip') return ownBytes(gzipSync(json, { level: 6 }))
  return ownBytes(
    brotliCompressSync(json, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: json.length,
      },
    }),
  )
}

/** Inflating a kept coding is far cheaper than building the body again. */
export function decompress(bytes: Uint8Array, coding: Coding): Uint8Array<ArrayBuffer> {
  return ownBytes(coding === 'gzip' ? gunzipSync(bytes) : brotliDecompressSync(bytes))
}
