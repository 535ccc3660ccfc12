/**
 * Text chunks from a writer → bytes on the wire, pulled only as fast as the client reads (a ReadableStream
 * with one chunk of buffer: backpressure), optionally gzip-compressed on the way. A client that goes away
 * cancels the stream, which stops the writer: nothing is written for nobody.
 */
import { pipeline, Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import { createGzip } from 'node:zlib'

/** Bytes per chunk on the wire: small enough to bound memory, large enough to be cheap. */
const CHUNK_BYTES = 64 * 1024

/** UTF-8 needs at most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units). */
const MAX_BYTES_PER_UNIT = 3

/** Text gathered before one encoding call: a few rows, so the call's fixed cost is paid per batch, not per row. */
const BATCH_UNITS = 8 * 1024

/**
 * The writer's strings encoded straight into chunks of about 64 KiB. The row writers already yield batches of
 * about 8 Ki UTF-16 units (domain/export/rows.ts); smaller pieces (headers, GraphML and GEXF rows) are gathered
 * into batches of that size here, and each batch is encoded with one `Buffer.write` into the chunk: at
 * 10k/50k that is ~15 % less CPU for GeoJSON than one `encodeInto` (and its subarray) per row, and far less than
 * joining a whole chunk's ~5000 pieces first (a rope that large is slow to flatten). Each chunk is a fresh
 * buffer, handed on and never written again.
 */
export function* utf8Chunks(texts: Iterator<string>): Generator<Uint8Array> {
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES)
  let used = 0
  let batch = ''
  for (let next = texts.next(); ; next = texts.next()) {
    if (!next.done) {
      batch += next.value
      if (batch.length < BATCH_UNITS) continue
    }
    if (used + batch.length * MAX_BYTES_PER_UNIT > CHUNK_BYTES) {
      if (used > 0) {
        yield chunk.subarray(0, used)
        chunk = Buffer.allocUnsafe(CHUNK_BYTES)
        used = 0
      }
      // A batch larger than a chunk (the header of a wide file, one long piece) goes out on its own.
      if (batch.length * MAX_BYTES_PER_UNIT > CHUNK_BYTES) {
        yield Buffer.from(batch, 'utf8')
        batch = ''
      }
    }
    if (batch !== '') used += chunk.write(batch, used)
    batch = ''
    if (next.done) break
  }
  if (used > 0) yield chunk.subarray(0, used)
}

export interface StreamOutcome {
  bytes: number
  cancelled: boolean
}

export function textStream(
  texts: Iterator<string>,
  onEnd: (outcome: StreamOutcome) => void,
): ReadableStream<Uint8Array> {
  const chunks = utf8Chunks(texts)
  let bytes = 0
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = chunks.next()
        if (next.done) {
          controller.close()
          onEnd({ bytes, cancelled: false })
          return
        }
        bytes += next.value.byteLength
        controller.enqueue(next.value)
      },
      cancel() {
        chunks.return(undefined)
        texts.return?.(undefined)
        onEnd({ bytes, cancelled: true })
      },
    },
    { highWaterMark: 1 },
  )
}

/** Speed over ratio: the stream is made while the client waits. */
const GZIP_LEVEL = 4

export function gzipped(stream: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const gzip = createGzip({ level: GZIP_LEVEL })
  // pipeline destroys the source when the gzip stream is destroyed (client gone): the cancel reaches the writer.
  pipeline(Readable.fromWeb(stream as NodeReadableStream), gzip, () => undefined)
  return Readable.toWeb(gzip)
}
