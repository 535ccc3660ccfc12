/**
 * JSON bodies serialised and compressed once, then served as bytes: network views are the largest and most
 * requested responses, and they only change with the data version.
 *
 * Only the compressed forms are kept (the 100k-actor network is 50 MB as JSON, 5 MB as brotli); the rare client
 * that accepts neither encoding gets the gzip form inflated on the fly.
 */
import { brotliCompressSync, constants, gunzipSync, gzipSync } from 'node:zlib'

export interface SerialisedBody {
  gzip: Uint8Array<ArrayBuffer>
  br: Uint8Array<ArrayBuffer>
  identity: () => Uint8Array<ArrayBuffer>
}

/** Copies into a plain ArrayBuffer-backed array, the body type web Responses accept. */
const ownBytes = (buffer: Buffer): Uint8Array<ArrayBuffer> => new Uint8Array(buffer)

export function serialise(value: unknown): SerialisedBody {
  return serialiseJson(JSON.stringify(value))
}

/** For bodies already written as JSON text (the network view writes its own). */
export function serialiseJson(text: string): SerialisedBody {
  const json = Buffer.from(text)
  const gzip = ownBytes(gzipSync(json, { level: 6 }))
  return {
    gzip,
    br: ownBytes(
      brotliCompressSync(json, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: json.length,
        },
      }),
    ),
    identity: () => ownBytes(gunzipSync(gzip)),
  }
}
