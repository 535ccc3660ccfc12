/**
 * One export in its own process, so its memory is its own: builds the synthetic network, writes a small one
 * first (untimed: a server has run its writers before, so the timed export runs warm code, as a download does),
 * resets the peak-RSS mark, then writes the file with backpressure, encoded as the HTTP route encodes it, and
 * prints wall time, CPU time (all threads, GC included), bytes, peak RSS growth and the column order as JSON.
 * Usage: tsx write-export.ts <graphml|gexf|csv-nodes|csv-edges|geojson|json> <actors> <relationships> <out>
 */
import fs from 'node:fs'
import { once } from 'node:events'
import { exportFile } from '../../../api/src/domain/export/export-files.ts'
import { exportGraph } from '../../../api/src/domain/export/export-graph.ts'
import type { NetworkCatalog } from '../../../api/src/domain/network/network-catalog.ts'
import { utf8Chunks } from '../../../api/src/routes/export-stream.ts'
import { readMemory } from '../memory.ts'
import { syntheticCatalog } from './synthetic-catalog.ts'

/** The warm-up network: big enough for V8 to optimise the writer, small next to the timed one. */
const WARM_UP = { actors: 1000, relationships: 5000 }

const [format = 'graphml', actors = '10000', relationships = '50000', out = '/dev/null'] =
  process.argv.slice(2)
const shapes = {
  graphml: ['graphml', {}],
  gexf: ['gexf', {}],
  'csv-nodes': ['csv', { table: 'nodes' }],
  'csv-edges': ['csv', { table: 'edges' }],
  geojson: ['geojson', {}],
  json: ['json', {}],
} as const
const [fileFormat, shape] = shapes[format as keyof typeof shapes]

async function write(catalog: NetworkCatalog, path: string) {
  const graph = exportGraph(catalog, {})
  const file = exportFile(graph, fileFormat, shape)
  const output = fs.createWriteStream(path)
  let bytes = 0
  // The same encoding into 64 KiB chunks as the HTTP route, so the bench measures what a download costs.
  for (const chunk of utf8Chunks(file.chunks())) {
    bytes += chunk.byteLength
    if (!output.write(chunk)) await once(output, 'drain')
  }
  output.end()
  await once(output, 'finish')
  return { bytes, graph }
}

await write(syntheticCatalog(WARM_UP.actors, WARM_UP.relationships), '/dev/null')
const catalog = syntheticCatalog(Number(actors), Number(relationships))
global.gc?.()
const before = readMemory(process.pid)
// Writing 5 to clear_refs resets VmHWM, so the peak below is the export's own.
fs.writeFileSync(`/proc/${process.pid}/clear_refs`, '5')
const cpuBefore = process.cpuUsage()
const started = performance.now()
const { bytes, graph } = await write(catalog, out)
const ms = performance.now() - started
const cpu = process.cpuUsage(cpuBefore)
const after = readMemory(process.pid)
console.log(
  JSON.stringify({
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    bytes,
    rssBeforeMb: before.rssMb,
    peakMb: after.hwmMb,
    growthMb: Math.round((after.hwmMb - before.rssMb) * 10) / 10,
    // The peer writes GeoJSON properties in this order, with null for what is unknown, as ours does.
    nodeColumns: graph.nodeAttributes.map((attribute) => attribute.id),
    edgeColumns: graph.edgeAttributes.map((attribute) => attribute.id),
  }),
)
