// The production path on an older server: runs the store and API tests again, against Debian's PostgreSQL 15
// through DATABASE_URL (as a deployment would), with a role and password made for this run only.
// The server may be shared (other checkouts, other runs): this run names its role and every test database with
// its own random prefix and drops only those, also when the tests fail or the run is interrupted.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import { ensurePnpm, repositoryRoot, run } from './tooling.mjs'

const runId = randomBytes(4).toString('hex')
const ROLE = `netzwerkatlas_ci_${runId}`
const DATABASE_PREFIX = `nwa_ci${runId}_`
const password = randomBytes(18).toString('hex')

function psql(sql) {
  run('runuser', ['-u', 'postgres', '--', 'psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1'], {
    input: sql,
    stdio: ['pipe', 'inherit', 'inherit'],
  })
}

/** This run's test databases (a vitest killed mid-run leaves them), then its role. */
function dropWhatThisRunCreated() {
  const prefixPattern = DATABASE_PREFIX.replaceAll('_', '\\_')
  psql(
    `SELECT format('DROP DATABASE %I WITH (FORCE)', datname) FROM pg_database WHERE datname LIKE '${prefixPattern}%' \\gexec`,
  )
  psql(`DROP ROLE IF EXISTS ${ROLE}`)
}

/**
 * Tests whose figures come from our code and the peer tools, not from SQL (the analysis against networkx and
 * igraph, the export files against their readers): the same on any server, so they run once, in npm test.
 */
const PURE_COMPUTE = [
  '--exclude',
  'test/analysis-*.test.ts',
  '--exclude',
  'test/export-formats.test.ts',
]

/** Runs the API tests as a child; SIGINT/SIGTERM reach it, and we wait for it so the cleanup can follow. */
function runApiTests(env) {
  return new Promise((resolve) => {
    const child = spawn(ensurePnpm(), ['--filter', '@netzwerkatlas/api', 'test', ...PURE_COMPUTE], {
      cwd: repositoryRoot,
      stdio: 'inherit',
      env,
    })
    const forward = (signal) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.on('error', (error) => {
      console.error(`pnpm: ${error.message}`)
      resolve(1)
    })
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve(code ?? 128 + (os.constants.signals[signal] ?? 0))
    })
  })
}

const status = spawnSync('pg_ctlcluster', ['15', 'main', 'status'])
if (status.status !== 0) run('pg_ctlcluster', ['15', 'main', 'start'])

const version = spawnSync(
  'runuser',
  ['-u', 'postgres', '--', 'psql', '-X', '-tAc', 'SHOW server_version'],
  { encoding: 'utf8' },
)
console.log(`Store and API tests on PostgreSQL ${version.stdout.trim()} (DATABASE_URL)`)

psql(`CREATE ROLE ${ROLE} LOGIN CREATEDB PASSWORD '${password}'`)
process.exitCode = 1 // until the tests report otherwise
try {
  process.exitCode = await runApiTests({
    ...process.env,
    DATABASE_URL: `postgres://${ROLE}:${password}@127.0.0.1:5432/postgres`,
    TEST_DATABASE_PREFIX: DATABASE_PREFIX,
  })
} finally {
  dropWhatThisRunCreated()
}
