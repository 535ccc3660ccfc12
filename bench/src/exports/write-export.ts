/**
 * One export in its own process, so its memory is its own: builds the synthetic network, resets the peak-RSS
 * mark, then writes the file with backpressure, encoded as the HTTP route encodes it, and prints time, bytes and peak RSS growth as JSON.
 * Usage: tsx write-export.ts <graphml|gexf|csv-nodes|csv-edges|geojson|json> <actors> <relationships> <out>
 */
import fs from 'node:fs'
import { once } from 'node:events'
import { exportFile } from '../../../api/src/domain/export/export-files.ts'
import { exportGraph } from '../../../api/src/domain/export/export-graph.ts'
import { utf8Chunks } from '../../../api/src/routes/export-stream.ts'
import { readMemory } from '../memory.ts'
import { syntheticCatalog } from './synthetic-catalog.ts'

const [format = 'graphml', actors = '10000', relationships = '50000', out = '/dev/null'] =
  process.argv.slice(2)
const catalog = syntheticCatalog(Number(actors), Number(relationships))
const shapes = {
  graphml: ['graphml', {}],
  gexf: ['gexf', {}],
  'csv-nodes': ['csv', { table: 'nodes' }],
  'csv-edges': ['csv', { table: 'edges' }],
  geojson: ['geojson', {}],
  json: ['json', {}],
} as const
const [fileFormat, shape] = shapes[format as keyof typeof shapes]

global.gc?.()
const before = readMemory(process.pid)
// Writing 5 to clear_refs resets VmHWM, so the peak below is the export's own.
fs.writeFileSync(`/proc/${process.pid}/clear_refs`, '5')
const started = performance.now()
const graph = exportGraph(catalog, {})
const file = exportFile(graph, fileFormat, shape)
const output = fs.createWriteStream(out)
let bytes = 0
// The same encoding into 64 KiB chunks as the HTTP route, so the bench measures what a download costs.
for (const chunk of utf8Chunks(file.chunks())) {
  bytes += chunk.byteLength
  if (!output.write(chunk)) await once(output, 'drain')
}
output.end()
await once(output, 'finish')
const ms = performance.now() - started
const after = readMemory(process.pid)
console.log(
  JSON.stringify({
    ms: Math.round(ms),
    bytes,
    rssBeforeMb: before.rssMb,
    peakMb: after.hwmMb,
    growthMb: Math.round((after.hwmMb - before.rssMb) * 10) / 10,
  }),
)
