/**
 * JSON bodies serialised and compressed once, then served as bytes: network views are the largest and most
 * requested responses, and they only change with the data version.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

export interface CompressedBody {
  gzip: Uint8Array<ArrayBuffer>
  br: Uint8Array<ArrayBuffer>
}

export interface SerialisedBody extends CompressedBody {
  identity: Uint8Array<ArrayBuffer>
}

/** A body its producer already wrote as JSON text (the network view writes its own, without objects). */
export class JsonText {
  constructor(readonly text: string) {}
}

/** Copies into a plain ArrayBuffer-backed array, the body type web Responses accept. */
const ownBytes = (buffer: Buffer): Uint8Array<ArrayBuffer> => new Uint8Array(buffer)

export function serialise(value: unknown): SerialisedBody {
  const json = Buffer.from(value instanceof JsonText ? value.text : JSON.stringify(value))
  return {
    identity: ownBytes(json),
    gzip: ownBytes(gzipSync(json, { level: 6 })),
    br: ownBytes(
      brotliCompressSync(json, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: json.length,
        },
      }),
    ),
  }
}
