/**
 * The data-folder lock: an exclusive flock(2) on DATA_DIR/netzwerkatlas.lock, held by a small `flock` child
 * for as long as we live. Node has no flock of its own; see docs/decisions/0005-data-folder-lock.md.
 *
 * The kernel drops the lock when its holder dies, so a SIGKILL leaves nothing stale: the child's stdin is a pipe
 * from us, and when we die (however) `cat` reads end-of-file and exits, releasing the lock.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { DataDirError, lockFileOf } from './data-dir.ts'

export interface DataDirLock {
  /** Releases the lock and resolves once the kernel has dropped it. */
  release(): Promise<void>
}

const CONFLICT_EXIT_CODE = 75
/** How long a loser waits for the winner to write its pid into the lock file. */
const OWNER_PID_WAIT_MS = 2_000

/** Takes the lock or throws a DataDirError "DATA_DIR is in use by pid N" at once. */
export async function lockDataDir(baseDir: string): Promise<DataDirLock> {
  const lockFile = lockFileOf(baseDir)
  const deadline = Date.now() + OWNER_PID_WAIT_MS
  for (;;) {
    const lock = await tryLock(lockFile)
    if (lock) {
      fs.writeFileSync(lockFile, `${process.pid}\n`)
      return lock
    }
    // The winner writes its pid right after it takes the lock: wait for a live pid, or for the lock to free up.
    const owner = readPid(lockFile)
    if (owner !== null && isAlive(owner))
      throw new DataDirError(`DATA_DIR is in use by pid ${owner}`)
    if (Date.now() > deadline) throw new DataDirError('DATA_DIR is in use by another process')
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

function tryLock(lockFile: string): Promise<DataDirLock | null> {
  // detached: a Ctrl-C in the terminal must not reach the holder (we may still be draining requests).
  const holder = spawn(
    'flock',
    [
      '--exclusive',
      '--nonblock',
      '--conflict-exit-code',
      String(CONFLICT_EXIT_CODE),
      lockFile,
      '-c',
      'echo locked; exec cat',
    ],
    { detached: true, stdio: ['pipe', 'pipe', 'pipe'] },
  )
  const exited = new Promise<number | null>((resolve) =>
    holder.once('exit', (code) => resolve(code)),
  )
  let stderr = ''
  holder.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve, reject) => {
    holder.once('error', (error) =>
      reject(new Error(`cannot run flock (util-linux): ${error.message}`)),
    )
    holder.stdout.once('data', () => {
      holder.unref()
      for (const stream of [holder.stdin, holder.stdout, holder.stderr]) unrefStream(stream)
      resolve({
        async release() {
          holder.ref() // else the process may end before the kernel has dropped the lock
          holder.stdin.end()
          await exited
        },
      })
    })
    void exited.then((code) => {
      if (code === CONFLICT_EXIT_CODE) resolve(null)
      else
        reject(
          new DataDirError(`DATA_DIR lock ${lockFile} failed: ${stderr.trim() || `exit ${code}`}`),
        )
    })
  })
}

/** The holder must not keep the event loop alive: the process ends when its work ends, and the lock with it. */
function unrefStream(stream: unknown) {
  ;(stream as { unref?: () => void } | null)?.unref?.()
}

export function readPid(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').split('\n')[0])
    return Number.isInteger(pid) && pid > 0 ? pid : null
  } catch {
    return null
  }
}

/** Alive and not a zombie (an orphan that exited stays one until its new parent reaps it, which may never be). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (error) {
    // EPERM: alive, but another user's (as the postgres user's server is when we run as root).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return false
  }
}
