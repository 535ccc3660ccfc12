/**
 * The first start: `initdb` in a staging folder beside the data folder, renamed into place only when complete,
 * after the credentials file is written atomically. A start killed at any point leaves either no database (the
 * next start cleans up and initialises again) or a complete one with its credentials: never half of it.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { DataDirError } from './data-dir.ts'
import type { PostgresLog } from './postgres-log.ts'
import { isRelocated, type RunAs } from './postgres-user.ts'

export const SUPERUSER = 'netzwerkatlas'

interface Credentials {
  password: string
}

interface Layout {
  initdb: string
  dataDir: string
  baseDir: string
  runAs: RunAs | null
  log: PostgresLog
}

const credentialsFileOf = (baseDir: string) => path.join(baseDir, 'postgres-credentials.json')
const stagingPrefixOf = (dataDir: string) => `${path.basename(dataDir)}.init-`

/** Returns the superuser password of the database in `dataDir`, creating the database first if needed. */
export async function ensureInitialised(layout: Layout): Promise<Credentials> {
  const { dataDir, baseDir, log } = layout
  removeLeftovers(layout)
  const credentialsFile = credentialsFileOf(baseDir)
  const hasDatabase = fs.existsSync(path.join(dataDir, 'PG_VERSION'))
  const hasCredentials = fs.existsSync(credentialsFile)
  if (hasDatabase && hasCredentials)
    return JSON.parse(fs.readFileSync(credentialsFile, 'utf8')) as Credentials
  if (hasDatabase && !isRelocated(dataDir, baseDir)) {
    throw new DataDirError(
      `${credentialsFile} is missing, so the database in ${dataDir} cannot be opened: ` +
        'restore the file, or move the database folder away to start with a fresh one',
    )
  }
  if (!isEmptyOrMissing(dataDir)) {
    // A relocated database whose DATA_DIR was deleted (to start afresh?), or a folder that is no database:
    // kept under another name, never deleted, since we cannot know what it is worth to someone.
    const keptAs = `${dataDir}.set-aside-${new Date().toISOString().replaceAll(':', '-')}`
    fs.renameSync(dataDir, keptAs)
    log(
      'warn',
      `${dataDir} has no credentials in ${baseDir} (was DATA_DIR deleted?): starting a fresh ` +
        `database; the old folder is kept as ${keptAs}`,
    )
  }
  return initialise(layout, credentialsFile)
}

/** Staging folders and credential drafts of a start that was killed. We hold the lock: nobody else is starting. */
function removeLeftovers({ dataDir, baseDir }: Layout) {
  const parent = path.dirname(dataDir)
  for (const name of fs.existsSync(parent) ? fs.readdirSync(parent) : []) {
    if (name.startsWith(stagingPrefixOf(dataDir)))
      fs.rmSync(path.join(parent, name), { recursive: true, force: true })
  }
  const draftPrefix = `${path.basename(credentialsFileOf(baseDir))}.draft-`
  for (const name of fs.readdirSync(baseDir)) {
    if (name.startsWith(draftPrefix)) fs.rmSync(path.join(baseDir, name), { force: true })
  }
  // The pid file of the lock this one replaces (docs/decisions/0005-data-folder-lock.md).
  fs.rmSync(path.join(baseDir, 'owner.pid'), { force: true })
}

function isEmptyOrMissing(dir: string): boolean {
  if (!fs.existsSync(dir)) return true
  if (fs.readdirSync(dir).length > 0) return false
  fs.rmdirSync(dir)
  return true
}

async function initialise(layout: Layout, credentialsFile: string): Promise<Credentials> {
  const { dataDir, runAs } = layout
  const parent = path.dirname(dataDir)
  fs.mkdirSync(parent, { recursive: true, mode: 0o755 })
  const staging = path.join(parent, stagingPrefixOf(dataDir) + randomBytes(4).toString('hex'))
  fs.mkdirSync(staging, { mode: 0o700 })
  if (runAs) fs.chownSync(staging, runAs.uid, runAs.gid)

  const credentials: Credentials = { password: randomBytes(24).toString('base64url') }
  try {
    await runInitdb(layout.initdb, staging, credentials.password, runAs)
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true })
    throw error
  }
  writeAtomically(credentialsFile, JSON.stringify(credentials))
  fs.renameSync(staging, dataDir)
  syncFolder(parent)
  return credentials
}

/**
 * The password goes to initdb's prompt on stdin, so it never sits in a file of its own. detached: with no
 * controlling terminal, initdb reads the prompt answers from stdin instead of /dev/tty.
 */
function runInitdb(initdb: string, dataDir: string, password: string, runAs: RunAs | null) {
  const args = ['-D', dataDir, '-U', SUPERUSER, '--pwprompt', '--auth=scram-sha-256']
  const child = spawn(initdb, [...args, '-E', 'UTF8', '--no-locale'], {
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(runAs ?? {}),
  })
  // If we are stopped meanwhile, initdb removes its half-made folder on SIGTERM.
  const stopOnExit = () => child.kill('SIGTERM')
  process.on('exit', stopOnExit)
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stdin.end(`${password}\n${password}\n`)
  return new Promise<void>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      process.off('exit', stopOnExit)
      if (code === 0) resolve()
      else reject(new Error(`initdb failed (${code ?? signal}): ${output.trim()}`))
    })
  })
}

/** Write, fsync, rename: a reader sees the old file or the whole new one. Mode 600: it holds the password. */
function writeAtomically(file: string, text: string) {
  const draft = `${file}.draft-${process.pid}`
  const fd = fs.openSync(draft, 'w', 0o600)
  try {
    fs.writeSync(fd, text)
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  fs.renameSync(draft, file)
  syncFolder(path.dirname(file))
}

function syncFolder(dir: string) {
  const fd = fs.openSync(dir, 'r')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}
