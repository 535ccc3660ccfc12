/**
 * One export in its own process, so its memory is its own: builds the synthetic network, resets the peak-RSS
 * mark, then writes the file with backpressure and prints time, bytes and peak RSS growth as JSON.
 * Usage: tsx write-export.ts <graphml|gexf|csv-nodes|csv-edges|geojson|json> <actors> <relationships> <out>
 */
import fs from 'node:fs'
import { once } from 'node:events'
import { exportFile } from '../../../api/src/domain/export/export-files.ts'
import { exportGraph } from '../../../api/src/domain/export/export-graph.ts'
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
let text = ''
for (const chunk of file.chunks()) {
  text += chunk
  if (text.length < 64 * 1024) continue
  bytes += Buffer.byteLength(text)
  if (!output.write(text)) await once(output, 'drain')
  text = ''
}
bytes += Buffer.byteLength(text)
output.end(text)
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
