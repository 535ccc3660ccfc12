/**
 * Writes a run to bench/results/: `<timestamp>.json` with every detail, and `latest.md` with the summary.
 * Each file goes through a `.tmp` sibling (git-ignored) and a rename, so an interrupted run leaves no half file.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { BenchResults } from './results.ts'
import { renderSummary } from './summary.ts'

const resultsDir = path.resolve(import.meta.dirname, '../results')

function writeAtomically(file: string, text: string) {
  const temporary = `${file}.tmp`
  fs.writeFileSync(temporary, text)
  fs.renameSync(temporary, file)
}

/** Returns the summary it wrote, for the console. */
export function writeResults(results: BenchResults): { jsonFile: string; summary: string } {
  fs.mkdirSync(resultsDir, { recursive: true })
  // Colons are not allowed in file names everywhere (Windows checkouts): 2026-11-25T15-40-31Z.
  const stamp = results.startedAt.replace(/\.\d+Z$/, 'Z').replaceAll(':', '-')
  const jsonFile = path.join(resultsDir, `${stamp}.json`)
  const relative = path.relative(path.resolve(resultsDir, '../..'), jsonFile)
  writeAtomically(jsonFile, `${JSON.stringify(results, null, 2)}\n`)
  const summary = renderSummary(results, relative)
  writeAtomically(path.join(resultsDir, 'latest.md'), summary)
  return { jsonFile: relative, summary }
}
