/**
 * Large compressed response bodies saved in a folder (under DATA_DIR), so that a restart on unchanged data
 * answers its first GET /api/network from a file instead of building and compressing megabytes (at 100k
 * actors ~5 s of start-up, ADR 0008), even before its index is built (ADR 0016).
 *
 * A body is named by its cache key (database id, data version, URL, coding) and by the response format that
 * made it (`codeIdentity`, caching.ts bodyFormatIdentity): other data, another URL or another format never
 * find it. Each file starts with that full name and the body's length and hash, checked on every load, so a
 * truncated, corrupted or foreign file is ignored (and the body made again). Only the newest few are kept.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export interface SavedBodies {
  /** The saved bytes of this coded cache key, if a complete file of exactly this key and code exists. */
  load(codedKey: string): Uint8Array<ArrayBuffer> | undefined
  /** Saves them if they are worth a file; a failure (full disk, read-only folder) only costs the next start its time. */
  save(codedKey: string, bytes: Uint8Array): void
}

/** Compressed bodies from this size on are worth a file: smaller ones are made again in milliseconds. */
const SAVED_MIN_BYTES = 256 * 1024

const SUFFIX = '.body'
/** Bodies of other data versions are useless after a write; a few cover the default views of one version. */
const KEPT_FILES = 8

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

export function savedBodiesIn(
  folder: string,
  codeIdentity: string,
  /** Smaller bodies are not saved; tests save small ones to see them come back. */
  { minBytes = SAVED_MIN_BYTES }: { minBytes?: number } = {},
): SavedBodies {
  const nameOf = (codedKey: string) => `${codeIdentity} ${codedKey}`
  const fileOf = (codedKey: string) => path.join(folder, `${sha256(nameOf(codedKey))}${SUFFIX}`)
  const headerOf = (codedKey: string, bytes: Uint8Array) =>
    `${JSON.stringify({ name: nameOf(codedKey), length: bytes.byteLength, sha256: sha256(bytes) })}\n`

  return {
    load(codedKey) {
      let file: Buffer
      try {
        file = fs.readFileSync(fileOf(codedKey))
      } catch {
        return undefined
      }
      const newline = file.indexOf(0x0a)
      if (newline < 0) return undefined
      try {
        const header = JSON.parse(file.subarray(0, newline).toString()) as Record<string, unknown>
        const bytes = new Uint8Array(file.subarray(newline + 1))
        const isComplete =
          header.name === nameOf(codedKey) &&
          header.length === bytes.byteLength &&
          header.sha256 === sha256(bytes)
        return isComplete ? bytes : undefined
      } catch {
        return undefined
      }
    },
    save(codedKey, bytes) {
      if (bytes.byteLength < minBytes) return
      try {
        fs.mkdirSync(folder, { recursive: true })
        // Written aside, then renamed: a process killed half-way leaves no truncated body behind.
        const partial = `${fileOf(codedKey)}.${process.pid}.tmp`
        fs.writeFileSync(partial, headerOf(codedKey, bytes))
        fs.appendFileSync(partial, bytes)
        fs.renameSync(partial, fileOf(codedKey))
        removeAllButNewest(folder)
      } catch {
        // Not saved: the next start makes the body again, which is all a saved body saves.
      }
    },
  }
}

function removeAllButNewest(folder: string) {
  const files = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(SUFFIX))
    .map((name) => ({ name, modified: fs.statSync(path.join(folder, name)).mtimeMs }))
    .sort((a, b) => b.modified - a.modified)
  for (const { name } of files.slice(KEPT_FILES))
    fs.rmSync(path.join(folder, name), { force: true })
}
