/**
 * Exact betweenness values kept between bench runs (`var/bench/analysis-exact/`): at 50k/250k the exact run
 * takes minutes under load, and the sampled rows need it only as their reference. Keyed by family, size and
 * seed, plus a hash of the edge list, so a changed generator never meets an old file.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { repositoryRoot } from '../api-process.ts'
import type { SyntheticGraph } from './synthetic-graph.ts'

const FOLDER = path.join(repositoryRoot, 'var/bench/analysis-exact')

export interface GraphKey {
  family: string
  seed: number
}

/** When and how long the kept values took to compute (their own run, not this one). */
export interface KeptExactRun {
  file: string
  computedAt: string
  seconds: number
}

function fileOf(graph: SyntheticGraph, { family, seed }: GraphKey) {
  const hash = createHash('sha256')
    .update(
      new Uint8Array(graph.sources.buffer, graph.sources.byteOffset, graph.sources.byteLength),
    )
    .update(
      new Uint8Array(graph.targets.buffer, graph.targets.byteOffset, graph.targets.byteLength),
    )
    .digest('hex')
    .slice(0, 16)
  const edges = graph.sources.length
  return path.join(FOLDER, `${family}-${graph.nodes}x${edges}-seed${seed}-${hash}`)
}

/** The raw dependency sums of an earlier exact run on this very graph, if one was kept. */
export function keptExact(
  graph: SyntheticGraph,
  key: GraphKey,
): { dependency: Float64Array; run: KeptExactRun } | undefined {
  const file = fileOf(graph, key)
  if (!fs.existsSync(`${file}.f64`) || !fs.existsSync(`${file}.json`)) return undefined
  const bytes = fs.readFileSync(`${file}.f64`)
  if (bytes.byteLength !== graph.nodes * 8) return undefined
  const dependency = new Float64Array(graph.nodes)
  new Uint8Array(dependency.buffer).set(bytes)
  const run = JSON.parse(fs.readFileSync(`${file}.json`, 'utf8')) as Omit<KeptExactRun, 'file'>
  return { dependency, run: { ...run, file: path.relative(repositoryRoot, file) } }
}

export function keepExact(
  graph: SyntheticGraph,
  key: GraphKey,
  dependency: Float64Array,
  seconds: number,
) {
  const file = fileOf(graph, key)
  fs.mkdirSync(FOLDER, { recursive: true })
  // Values first, the description last: a run cut off in between leaves no usable pair behind.
  fs.writeFileSync(
    `${file}.f64`,
    new Uint8Array(dependency.buffer, dependency.byteOffset, dependency.byteLength),
  )
  const run: Omit<KeptExactRun, 'file'> = { computedAt: new Date().toISOString(), seconds }
  fs.writeFileSync(`${file}.json`, JSON.stringify(run) + '\n')
}
