/** The feature suites `npm run bench` runs after the core scales, in this order. One line per suite. */
import type { BenchSuite } from '../suite.ts'
import { exportsSuite } from './exports.ts'

export const SUITES: readonly BenchSuite[] = [exportsSuite]
