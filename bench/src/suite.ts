/**
 * A feature's benchmark (map, analysis, partners, exports, writes …) beside the core scales. Each suite measures
 * against its own baseline in the same run (a peer tool, a linear scan, the same page without the feature) and
 * reports ratios and the targets; `npm run bench -- --suites=map,analysis` picks suites (`core` is the
 * start-up and load test of scales.ts).
 */
import type { BenchOptions } from './options.ts'
import type { TargetCheck } from './results.ts'

export interface SuiteResult {
  suite: string
  description: string
  /** Rows for the summary: what was measured, ours against the baseline. */
  rows: SuiteRow[]
  targets: TargetCheck[]
  /** Everything else worth keeping in the JSON file (samples, sizes, memory). */
  details: unknown
  error?: string
}

export interface SuiteRow {
  /** e.g. "10k/50k" */
  scale: string
  what: string
  ours: string
  baseline: string
  ratio: string
}

export interface BenchSuite {
  id: string
  description: string
  run(options: BenchOptions): Promise<Omit<SuiteResult, 'suite' | 'description' | 'error'>>
}
