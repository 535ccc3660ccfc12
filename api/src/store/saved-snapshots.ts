/**
 * A snapshot's records saved in a folder under DATA_DIR (in the compact form of snapshot-codec.ts), so that
 * a restart on unchanged data decodes them from a file instead of asking PostgreSQL for ~200 MB of JSON and
 * interning millions of strings again (ADR 0008).
 *
 * A file is named by its key (database id, data version, the read's identity): every write bumps the data
 * version (store.write), so a key names exactly one content. The header repeats the key and gives the
 * body's length; a file whose key or length does not match (truncated, foreign) or that does not parse is
 * not used. Only the newest file is kept.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { EncodedRecords } from './snapshot-codec.ts'

export interface SavedSnapshots {
  load(key: string): EncodedRecords | undefined
  /** A failure (full disk, read-only folder) only costs the next start its time. */
  save(key: string, records: () => EncodedRecords): void
}

interface Header {
  key: string
  length: number
}

const SUFFIX = '.snapshot.json'

export function savedSnapshotsIn(folder: string): SavedSnapshots {
  const fileOf = (key: string) =>
    path.join(folder, `${createHash('sha256').update(key).digest('hex')}${SUFFIX}`)
  return {
    load(key) {
      try {
        const file = fs.readFileSync(fileOf(key))
        const newline = file.indexOf(0x0a)
        const header = JSON.parse(file.toString('utf8', 0, newline)) as Header
        if (header.key !== key || header.length !== file.byteLength - newline - 1) return undefined
        return JSON.parse(file.toString('utf8', newline + 1)) as EncodedRecords
      } catch {
        return undefined
      }
    },
    save(key, records) {
      try {
        fs.mkdirSync(folder, { recursive: true })
        const body = Buffer.from(JSON.stringify(records()))
        const header: Header = { key, length: body.byteLength }
        // Written aside, then renamed: a process killed half-way leaves no truncated file behind.
        const partial = `${fileOf(key)}.${process.pid}.tmp`
        const fd = fs.openSync(partial, 'w')
        try {
          fs.writeSync(fd, `${JSON.stringify(header)}\n`)
          fs.writeSync(fd, body)
        } finally {
          fs.closeSync(fd)
        }
        fs.renameSync(partial, fileOf(key))
        for (const name of fs.readdirSync(folder)) {
          if (name !== path.basename(fileOf(key)))
            fs.rmSync(path.join(folder, name), { force: true })
        }
      } catch {
        // Not saved: the next start reads the database again.
      }
    },
  }
}
