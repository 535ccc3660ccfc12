/** Runs a peer script with Debian's Python (networkx, python-igraph), JSON in and out. */
import { execFileSync } from 'node:child_process'
import path from 'node:path'

const PYTHON = '/usr/bin/python3'

export function runPeer<T>(script: string, input: unknown): T {
  const output = execFileSync(PYTHON, [path.join(import.meta.dirname, script)], {
    input: JSON.stringify(input),
    maxBuffer: 512 * 1024 * 1024,
  })
  return JSON.parse(output.toString()) as T
}

export interface PeerFigures {
  edges: [number, number][]
  degree: number[]
  betweenness: number[]
  igraphBetweenness: number[]
  closeness: number[]
  pageRank: number[]
  igraphPageRank: number[]
  components: number[][]
  articulationPoints: number[]
  bridges: [number, number][]
  averageClustering: number
  density: number
  louvainModularity: number
  modularityOfPartition?: number
  pathLengths: number[][]
}
