/**
 * After a SIGKILL of our process its PostgreSQL keeps running and holds the data folder. We hold the data-folder
 * lock, so a live PostgreSQL of this folder is an orphan of an earlier run: we stop it. A pid in a stale
 * `postmaster.pid` that now names some other process is never signalled.
 */
import fs from 'node:fs'
import path from 'node:path'
import { isAlive, readPid } from './data-dir-lock.ts'
import type { PostgresLog } from './postgres-log.ts'

/** True only for a postmaster started as `postgres -D <dataDir> …`, as we start it. */
function isPostgresOf(pid: number, dataDir: string): boolean {
  let argv: string[]
  try {
    argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
  } catch {
    return false
  }
  const dataDirArgument = argv.indexOf('-D') + 1
  return (
    path.basename(argv[0] ?? '') === 'postgres' &&
    dataDirArgument > 0 &&
    path.resolve(argv[dataDirArgument] ?? '') === path.resolve(dataDir)
  )
}

export async function stopOrphanedPostgres(dataDir: string, log: PostgresLog): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  const pid = readPid(pidFile)
  if (pid === null || !isAlive(pid)) return
  if (!isPostgresOf(pid, dataDir)) {
    log(
      'warn',
      `${pidFile} names pid ${pid}, which is not a PostgreSQL of this data folder: ` +
        'leaving that process alone and removing the stale pid file',
    )
    fs.rmSync(pidFile, { force: true })
    return
  }
  log('warn', `stopping an orphaned PostgreSQL (pid ${pid}) left by an earlier run`)
  // Fast shutdown first (rolls back open sessions), immediate after 10 s, SIGKILL after 20 s.
  const hasStopped = await signalUntilGone(pid, [
    ['SIGINT', 0],
    ['SIGQUIT', 10_000],
    ['SIGKILL', 20_000],
  ])
  if (!hasStopped) throw new Error(`could not stop the orphaned PostgreSQL (pid ${pid})`)
}

/** Sends each signal at its delay while the process lives; resolves whether it is gone within 30 s. */
async function signalUntilGone(
  pid: number,
  schedule: [NodeJS.Signals, number][],
): Promise<boolean> {
  const startedAt = Date.now()
  const pending = [...schedule]
  while (Date.now() - startedAt < 30_000) {
    if (!isAlive(pid)) return true
    while (pending[0] && Date.now() - startedAt >= pending[0][1]) {
      const [signal] = pending.shift()!
      try {
        process.kill(pid, signal)
      } catch {
        return true
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return !isAlive(pid)
}
