/**
 * The baseline: a bare node:http server that answers every request with the bytes and headers the API sent
 * for GET /api/network. It is the ceiling for serving that response on this machine; the API should reach
 * at least 0.8× of it. Runs as its own process (forked by baseline-process.ts), like the API.
 */
import http from 'node:http'
import type { BaselineBody, BaselineListening } from './baseline-message.ts'

function serve({ body, headers }: BaselineBody) {
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength)
  const responseHeaders = { ...headers, 'Content-Length': String(bytes.length) }
  const server = http.createServer((_request, response) => {
    response.writeHead(200, responseHeaders)
    response.end(bytes)
  })
  server.listen(0, '127.0.0.1', () => {
    const address = server.address()
    if (typeof address !== 'object' || !address) throw new Error('baseline has no port')
    const listening: BaselineListening = { port: address.port }
    process.send?.(listening)
  })
  process.once('SIGTERM', () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  })
}

process.once('message', (message: BaselineBody) => serve(message))
// The bench died or let go of us: nobody will send SIGTERM any more.
process.once('disconnect', () => process.exit(0))
