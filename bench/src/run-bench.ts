/**
 * `npm run bench`: start-up time, memory and GET /api/network throughput of the API at several data sizes,
 * against a bare node:http baseline serving the same bytes, all in one run. Writes bench/results/.
 */
import fs from 'node:fs'
import { stopAll } from './child-processes.ts'
import { machineFacts } from './machine.ts'
import { dataDirOf, measureScale } from './measure-scale.ts'
import { parseOptions, USAGE, type BenchOptions } from './options.ts'
import { writeResults } from './report.ts'
import type { BenchResults, ScaleResult } from './results.ts'
import { LOAD_CLIENT } from './load.ts'
import { SCALES } from './scales.ts'
import type { SuiteResult } from './suite.ts'
import { SUITES } from './suites/index.ts'
import { BROWSER_HEADERS } from './start-up.ts'

function onSignal(signal: NodeJS.Signals, exitCode: number) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers…`)
    void stopAll().finally(() => process.exit(exitCode))
  })
}

function readOptions(): BenchOptions {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(USAGE)
    process.exit(0)
  }
  try {
    return parseOptions(process.argv.slice(2), process.env)
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(2)
  }
}

function failedScale(scale: (typeof SCALES)[number], error: unknown): ScaleResult {
  return {
    scale: scale.id,
    description: scale.description,
    env: scale.env,
    dataDir: dataDirOf(scale),
    counts: { actors: 0, relationships: 0, raw: null },
    coldStart: null,
    warmStarts: [],
    warmStartUp: null,
    memory: null,
    shutdowns: [],
    load: null,
    targets: [],
    error: error instanceof Error ? error.message : String(error),
  }
}

async function runSuites(options: BenchOptions): Promise<SuiteResult[]> {
  const results: SuiteResult[] = []
  for (const suite of SUITES.filter((candidate) => options.suites.includes(candidate.id))) {
    const head = { suite: suite.id, description: suite.description }
    console.error(`[suite ${suite.id}] ${suite.description}`)
    try {
      results.push({ ...head, ...(await suite.run(options)) })
    } catch (error) {
      await stopAll()
      console.error(`[suite ${suite.id}] failed:`, error)
      const message = error instanceof Error ? error.message : String(error)
      results.push({ ...head, rows: [], targets: [], details: null, error: message })
    }
  }
  return results
}

async function main() {
  const options = readOptions()
  onSignal('SIGINT', 130)
  onSignal('SIGTERM', 143)
  const startedAt = new Date().toISOString()
  const machine = machineFacts()
  const scales = SCALES.filter((scale) => options.scales.includes(scale.id))
  console.error(
    `${USAGE}\nscales: ${options.scales.join(', ')} · ${machine.cores} cores · ${machine.cpuModel}`,
  )
  if (machine.loadAverage[0]! > 0.5) {
    console.error(
      `WARNING: load average ${machine.loadAverage[0]} before start: numbers may be skewed`,
    )
  }

  if (options.isFresh) {
    for (const scale of scales) fs.rmSync(dataDirOf(scale), { recursive: true, force: true })
  }

  const results: ScaleResult[] = []
  for (const scale of options.suites.includes('core') ? scales : []) {
    try {
      results.push(await measureScale(scale, options))
    } catch (error) {
      await stopAll()
      console.error(`[${scale.id}] failed:`, error)
      results.push(failedScale(scale, error))
    }
  }

  const suites = await runSuites(options)

  const report: BenchResults = {
    startedAt,
    finishedAt: new Date().toISOString(),
    command: ['npm run bench', ...process.argv.slice(2)].join(' '),
    machine,
    settings: {
      loadClient: LOAD_CLIENT,
      connections: options.connections,
      pipelining: 1,
      warmStarts: options.warmStarts,
      requestHeaders: BROWSER_HEADERS,
    },
    scales: results,
    suites,
  }
  const { jsonFile, summary } = writeResults(report)
  console.log(summary)
  console.error(`written: ${jsonFile} and bench/results/latest.md`)
  // Missed targets are results, not failures; a scale that could not be measured is.
  return [...results, ...suites].some((result) => result.error) ? 1 : 0
}

main()
  .then((code) => stopAll().then(() => process.exit(code)))
  .catch(async (error: unknown) => {
    console.error(error)
    await stopAll()
    process.exit(1)
  })
