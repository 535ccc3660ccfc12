/**
 * WARNING: the API installs its SIGTERM handler only once it has started. A signal during start-up (Ctrl-C
 * in the middle of a bench) ends node at once and leaves its PostgreSQL running, holding the data directory.
 * After every stop we look for such a server in the data directory and shut it down (fast shutdown).
 */
import fs from 'node:fs'
import path from 'node:path'
import { commandLineOf } from './memory.ts'

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Returns the pid it stopped, or null if no PostgreSQL was left running in `dataDir`. */
export async function stopOrphanPostgres(dataDir: string): Promise<number | null> {
  const postgresDir = path.join(dataDir, 'postgres')
  let pid: number
  try {
    pid = Number(fs.readFileSync(path.join(postgresDir, 'postmaster.pid'), 'utf8').split('\n')[0])
  } catch {
    return null
  }
  // The pid file can outlive its server and the pid be reused: only signal our own postgres.
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null
  const commandLine = commandLineOf(pid)
  if (!commandLine.includes('postgres') || !commandLine.includes(postgresDir)) return null
  process.kill(pid, 'SIGINT')
  const deadline = performance.now() + 15_000
  while (isAlive(pid) && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  if (isAlive(pid)) process.kill(pid, 'SIGKILL')
  return pid
}
