/**
 * Connection hygiene for the Node HTTP server: clients get a deadline for their headers and for the whole
 * request, idle keep-alive connections close, the number of open connections is capped (slow clients cannot
 * hold the process), and Node's own answers to broken requests (400, 408, 431) are problem+json too.
 */
import type { Server, ServerOptions } from 'node:http'
import type { Duplex } from 'node:stream'
import { problemTypes } from '@netzwerkatlas/shared'
import type { ConnectionLimits } from '../config.ts'
import { PROBLEM_CONTENT_TYPE } from './problem.ts'

/** Options for `http.createServer` (through `serve({ serverOptions })`). */
export function connectionServerOptions(limits: ConnectionLimits): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // Node checks the two deadlines only this often (default 30 s, which would let slow clients linger).
    connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
  }
}

const CLIENT_ERRORS: Record<string, { status: number; reason: string; type: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    type: problemTypes.headersTooLarge,
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    reason: 'Request Timeout',
    type: problemTypes.badRequest,
  },
}

const BAD_REQUEST = { status: 400, reason: 'Bad Request', type: problemTypes.badRequest }

/** The raw HTTP/1.1 answer Node would give, as problem+json; the connection closes after it. */
function clientErrorResponse(code: string | undefined): string {
  const { status, reason, type } = (code && CLIENT_ERRORS[code]) || BAD_REQUEST
  const body = JSON.stringify({ type, title: reason, status })
  return [
    `HTTP/1.1 ${status} ${reason}`,
    `Content-Type: ${PROBLEM_CONTENT_TYPE}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n')
}

export function guardConnections(server: Server, limits: ConnectionLimits): void {
  server.maxConnections = limits.maxConnections
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A reset connection or one whose answer has begun cannot take another answer.
    const started = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage
    if (error.code === 'ECONNRESET' || !socket.writable || started?.headersSent) {
      socket.destroy()
      return
    }
    socket.end(clientErrorResponse(error.code))
  })
}
