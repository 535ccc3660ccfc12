/**
 * The server process against kills, races and bad folders: the real bundled server (dist/server.mjs) on the
 * embedded PostgreSQL, killed with SIGKILL at many points. No timing asserts: each step waits for what it needs.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { MetaResponse } from '@netzwerkatlas/shared'
import { afterAll, describe, expect, it } from 'vitest'
import {
  killProcessesUsing,
  processesUsing,
  runServer,
  runServerToExit,
  spawnServer,
  type SpawnedServer,
} from './support/server-process.ts'

// The embedded default, whatever database the rest of the suite runs on.
// eslint-disable-next-line n/no-process-env -- the child gets our environment minus DATABASE_URL
const { DATABASE_URL: _production, ...environment } = process.env
const bundled = { bundled: true }
/** Many starts on a loaded machine: generous, since a slow start is no failure here. */
const MANY_STARTS_MS = 400_000
const FEW_STARTS_MS = 120_000

const dataDirs: string[] = []
afterAll(() => {
  for (const dir of dataDirs) {
    killProcessesUsing(dir)
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

function freshDataDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netzwerkatlas-safety-'))
  fs.chmodSync(dir, 0o755) // the postgres user must reach it when tests run as root
  dataDirs.push(dir)
  return dir
}

const envFor = (dataDir: string) => ({
  ...environment,
  DATA_DIR: dataDir,
  DATASETS: 'press-release',
})

async function getJson(url: string) {
  const response = await fetch(url)
  return { status: response.status, body: await response.json() }
}

const meta = async (url: string) => (await getJson(`${url}/api/meta`)).body as MetaResponse

const postmasterPidOf = (dataDir: string) =>
  Number(fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0])

// Generous: on a machine shared with other test runs a start can take a minute; the wait is not what is tested.
async function until<T>(probe: () => Promise<T | undefined> | T | undefined, what: string) {
  const deadline = Date.now() + 120_000
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

async function kill(server: SpawnedServer) {
  server.child.kill('SIGKILL')
  await server.exited
}

describe('the data folder lock', () => {
  it(
    'lets exactly one of three simultaneous starts run; the others exit at once naming its pid',
    async () => {
      const dataDir = freshDataDir()
      const starts = [1, 2, 3].map(() => spawnServer(envFor(dataDir), bundled))
      const outcomes = await Promise.all(
        starts.map((server) =>
          server.waitFor(/läuft auf (http:\/\/\S+)/).then(
            ([, url]) => ({ server, url }),
            async () => ({ server, code: await server.exited }),
          ),
        ),
      )
      const winners = outcomes.filter((outcome) => 'url' in outcome)
      expect(winners).toHaveLength(1)
      const winner = winners[0]!
      for (const loser of outcomes.filter((outcome) => 'code' in outcome)) {
        expect(loser.code).toBe(1)
        expect(loser.server.stderr().trim()).toBe(
          `DATA_DIR is in use by pid ${winner.server.child.pid}`,
        )
      }

      const late = await runServerToExit(envFor(dataDir), bundled)
      expect(late.code).toBe(1)
      expect(late.stderr.trim()).toBe(`DATA_DIR is in use by pid ${winner.server.child.pid}`)
      expect((await getJson(`${winner.url}/api/health/ready`)).status).toBe(200)
      winner.server.child.kill('SIGTERM')
      expect(await winner.server.exited).toBe(0)
    },
    FEW_STARTS_MS,
  )
})

describe('signals', () => {
  it(
    'leaves alone an unrelated process that a stale postmaster.pid names, and starts',
    async () => {
      const dataDir = freshDataDir()
      const first = await runServer(envFor(dataDir), bundled)
      expect(await first.stop('SIGTERM')).toBe(0)

      const unrelated = spawn('sleep', ['120'], { stdio: 'ignore' })
      try {
        fs.writeFileSync(
          path.join(dataDir, 'postgres', 'postmaster.pid'),
          `${unrelated.pid}\n${path.join(dataDir, 'postgres')}\n`,
        )
        const second = await runServer(envFor(dataDir), bundled)
        expect(second.output()).toContain('leaving that process alone')
        expect((await getJson(`${second.url}/api/health/ready`)).status).toBe(200)
        expect(unrelated.exitCode).toBeNull()
        expect(unrelated.signalCode).toBeNull()
        expect(await second.stop('SIGTERM')).toBe(0)
      } finally {
        unrelated.kill('SIGKILL')
      }
    },
    FEW_STARTS_MS,
  )
})

describe('kills', () => {
  it(
    'opens the folder after a first start was killed at each step of its initialisation, and leaves no password behind',
    async () => {
      const dataDir = freshDataDir()
      const database = path.join(dataDir, 'postgres')
      const stagingFolders = () =>
        fs
          .readdirSync(dataDir)
          .filter((name) => name.startsWith('postgres.init-'))
          .map((name) => path.join(dataDir, name))
      const has = (file: string) => fs.existsSync(file)
      const isInPlace = () => has(path.join(database, 'PG_VERSION'))
      // Each point is reached by a start that begins where the killed one before it stopped.
      const killPoints: [string, (server: SpawnedServer) => boolean][] = [
        ['initdb has begun', () => stagingFolders().length > 0 || isInPlace()],
        [
          'initdb wrote PG_VERSION',
          () => stagingFolders().some((dir) => has(path.join(dir, 'PG_VERSION'))) || isInPlace(),
        ],
        [
          'initdb wrote pg_control',
          () =>
            stagingFolders().some((dir) => has(path.join(dir, 'global/pg_control'))) || isInPlace(),
        ],
        ['the credentials are written', () => has(path.join(dataDir, 'postgres-credentials.json'))],
        ['the database is in place', isInPlace],
        ['PostgreSQL is starting', () => has(path.join(database, 'postmaster.pid'))],
        ['the datasets load', (server) => server.output().includes('embedded PostgreSQL ready')],
      ]
      for (const [point, isReached] of killPoints) {
        // A start may exit by itself before the point (e.g. while the killed one's lock is still being
        // released): start again. A bricked folder fails every start, so the wait below still catches it.
        let server = spawnServer(envFor(dataDir), bundled)
        let hasExited = false
        void server.exited.then(() => (hasExited = true))
        const earlyExits: string[] = []
        const reached = until(() => {
          if (isReached(server)) return true
          if (hasExited) {
            earlyExits.push(server.output().slice(-400))
            server = spawnServer(envFor(dataDir), bundled)
            hasExited = false
            void server.exited.then(() => (hasExited = true))
          }
          return undefined
        }, `the kill point "${point}"`)
        await reached.catch((error: Error) => {
          throw new Error(`${error.message}; starts that exited first: ${earlyExits.join(' | ')}`)
        })
        await kill(server)
      }

      const last = await runServer(envFor(dataDir), bundled)
      expect((await getJson(`${last.url}/api/health/ready`)).status).toBe(200)
      expect((await meta(last.url)).counts.actors.real).toBe(10)
      expect(await last.stop('SIGTERM')).toBe(0)

      const { password } = JSON.parse(
        fs.readFileSync(path.join(dataDir, 'postgres-credentials.json'), 'utf8'),
      ) as { password: string }
      const filesWithPassword = [os.tmpdir(), dataDir].flatMap((dir) =>
        fs
          .readdirSync(dir, { withFileTypes: true })
          .filter((entry) => entry.isFile() && entry.name !== 'postgres-credentials.json')
          .map((entry) => path.join(dir, entry.name))
          .filter((file) => fs.statSync(file).size < 1_000_000)
          .filter((file) => fs.readFileSync(file, 'utf8').includes(password)),
      )
      expect(filesWithPassword).toEqual([])
      expect(processesUsing(dataDir)).toEqual([])
    },
    MANY_STARTS_MS,
  )

  it(
    'keeps the data through 20 SIGKILLs of the server at any moment of its start or run',
    async () => {
      const dataDir = freshDataDir()
      const first = await runServer(envFor(dataDir), bundled)
      const before = await meta(first.url)
      await kill(first)
      for (let cycle = 1; cycle < 20; cycle += 1) {
        const server = spawnServer(envFor(dataDir), bundled)
        if (cycle % 4 === 0) await server.waitFor(/läuft auf/)
        else await new Promise((resolve) => setTimeout(resolve, (cycle * 173) % 1_500))
        await kill(server)
      }

      const last = await runServer(envFor(dataDir), bundled)
      const after = await meta(last.url)
      expect(after.dataVersion).toBe(before.dataVersion)
      expect(after.counts).toEqual(before.counts)
      expect(after.datasets.map((dataset) => dataset.loadedAt)).toEqual(
        before.datasets.map((dataset) => dataset.loadedAt),
      )
      expect(last.output()).not.toContain('dataset loaded')
      expect(await last.stop('SIGTERM')).toBe(0)
      expect(processesUsing(dataDir)).toEqual([])
    },
    MANY_STARTS_MS,
  )
})

describe('supervision', () => {
  it(
    'restarts a PostgreSQL killed under the running server, and exits non-zero once it cannot',
    async () => {
      const dataDir = freshDataDir()
      const server = await runServer(envFor(dataDir), bundled)
      const before = await meta(server.url)
      const firstPid = postmasterPidOf(dataDir)

      process.kill(firstPid, 'SIGKILL')
      await server.waitFor(/PostgreSQL restarted/)
      await until(async () => {
        const { status } = await getJson(`${server.url}/api/health/ready`)
        return status === 200 ? true : undefined
      }, 'readiness after the restart')
      expect(postmasterPidOf(dataDir)).not.toBe(firstPid)
      expect((await meta(server.url)).counts).toEqual(before.counts)

      // Now the data folder is gone: every restart fails, so the server must give up.
      const database = path.join(dataDir, 'postgres')
      const secondPid = postmasterPidOf(dataDir)
      fs.renameSync(database, `${database}-moved`)
      process.kill(secondPid, 'SIGKILL')
      // The pid tells this death from the first one, whose line is in the output already.
      await server.waitFor(new RegExp(`pid ${secondPid}\\) died \\(SIGKILL\\); restarting it`))
      expect((await getJson(`${server.url}/api/health/ready`)).status).toBe(503)
      expect((await getJson(`${server.url}/api/health/live`)).status).toBe(200)
      expect(await server.exited).toBe(1)
      expect(server.output()).toContain('could not be restarted')
    },
    FEW_STARTS_MS,
  )
})

describe('an unusable DATA_DIR', () => {
  const aFile = () => {
    const file = path.join(freshDataDir(), 'a-file')
    fs.writeFileSync(file, '')
    return file
  }
  it.each([
    ['a folder that cannot be created under /proc', () => '/proc/x'],
    ['a file instead of a folder', aFile],
    ['a path below a file', () => path.join(aFile(), 'var')],
    ['an existing folder nobody may write', () => '/proc/1'],
  ])('ends the start with one line naming it: %s', async (_case, dataDirOf) => {
    const dataDir = dataDirOf()
    const { code, stderr } = await runServerToExit(envFor(dataDir), bundled)
    expect(code).toBe(1)
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^DATA_DIR .+ is unusable: /)])
    expect(stderr).toContain(dataDir)
  })
})
