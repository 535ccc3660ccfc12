/**
 * A JSON body serialised and compressed once, then served as bytes: the unfiltered network is the largest and
 * most requested response, and it only changes with the data version.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

export interface SerialisedBody {
  identity: Uint8Array<ArrayBuffer>
  gzip: Uint8Array<ArrayBuffer>
  br: Uint8Array<ArrayBuffer>
}

/** Copies into a plain ArrayBuffer-backed array, the body type web Responses accept. */
const ownBytes = (buffer: Buffer): Uint8Array<ArrayBuffer> => new Uint8Array(buffer)

export function serialiseOnce(produce: () => unknown): () => SerialisedBody {
  let body: SerialisedBody | undefined
  return () => {
    if (body) return body
    const identity = Buffer.from(JSON.stringify(produce()))
    body = {
      identity: ownBytes(identity),
      gzip: ownBytes(gzipSync(identity, { level: 6 })),
      br: ownBytes(
        brotliCompressSync(identity, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 5,
            [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
          },
        }),
      ),
    }
    return body
  }
}
