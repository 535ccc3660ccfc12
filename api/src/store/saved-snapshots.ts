/**
 * The JSON chunks of a snapshot (snapshot-read.ts) saved in a folder under DATA_DIR, so that a restart on
 * unchanged data decodes them from a file instead of asking PostgreSQL to write ~200 MB of JSON again
 * (ADR 0008).
 *
 * A file is named by its key (database id, data version, the queries' identity): every write bumps the data
 * version (store.write), so a key names exactly one content. The header repeats the key and gives each
 * chunk's length; a file whose key or lengths do not match (truncated, foreign, damaged) is not used. Only
 * the newest file is kept.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export interface RecordChunks {
  actors: readonly string[]
  relationships: readonly string[]
}

export interface SavedSnapshots {
  load(key: string): RecordChunks | undefined
  /** A failure (full disk, read-only folder) only costs the next start its time. */
  save(key: string, chunks: RecordChunks): void
}

interface Header {
  key: string
  actors: number[]
  relationships: number[]
}

const SUFFIX = '.snapshot'

export function savedSnapshotsIn(folder: string): SavedSnapshots {
  const fileOf = (key: string) =>
    path.join(folder, `${createHash('sha256').update(key).digest('hex')}${SUFFIX}`)
  return {
    load(key) {
      let file: Buffer
      try {
        file = fs.readFileSync(fileOf(key))
      } catch {
        return undefined
      }
      try {
        const newline = file.indexOf(0x0a)
        const header = JSON.parse(file.toString('utf8', 0, newline)) as Header
        const lengths = [...header.actors, ...header.relationships]
        const total = lengths.reduce((sum, length) => sum + length, newline + 1)
        if (header.key !== key || total !== file.byteLength) return undefined
        let offset = newline + 1
        const read = (length: number) => file.toString('utf8', offset, (offset += length))
        return { actors: header.actors.map(read), relationships: header.relationships.map(read) }
      } catch {
        return undefined
      }
    },
    save(key, chunks) {
      try {
        fs.mkdirSync(folder, { recursive: true })
        const actors = chunks.actors.map((chunk) => Buffer.from(chunk))
        const relationships = chunks.relationships.map((chunk) => Buffer.from(chunk))
        const header: Header = {
          key,
          actors: actors.map((bytes) => bytes.byteLength),
          relationships: relationships.map((bytes) => bytes.byteLength),
        }
        // Written aside, then renamed: a process killed half-way leaves no truncated file behind.
        const partial = `${fileOf(key)}.${process.pid}.tmp`
        const fd = fs.openSync(partial, 'w')
        try {
          fs.writeSync(fd, `${JSON.stringify(header)}\n`)
          for (const bytes of [...actors, ...relationships]) fs.writeSync(fd, bytes)
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
