/** Downloads exports into a temporary folder and runs the peer tools on them (Debian packages, see TOOLCHAIN.md). */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestApi } from './test-api.ts'

const PYTHON = '/usr/bin/python3'
const SCHEMAS = path.resolve(import.meta.dirname, '../../../../shared/data/schemas')
const PEER = path.resolve(import.meta.dirname, '../peer/export')

/** The file names read_exports.py expects, and the export each one is. */
const PEER_FILES = {
  'network.graphml': 'graphml',
  'network.gexf': 'gexf',
  'nodes.csv': 'csv?table=nodes',
  'edges.csv': 'csv?table=edges',
  'node-link.json': 'json',
  'graphology.json': 'json?flavour=graphology',
  'network.geojson': 'geojson',
} as const

export async function download(api: TestApi, pathAndQuery: string): Promise<Buffer> {
  const response = await api.app.request(`/api/export/${pathAndQuery}`)
  if (response.status !== 200)
    throw new Error(`${pathAndQuery}: ${response.status} ${await response.text()}`)
  return Buffer.from(await response.arrayBuffer())
}

/** How often, 100 ms apart, an export is asked again while its analysis runs (the route itself waits ≤ 5 s). */
const ANALYSIS_ATTEMPTS = 300

/**
 * The export once its analysis is ready (`X-Analysis: ready`): on a loaded machine the analysis of a fresh
 * test network can take longer than the route's own wait, and a pending file has empty metric columns.
 */
export async function untilAnalysed(api: TestApi, pathAndQuery: string): Promise<Response> {
  for (let attempt = 0; attempt < ANALYSIS_ATTEMPTS; attempt++) {
    const response = await api.app.request(`/api/export/${pathAndQuery}`)
    if (response.status !== 200)
      throw new Error(`${pathAndQuery}: ${response.status} ${await response.text()}`)
    if (response.headers.get('x-analysis') === 'ready') return response
    await response.arrayBuffer()
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${pathAndQuery}: the analysis never became ready`)
}

/**
 * Every peer file for one filter query (`''` or `topic=housing`), in a fresh folder, each with the analysis
 * ready: a file that went out while it was pending is asked for again, not kept.
 */
export async function downloadAll(api: TestApi, filters = ''): Promise<string> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'netzwerkatlas-export-'))
  for (const [name, format] of Object.entries(PEER_FILES)) {
    const joiner = format.includes('?') ? '&' : '?'
    const query = filters === '' ? format : `${format}${joiner}${filters}`
    const response = await untilAnalysed(api, query)
    fs.writeFileSync(path.join(folder, name), Buffer.from(await response.arrayBuffer()))
  }
  return folder
}

export function run(command: string, args: string[]): { stdout: string; stderr: string } {
  const stderrFile = path.join(os.tmpdir(), `netzwerkatlas-peer-${process.pid}-${Date.now()}.err`)
  const stderrFd = fs.openSync(stderrFile, 'w')
  try {
    const stdout = execFileSync(command, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', stderrFd],
      // eslint-disable-next-line n/no-process-env -- the peer tools need PATH; UTF-8 for R's output
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
      maxBuffer: 256 * 1024 * 1024,
    })
    return { stdout, stderr: fs.readFileSync(stderrFile, 'utf8') }
  } finally {
    fs.closeSync(stderrFd)
    fs.rmSync(stderrFile, { force: true })
  }
}

interface NetworkxRead {
  nodes: number
  edges: number
  directed: boolean
  graph: Record<string, unknown>
  node_data: Record<string, Record<string, unknown>>
  edge_data: Record<string, Record<string, unknown>>
}

export interface PeerRead {
  graphml: NetworkxRead
  gexf: NetworkxRead
  node_link: NetworkxRead
  igraph: {
    vcount: number
    ecount: number
    labels: Record<string, string>
    lon: Record<string, number | null>
  }
  csv: { nodes: Record<string, string>[]; edges: Record<string, string>[]; node_columns: string[] }
}

export function readWithPython(folder: string): PeerRead {
  return JSON.parse(run(PYTHON, [path.join(PEER, 'read_exports.py'), folder]).stdout) as PeerRead
}

/** The `tag\tid\tvalue` lines an R script prints, as id → value. */
const taggedValues = (stdout: string, tag: string) =>
  Object.fromEntries(
    stdout
      .split('\n')
      .filter((row) => row.startsWith(`${tag}\t`))
      .map((row) => row.split('\t').slice(1, 3) as [string, string]),
  )

const countOf = (stdout: string, name: string) =>
  Number(new RegExp(`^${name} (\\S+)`, 'm').exec(stdout)?.[1])

export function readWithR(file: string) {
  const { stdout } = run('Rscript', [path.join(PEER, 'read_graphml.R'), file])
  const labels = taggedValues(stdout, 'label')
  return { vcount: countOf(stdout, 'vcount'), ecount: countOf(stdout, 'ecount'), labels }
}

/** A CSV export as base R's read.csv reads it: the row count and one column's value per id. */
export function readCsvWithR(file: string, column: string) {
  const { stdout } = run('Rscript', [path.join(PEER, 'read_csv.R'), file, column])
  return { rows: countOf(stdout, 'rows'), values: taggedValues(stdout, 'row') }
}

export function validateXml(schema: 'gexf-1.3/gexf.xsd' | 'graphml-1.0/graphml.xsd', file: string) {
  return run('xmllint', ['--nonet', '--noout', '--schema', path.join(SCHEMAS, schema), file])
}
