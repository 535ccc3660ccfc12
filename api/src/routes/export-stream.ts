/**
 * Text chunks from a writer → bytes on the wire, pulled only as fast as the client reads (a ReadableStream
 * with one chunk of buffer: backpressure), optionally gzip-compressed on the way. A client that goes away
 * cancels the stream, which stops the writer: nothing is written for nobody.
 */
import { pipeline, Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import { createGzip } from 'node:zlib'

/** About this many characters per chunk: small enough to bound memory, large enough to be cheap. */
const CHUNK_CHARS = 64 * 1024

export interface StreamOutcome {
  bytes: number
  cancelled: boolean
}

export function textStream(
  chunks: Iterator<string>,
  onEnd: (outcome: StreamOutcome) => void,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let bytes = 0
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        let text = ''
        while (text.length < CHUNK_CHARS) {
          const next = chunks.next()
          if (next.done) {
            if (text !== '') controller.enqueue(encode(text))
            controller.close()
            onEnd({ bytes, cancelled: false })
            return
          }
          text += next.value
        }
        controller.enqueue(encode(text))
      },
      cancel() {
        chunks.return?.(undefined)
        onEnd({ bytes, cancelled: true })
      },
    },
    { highWaterMark: 1 },
  )
  function encode(text: string) {
    const encoded = encoder.encode(text)
    bytes += encoded.byteLength
    return encoded
  }
}

/** Speed over ratio: the stream is made while the client waits. */
const GZIP_LEVEL = 4

export function gzipped(stream: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const gzip = createGzip({ level: GZIP_LEVEL })
  // pipeline destroys the source when the gzip stream is destroyed (client gone): the cancel reaches the writer.
  pipeline(Readable.fromWeb(stream as NodeReadableStream), gzip, () => undefined)
  return Readable.toWeb(gzip)
}
