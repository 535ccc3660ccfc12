// The production path on an older server: runs the store and API tests again, against Debian's PostgreSQL 15
// through DATABASE_URL (as a deployment would), with a role and password made for this run only.
import { randomBytes } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { ensurePnpm, run } from './tooling.mjs'

const ROLE = 'netzwerkatlas_ci'
const password = randomBytes(18).toString('hex')

function psql(sql) {
  run('runuser', ['-u', 'postgres', '--', 'psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1'], {
    input: sql,
    stdio: ['pipe', 'inherit', 'inherit'],
  })
}

/** Test databases an interrupted run left behind, then the role that owned them. */
function dropLeftovers() {
  psql(
    `SELECT format('DROP DATABASE %I WITH (FORCE)', datname) FROM pg_database WHERE datname LIKE 'nwa\\_%' \\gexec`,
  )
  psql(`DROP ROLE IF EXISTS ${ROLE}`)
}

const status = spawnSync('pg_ctlcluster', ['15', 'main', 'status'])
if (status.status !== 0) run('pg_ctlcluster', ['15', 'main', 'start'])
dropLeftovers()
psql(`CREATE ROLE ${ROLE} LOGIN CREATEDB PASSWORD '${password}'`)

const version = spawnSync(
  'runuser',
  ['-u', 'postgres', '--', 'psql', '-X', '-tAc', 'SHOW server_version'],
  {
    encoding: 'utf8',
  },
)
console.log(`Store and API tests on PostgreSQL ${version.stdout.trim()} (DATABASE_URL)`)
try {
  run(ensurePnpm(), ['--filter', '@netzwerkatlas/api', 'test'], {
    env: { ...process.env, DATABASE_URL: `postgres://${ROLE}:${password}@127.0.0.1:5432/postgres` },
  })
} finally {
  dropLeftovers()
}
