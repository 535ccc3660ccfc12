/**
 * The `bundle` export: a ZIP (yazl) of every file of both variants, datapackage.json and README.md, streamed.
 * Each entry's writer starts only when the ZIP reaches it and is pulled as fast as the client reads; a cancelled
 * download destroys the ZIP and the entry being written. Entries carry a fixed date, so only datapackage.json
 * (its `created`) differs between two bundles of the same data version and filters.
 */
import { Readable } from 'node:stream'
import { exportVariants, type Filters } from '@netzwerkatlas/shared'
import { ZipFile } from 'yazl'
import { dataPackageJson, readmeMarkdown } from '../domain/export/bundle-metadata.ts'
import { allFilesOf } from '../domain/export/export-files.ts'
import { exportGraph } from '../domain/export/export-graph.ts'
import type { AnalysedForExport } from '../domain/export/metric-attributes.ts'
import type { NetworkIndex } from '../index/network-index.ts'
import { utf8Chunks, type StreamOutcome } from './export-stream.ts'

const ENTRY_DATE = new Date(Date.UTC(2000, 0, 1))
const ENTRY_OPTIONS = { mtime: ENTRY_DATE, forceDosTimestamp: true, compressionLevel: 6 }
/** yazl reads Buffers (its CRC-32 and deflate); each is a view of a chunk, not a copy. */
function* buffersOf(texts: Iterator<string>): Generator<Buffer> {
  for (const chunk of utf8Chunks(texts)) {
    yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
  }
}

interface BundleRequest {
  index: NetworkIndex
  /** The finished analysis of the index's data version; undefined: pending. */
  analysed: AnalysedForExport | undefined
  filters: Filters
  filtersText: string
  name: string
}

export function bundleStream(
  { index, analysed, filters, filtersText, name }: BundleRequest,
  onEnd: (outcome: StreamOutcome) => void,
): ReadableStream<Uint8Array> {
  const graphs = exportVariants.map((variant) =>
    exportGraph(index, filters, { variant, filtersText, analysed }),
  )
  const files = graphs.flatMap((graph) =>
    allFilesOf(graph).map((file) => ({ path: file.name, file })),
  )
  const meta = index.meta()
  const facts = {
    name,
    dataVersion: index.dataVersion,
    filtersText,
    graphs,
    files,
    datasets: meta.datasets,
    geoCredits: meta.geoCredits,
  }
  const zip = new ZipFile()
  let current: Readable | undefined
  zip.addBuffer(Buffer.from(readmeMarkdown(facts)), `${name}/README.md`, ENTRY_OPTIONS)
  zip.addBuffer(
    Buffer.from(dataPackageJson({ ...facts, exportedAt: new Date() })),
    `${name}/datapackage.json`,
    ENTRY_OPTIONS,
  )
  for (const { path, file } of files) {
    zip.addReadStreamLazy(`${name}/${path}`, ENTRY_OPTIONS, (callback) => {
      current = Readable.from(buffersOf(file.chunks()))
      callback(null, current)
    })
  }
  zip.end()
  const output = zip.outputStream as Readable
  const reader = output[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  let bytes = 0
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await reader.next()
        if (next.done) {
          controller.close()
          onEnd({ bytes, cancelled: false })
          return
        }
        bytes += next.value.byteLength
        controller.enqueue(
          new Uint8Array(next.value.buffer, next.value.byteOffset, next.value.byteLength),
        )
      },
      cancel() {
        current?.destroy()
        output.destroy()
        onEnd({ bytes, cancelled: true })
      },
    },
    { highWaterMark: 1 },
  )
}
