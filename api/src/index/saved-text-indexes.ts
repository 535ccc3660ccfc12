/**
 * Text indexes saved in a folder (under DATA_DIR), so a restart on unchanged data loads the index instead of
 * building it: at 100k actors loading takes about a third of the time of building.
 *
 * Each file is named by the hash of everything indexed (see text-index.ts), so a file can never answer for
 * other data: changed data has another name and is built afresh. Only the newest file is kept.
 */
import fs from 'node:fs'
import path from 'node:path'

export interface SavedTextIndexes {
  /** The serialised index for this content hash, if one was saved. */
  load(contentHash: string): string | undefined
  /** Saves it and removes older ones; a failure (full disk, read-only folder) only costs the next start time. */
  save(contentHash: string, json: string): void
}

const SUFFIX = '.minisearch.json'

export function savedTextIndexesIn(folder: string): SavedTextIndexes {
  const fileOf = (contentHash: string) => path.join(folder, `${contentHash}${SUFFIX}`)
  return {
    load(contentHash) {
      try {
        return fs.readFileSync(fileOf(contentHash), 'utf8')
      } catch {
        return undefined
      }
    },
    save(contentHash, json) {
      try {
        fs.mkdirSync(folder, { recursive: true })
        // Written aside, then renamed: a start killed half-way leaves no truncated index behind.
        const partial = `${fileOf(contentHash)}.${process.pid}.tmp`
        fs.writeFileSync(partial, json)
        fs.renameSync(partial, fileOf(contentHash))
        for (const name of fs.readdirSync(folder)) {
          if (name !== path.basename(fileOf(contentHash))) fs.rmSync(path.join(folder, name))
        }
      } catch {
        // Not saved: the next start builds the index again, which is all a saved index saves.
      }
    },
  }
}
