/**
 * The `bundle` export: a ZIP (yazl) of every file of both variants, datapackage.json and README.md, streamed.
 * Each entry's writer starts only when the ZIP reaches it and is pulled as fast as the client reads; a cancelled
 * download destroys the ZIP and the entry being written. Entries carry a fixed date, so only datapackage.json
 * (its `created`) differs between two bundles of the same data version and filters.
 */
import { Readable } from 'node:stream'
import { deflateRawSync } from 'node:zlib'
import { exportVariants, type Filters } from '@netzwerkatlas/shared'
import { ZipFile } from 'yazl'
import { dataPackageJson, readmeMarkdown } from '../domain/export/bundle-metadata.ts'
import { allFilesOf, type ExportFile } from '../domain/export/export-files.ts'
import { exportGraph } from '../domain/export/export-graph.ts'
import { estimatedDeflatedBytes } from '../domain/export/export-size.ts'
import type { AnalysedForExport } from '../domain/export/metric-attributes.ts'
import type { NetworkIndex } from '../index/network-index.ts'
import { utf8Chunks, type StreamOutcome } from './export-stream.ts'

const ENTRY_DATE = new Date(Date.UTC(2000, 0, 1))
const COMPRESSION_LEVEL = 6
const ENTRY_OPTIONS = {
  mtime: ENTRY_DATE,
  forceDosTimestamp: true,
  compressionLevel: COMPRESSION_LEVEL,
}

/**
 * What the ZIP adds around an entry's deflated data: the local header (30 bytes), yazl's data descriptor
 * (16) and the central directory record (46), the two records each naming the path; 22 for the end record.
 */
/** Bytes of `data` (text as UTF-8) deflated as the ZIP deflates its entries. */
const deflatedLength = (data: string | Buffer) =>
  deflateRawSync(data, { level: COMPRESSION_LEVEL }).byteLength

const zipFrameBytes = (paths: readonly string[]) =>
  paths.reduce((sum, path) => sum + 30 + 16 + 46 + 2 * Buffer.byteLength(path), 22)
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

export interface BundleExport {
  /**
   * About how many bytes the ZIP will have (X-Estimated-Bytes, the Export page's percentage): README and
   * datapackage.json deflated as they are, each file's deflated size from runs of its rows
   * (export-size.ts), plus the ZIP's records.
   */
  estimatedBytes: number
  stream: (onEnd: (outcome: StreamOutcome) => void) => ReadableStream<Uint8Array>
}

export function bundleExport({
  index,
  analysed,
  filters,
  filtersText,
  name,
}: BundleRequest): BundleExport {
  const graphs = exportVariants.map((variant) =>
    exportGraph(index, filters, { variant, filtersText, analysed }),
  )
  const files = graphs.flatMap((graph) =>
    allFilesOf(graph).map((file) => ({ path: file.name, file, graph })),
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
  const readme = Buffer.from(readmeMarkdown(facts))
  const dataPackage = Buffer.from(dataPackageJson({ ...facts, exportedAt: new Date() }))
  const estimatedBytes =
    zipFrameBytes([
      `${name}/README.md`,
      `${name}/datapackage.json`,
      ...files.map(({ path }) => `${name}/${path}`),
    ]) +
    [readme, dataPackage].reduce((sum, buffer) => sum + deflatedLength(buffer), 0) +
    files.reduce(
      (sum, { file, graph }) => sum + estimatedDeflatedBytes(graph, file, deflatedLength),
      0,
    )
  return { estimatedBytes, stream: (onEnd) => zipStream(name, readme, dataPackage, files, onEnd) }
}

function zipStream(
  name: string,
  readme: Buffer,
  dataPackage: Buffer,
  files: readonly { path: string; file: ExportFile }[],
  onEnd: (outcome: StreamOutcome) => void,
): ReadableStream<Uint8Array> {
  const zip = new ZipFile()
  let current: Readable | undefined
  zip.addBuffer(readme, `${name}/README.md`, ENTRY_OPTIONS)
  zip.addBuffer(dataPackage, `${name}/datapackage.json`, ENTRY_OPTIONS)
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
