/**
 * One export in its own process, so its memory is its own. Writes a small network first (untimed: first calls,
 * lazy compilation), then two timed writes of the same size and shape, each after resetting the peak-RSS mark,
 * encoded as the HTTP route encodes it and written to a file with backpressure:
 * - `cold`: the first full-size write in the process (another seed), what a download right after a start costs:
 *   V8 still optimises the writer during it;
 * - `steady`: the next one (the default seed), on code V8 has finished optimising: what a server that has
 *   written files before costs. The ≥ 5× target is judged on this one, against networkx's own second write
 *   (CPython does not JIT, so its first and second writes cost the same).
 * Prints wall time, CPU time (all threads, GC included), bytes and peak RSS growth of each, and the column order,
 * as JSON. `cold-out` (optional) keeps the cold file: the suite's node-link JSON of the cold network for networkx.
 * Usage: tsx write-export.ts <graphml|gexf|csv-nodes|csv-edges|geojson|json> <actors> <relationships> <out> [cold-out]
 */
import fs from 'node:fs'
import { once } from 'node:events'
import { exportFile } from '../../../api/src/domain/export/export-files.ts'
import { exportGraph } from '../../../api/src/domain/export/export-graph.ts'
import type { NetworkCatalog } from '../../../api/src/domain/network/network-catalog.ts'
import { utf8Chunks } from '../../../api/src/routes/export-stream.ts'
import { readMemory } from '../memory.ts'
import { syntheticCatalog } from './synthetic-catalog.ts'

/** The start-up network: the first calls and lazy compilation, small next to the timed ones. */
const START_UP = { actors: 1000, relationships: 5000 }
/** The cold write's network: another seed than the steady one, so V8 cannot have seen its values. */
const COLD_SEED = 4242

const [
  format = 'graphml',
  actors = '10000',
  relationships = '50000',
  out = '/dev/null',
  coldOut = '/dev/null',
] = process.argv.slice(2)
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

/** One timed write of a network built beforehand (the catalog itself is not counted in the growth). */
async function timedWrite(seed: number | undefined, path: string) {
  const catalog = syntheticCatalog(Number(actors), Number(relationships), seed)
  global.gc?.()
  const before = readMemory(process.pid)
  // Writing 5 to clear_refs resets VmHWM, so the peak below is the export's own.
  fs.writeFileSync(`/proc/${process.pid}/clear_refs`, '5')
  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  const { bytes, graph } = await write(catalog, path)
  const ms = performance.now() - started
  const cpu = process.cpuUsage(cpuBefore)
  const after = readMemory(process.pid)
  const measured = {
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    bytes,
    rssBeforeMb: before.rssMb,
    peakMb: after.hwmMb,
    growthMb: Math.round((after.hwmMb - before.rssMb) * 10) / 10,
  }
  // Only the column order is kept: the cold network must be garbage before the steady one is measured.
  const columns = {
    nodeColumns: graph.nodeAttributes.map((attribute) => attribute.id),
    edgeColumns: graph.edgeAttributes.map((attribute) => attribute.id),
  }
  return { measured, columns }
}

await write(syntheticCatalog(START_UP.actors, START_UP.relationships), '/dev/null')
const cold = await timedWrite(COLD_SEED, coldOut)
const steady = await timedWrite(undefined, out)
console.log(
  JSON.stringify({
    cold: cold.measured,
    steady: steady.measured,
    // The peer writes GeoJSON properties in this order, with null for what is unknown, as ours does.
    ...steady.columns,
  }),
)
