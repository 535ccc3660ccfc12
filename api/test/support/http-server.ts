/**
 * Serves an app on a real port (127.0.0.1, any free port) with the connection limits of server.ts, for tests
 * that need what only a socket shows: remote addresses, timeouts, connection caps, Node's own error answers,
 * and the answers from kept bodies in front of the framework.
 */
import type { AddressInfo } from 'node:net'
import net from 'node:net'
import type { ConnectionLimits } from '../../src/config.ts'
import { createApiServer } from '../../src/http/api-server.ts'
import type { KeptBodyAnswer } from '../../src/http/kept-body-answers.ts'

export interface ServedApp {
  url: string
  port: number
  close(): Promise<void>
}

export async function serveOnPort(
  fetch: (request: Request, env: unknown) => Response | Promise<Response>,
  limits: ConnectionLimits,
  answerKeptBody?: KeptBodyAnswer,
): Promise<ServedApp> {
  const server = createApiServer({ fetch, limits, hostname: '127.0.0.1', answerKeptBody })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Sends raw bytes and collects what comes back until the server closes the connection. */
export function rawExchange(
  port: number,
  request: string,
  { endAfterWrite = false, timeoutMs = 10_000 } = {},
): Promise<{ text: string; closedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const socket = net.connect(port, '127.0.0.1')
    let text = ''
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`server kept the connection open; got: ${text}`))
    }, timeoutMs)
    socket.on('connect', () => {
      socket.write(request)
      if (endAfterWrite) socket.end()
    })
    socket.on('data', (chunk) => (text += chunk.toString()))
    socket.on('error', () => undefined)
    socket.on('close', () => {
      clearTimeout(timer)
      resolve({ text, closedAfterMs: performance.now() - started })
    })
  })
}

/** The problem+json body of a raw HTTP/1.1 answer. */
export function rawProblem(text: string): { status: number; contentType: string; body: unknown } {
  const [head = '', body = ''] = text.split('\r\n\r\n')
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1])
  const contentType = /^content-type: (.+)$/im.exec(head)?.[1]?.trim() ?? ''
  return { status, contentType, body: JSON.parse(body) as unknown }
}
