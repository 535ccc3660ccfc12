/**
 * The analysis runs at the lowest priority (analysis-worker.ts): on a two-core machine its seconds of work on
 * both cores must not take the CPU from requests. On Linux a nice value belongs to a thread, so the test
 * finds the worker's thread among this process's and reads it there; the main thread keeps its priority.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { getPriority } from 'node:os'
import { describe, expect, it } from 'vitest'
import { startAnalysisWorker } from '../src/index/analysis/worker-entry.ts'

/** The nice value of each thread of this process (field 19 of /proc/<pid>/task/<tid>/stat). */
function threadNiceValues(): number[] {
  return readdirSync('/proc/self/task').map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')
    // The command name may hold spaces and parentheses: the fields after it start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return Number(fields[16])
  })
}

describe.runIf(process.platform === 'linux')('analysis priority', () => {
  it('runs the analysis worker at nice 19 and leaves the request thread alone', async () => {
    const before = threadNiceValues().filter((nice) => nice === 19).length
    const worker = startAnalysisWorker()
    try {
      await expect
        .poll(() => threadNiceValues().filter((nice) => nice === 19).length, { timeout: 15_000 })
        .toBeGreaterThan(before)
      expect(getPriority()).toBe(0)
    } finally {
      await worker.terminate()
    }
  })
})
