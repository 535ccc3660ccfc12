/** The shape of one bench run, as written to bench/results/<timestamp>.json. */
import type { ApiExit } from './api-process.ts'
import type { BoundedWork } from './bounded-work.ts'
import type { Comparison } from './compare.ts'
import type { LoadSummary } from './load.ts'
import type { MachineFacts } from './machine.ts'
import type { ProcessMemory } from './memory.ts'
import type { ScaleId } from './scales.ts'
import type { StartUpSample } from './start-up.ts'
import type { SuiteResult } from './suite.ts'

export interface TargetCheck {
  name: string
  target: string
  measured: string
  isMet: boolean
}

export interface Shutdown extends ApiExit {
  ms: number
}

export interface RouteLoad extends LoadSummary {
  bodyBytes: number
}

export interface ScaleLoad {
  /** The start of the process that took the load (LOG_LEVEL=warn), for information. */
  start: StartUpSample
  /** 1/5/15-minute load average right before the load test. */
  loadAverageBefore: number[]
  network: Comparison
  /** Right after the /api/network comparison, before the other routes. */
  memoryAfterNetworkLoad: ProcessMemory
  /** Other routes, for information (no baseline). */
  routes: Record<string, RouteLoad>
  /** Uncached bboxes, health under uncacheable load, hostile text (bounded-work.ts). */
  boundedWork: BoundedWork
  memoryAfterLoad: ProcessMemory
}

export interface ScaleResult {
  scale: ScaleId
  description: string
  env: Record<string, string>
  dataDir: string
  /** `counts` from GET /api/meta: published actors and relationships. */
  counts: { actors: number; relationships: number; raw: unknown }
  /** The start that created the data directory (initdb, generation, import); null when it was warm. */
  coldStart: StartUpSample | null
  warmStarts: StartUpSample[]
  /** Spawn → first 200 of /api/network over the warm starts. */
  warmStartUp: { medianMs: number; maxMs: number; samplesMs: number[] } | null
  memory: {
    /** Max over the warm starts, right after the server printed its URL. */
    rssAtListeningMb: number
    /** Max over the warm starts, after the first /api/network (its body is built lazily). */
    rssAfterFirstNetworkMb: number
    /** Peak RSS during start-up (VmHWM), max over the warm starts. */
    hwmMb: number
    /** PostgreSQL's processes (sum of PSS), information only. */
    postgresPssMb: number
  } | null
  shutdowns: Shutdown[]
  load: ScaleLoad | null
  targets: TargetCheck[]
  error?: string
}

export interface BenchResults {
  startedAt: string
  finishedAt: string
  command: string
  machine: MachineFacts
  settings: {
    loadClient: string
    connections: number
    pipelining: number
    warmStarts: number
    requestHeaders: unknown
  }
  scales: ScaleResult[]
  suites: SuiteResult[]
}
