import net from 'node:net'
import { problemTypes } from '@netzwerkatlas/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeActor, testDataset } from './support/builders.ts'
import { rawExchange, rawProblem, serveOnPort, type ServedApp } from './support/http-server.ts'
import { startTestApi, testConfig, type TestApi } from './support/test-api.ts'

let api: TestApi
let served: ServedApp
const limits = {
  ...testConfig.connections,
  headersTimeoutMs: 1000,
  requestTimeoutMs: 2000,
  maxConnections: 5,
}
beforeAll(async () => {
  api = await startTestApi(testDataset([makeActor({ id: 'demo-a' })]))
  served = await serveOnPort(api.app.fetch, limits)
})
afterAll(async () => {
  await served.close()
  await api.close()
})

const openIdleSocket = () =>
  new Promise<net.Socket>((resolve) => {
    const socket = net.connect(served.port, '127.0.0.1', () => resolve(socket))
    socket.on('error', () => undefined)
  })

describe('connection hygiene', () => {
  it('answers a malformed request line with 400 problem+json and closes', async () => {
    const { text } = await rawExchange(served.port, 'NOT HTTP AT ALL\r\n\r\n')
    expect(rawProblem(text)).toMatchObject({
      status: 400,
      contentType: 'application/problem+json',
      body: { status: 400, type: problemTypes.badRequest },
    })
  })

  it('answers headers larger than Node accepts with 431 problem+json', async () => {
    const response = await fetch(`${served.url}/api/meta`, {
      headers: { 'X-Padding': 'x'.repeat(20_000) },
    })
    expect(response.status).toBe(431)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.json()).toMatchObject({ status: 431, type: problemTypes.headersTooLarge })
  })

  it('closes a client that sends its headers too slowly, with 408 problem+json', async () => {
    const { text, closedAfterMs } = await rawExchange(
      served.port,
      'GET /api/meta HTTP/1.1\r\nHost: localhost\r\n',
    )
    expect(rawProblem(text)).toMatchObject({ status: 408, body: { status: 408 } })
    expect(closedAfterMs).toBeGreaterThanOrEqual(limits.headersTimeoutMs - 100)
    expect(closedAfterMs).toBeLessThan(limits.headersTimeoutMs + 3000)
  })

  it('closes connections beyond MAX_CONNECTIONS at once and serves again when they are gone', async () => {
    const held = await Promise.all(Array.from({ length: limits.maxConnections }, openIdleSocket))
    const { text, closedAfterMs } = await rawExchange(
      served.port,
      'GET /api/meta HTTP/1.1\r\nHost: localhost\r\n\r\n',
    )
    expect(text).toBe('')
    expect(closedAfterMs).toBeLessThan(1000)
    for (const socket of held) socket.destroy()
    await expect
      .poll(async () => (await fetch(`${served.url}/api/meta`).catch(() => undefined))?.status)
      .toBe(200)
  })
})
