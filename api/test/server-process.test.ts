import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { DatasetSummary, MetaResponse } from '@netzwerkatlas/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runServer, runServerToExit } from './support/server-process.ts'

// The embedded default, whatever database the rest of the suite runs on.
// eslint-disable-next-line n/no-process-env -- the child gets our environment minus DATABASE_URL
const { DATABASE_URL: _production, ...environment } = process.env

let dataDir: string
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'netzwerkatlas-server-'))
  fs.chmodSync(dataDir, 0o755)
})
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

async function meta(url: string) {
  return (await (await fetch(`${url}/api/meta`)).json()) as MetaResponse
}

describe('the server process (npm start)', () => {
  it('starts on the embedded database, stops cleanly on SIGTERM, and a restart keeps the data without reloading it', async () => {
    const env = { ...environment, DATA_DIR: dataDir, DATASETS: 'press-release' }
    const first = await runServer(env)
    const health = await fetch(`${first.url}/api/health`)
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'ok' })
    const ready = await fetch(`${first.url}/api/health/ready`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toMatchObject({ status: 'ok', database: 'ok' })
    const live = await fetch(`${first.url}/api/health/live`)
    expect([live.status, await live.json()]).toEqual([200, { status: 'ok' }])
    const before = await meta(first.url)
    expect(before.counts.actors.real).toBe(10)
    expect(await first.stop('SIGTERM')).toBe(0)
    expect(first.output()).toContain('"msg":"stopped"')
    // PostgreSQL has stopped too: it removes its pid file on a clean shutdown.
    const postmasterPid = fs
      .readdirSync(dataDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('postmaster.pid'))
    expect(postmasterPid).toEqual([])

    const second = await runServer(env)
    const after = await meta(second.url)
    expect(after.dataVersion).toBe(before.dataVersion)
    expect(after.datasets.map((d: DatasetSummary) => d.loadedAt)).toEqual(
      before.datasets.map((d) => d.loadedAt),
    )
    expect(second.output()).not.toContain('dataset loaded')
    expect(await second.stop('SIGINT')).toBe(0)
  })

  it('refuses a bad configuration with one line per variable', async () => {
    const { code, stderr } = await runServerToExit({
      ...environment,
      DATA_DIR: dataDir,
      PORT: 'abc',
      DEMO_ACTORS: '-5',
      DATASETS: 'press-release,unknown',
    })
    expect(code).toBe(1)
    expect(stderr).toContain('Invalid configuration')
    for (const variable of ['PORT', 'DEMO_ACTORS', 'DATASETS']) expect(stderr).toContain(variable)
  })
})
