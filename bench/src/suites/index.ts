/** The feature suites `npm run bench` runs after the core scales, in this order. One line per suite. */
import type { BenchSuite } from '../suite.ts'
import { mapSuite } from './map.ts'
import { analysisSuite } from './analysis.ts'
import { partnersSuite } from './partners.ts'
import { exportsSuite } from './exports.ts'
import { graphSuite } from './graph.ts'
import { writesSuite } from './writes.ts'

export const SUITES: readonly BenchSuite[] = [
  mapSuite,
  analysisSuite,
  partnersSuite,
  exportsSuite,
  graphSuite,
  writesSuite,
]
