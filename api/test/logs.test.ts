import { createIndexHolder } from '../src/index/index-holder.ts'
import { Writable } from 'node:stream'
import pg from 'pg'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../src/app.ts'
import { geographyOf } from '../src/geography.ts'
import { buildNetworkIndex } from '../src/index/network-index.ts'
import { openStore } from '../src/store/store.ts'
import { makeActor, testDataset } from './support/builders.ts'
import { createTestDatabase } from './support/test-database.ts'
import { gazetteer, startTestApiWith, testConfig, type TestApi } from './support/test-api.ts'

/** A pino logger writing into an array, one parsed object per line. */
function capturedLogger(level: pino.Level) {
  const lines: Record<string, unknown>[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>)
      done()
    },
  })
  return { logger: pino({ level }, stream), lines }
}

describe('access logs', () => {
  let api: TestApi
  const { logger, lines } = capturedLogger('info')
  beforeAll(async () => {
    api = await startTestApiWith({ logger }, testDataset([makeActor({ id: 'demo-a' })]))
  })
  afterAll(() => api.close())

  it('leave successful requests out at the default level and log client errors', async () => {
    lines.length = 0
    for (let i = 0; i < 20; i++) expect((await api.app.request('/api/meta')).status).toBe(200)
    await api.app.request('/api/actors/gibt-es-nicht')
    expect(lines).toEqual([
      expect.objectContaining({ msg: 'request', status: 404, path: '/api/actors/gibt-es-nicht' }),
    ])
  })

  it('keep a well-formed X-Request-Id from the client', async () => {
    lines.length = 0
    const response = await api.app.request('/api/nothing', {
      headers: { 'X-Request-Id': 'client-id-123' },
    })
    expect(response.headers.get('x-request-id')).toBe('client-id-123')
    expect(lines[0]).toMatchObject({ requestId: 'client-id-123' })
  })

  it.each([
    ['too long', 'a'.repeat(65)],
    ['with spaces and quotes', 'forged" "level":"fatal'],
    ['with a fake log entry', 'x;{"msg":"admin logged in"}'],
  ])('replace an X-Request-Id %s before it reaches a log line', async (_name, forged) => {
    lines.length = 0
    const response = await api.app.request('/api/nothing', { headers: { 'X-Request-Id': forged } })
    const given = response.headers.get('x-request-id')
    expect(given).not.toBe(forged)
    expect(given).toMatch(/^[\w-]{1,64}$/)
    expect(lines[0]).toMatchObject({ requestId: given })
    expect(JSON.stringify(lines)).not.toContain(forged.slice(0, 20))
  })
})

describe('access logs at debug', () => {
  it('include successful requests', async () => {
    const { logger, lines } = capturedLogger('debug')
    const api = await startTestApiWith({ logger })
    try {
      await api.app.request('/api/meta')
      expect(lines).toContainEqual(
        expect.objectContaining({ level: 20, msg: 'request', status: 200, path: '/api/meta' }),
      )
    } finally {
      await api.close()
    }
  })
})

describe('database errors in logs', () => {
  it('log an unhandled error by kind, message and code, never the objects attached to it', async () => {
    const { logger, lines } = capturedLogger('info')
    const index = buildNetworkIndex(
      { databaseId: 'test', dataVersion: 1, actors: [], relationships: [], datasets: [] },
      geographyOf(gazetteer),
    )
    // What pg-pool does to an idle connection's error: the client, with its secret key, rides along.
    const failure = Object.assign(new Error('Connection terminated unexpectedly'), {
      code: '57P01',
      client: { connectionParameters: { password: 'hunter2' }, secretKey: 4711 },
    })
    const app = createApp({
      config: testConfig,
      indexHolder: createIndexHolder({
        ...index,
        meta: () => {
          throw failure
        },
      }),
      isDatabaseReachable: () => Promise.resolve(true),
      logger,
    })
    const response = await app.request('/api/meta')
    expect(response.status).toBe(500)
    const logged = lines.find((line) => line.msg === 'unhandled error')
    expect(logged).toMatchObject({
      err: { type: 'Error', message: 'Connection terminated unexpectedly', code: '57P01' },
    })
    for (const secret of ['hunter2', 'secretKey', '4711'])
      expect(JSON.stringify(lines)).not.toContain(secret)
  })

  it('carry no pg client, connection parameters or secret key', async () => {
    const database = await createTestDatabase()
    const { logger, lines } = capturedLogger('info')
    const errors: Error[] = []
    const store = await openStore({
      connectionString: database.connectionString,
      onPoolError: (error) => {
        errors.push(error)
        logger.warn({ err: error }, 'idle database connection failed')
      },
    })
    try {
      await store.dataVersion() // leaves an idle connection in the pool
      const admin = new pg.Client({ connectionString: database.connectionString })
      await admin.connect()
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      )
      await admin.end()
      await expect.poll(() => errors.length).toBeGreaterThan(0)
      expect(errors[0]).not.toHaveProperty('client')
      expect(errors[0]!.message).toMatch(/terminat/i)
      const logged = JSON.stringify(lines)
      expect(logged).toContain('idle database connection failed')
      for (const secret of ['secretKey', 'connectionParameters', 'password'])
        expect(logged).not.toContain(secret)
    } finally {
      await store.close()
      await database.drop()
    }
  })
})
