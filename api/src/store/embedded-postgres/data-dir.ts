/**
 * DATA_DIR must be a folder we can create and write, checked before anything else touches it: a bad one ends
 * the start with one line that names it, instead of a stack trace (or, for /proc/x, a busy loop).
 */
import fs from 'node:fs'
import path from 'node:path'

/** A start-up failure the operator can fix; its message is the whole story, one line, no stack. */
export class DataDirError extends Error {
  override name = 'DataDirError'
}

export const lockFileOf = (baseDir: string) => path.join(baseDir, 'netzwerkatlas.lock')

/** Creates DATA_DIR if missing and proves that we can write in it (by opening the lock file). */
export function ensureUsableDataDir(baseDir: string): void {
  try {
    makeDirectories(baseDir)
  } catch (error) {
    throw new DataDirError(`DATA_DIR ${baseDir} is unusable: ${reasonOf(error)}`, { cause: error })
  }
  try {
    fs.closeSync(fs.openSync(lockFileOf(baseDir), 'a', 0o600))
  } catch (error) {
    const reason = `cannot create files in it (${(error as NodeJS.ErrnoException).code ?? String(error)})`
    throw new DataDirError(`DATA_DIR ${baseDir} is unusable: ${reason}`, { cause: error })
  }
}

/**
 * `mkdir -p` one level at a time. WARNING: fs.mkdirSync(…, { recursive: true }) loops for ever under /proc
 * (ENOENT on a parent that exists), blocking even SIGTERM.
 */
function makeDirectories(dir: string): void {
  const missing: string[] = []
  let current = path.resolve(dir)
  for (;;) {
    const stat = fs.statSync(current, { throwIfNoEntry: false })
    if (stat) {
      if (!stat.isDirectory())
        throw Object.assign(new Error(`${current} is not a folder`), { code: 'ENOTDIR' })
      break
    }
    missing.unshift(current)
    const parent = path.dirname(current)
    if (parent === current) break
    current = parent
  }
  for (const folder of missing) fs.mkdirSync(folder)
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  const known: Record<string, string> = {
    ENOENT: 'it cannot be created there',
    ENOTDIR: 'it or one of its parents is a file, not a folder',
    EACCES: 'no permission to write there',
    EPERM: 'no permission to write there',
    EROFS: 'it is on a read-only file system',
  }
  const text = (code && known[code]) ?? (error instanceof Error ? error.message : String(error))
  return code ? `${text} (${code})` : text
}
