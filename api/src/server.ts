/**
 * The process entry and the only file that opens a port. Starts the API, prints its URL, and shuts down
 * gracefully on SIGINT/SIGTERM: stop accepting, finish in-flight requests, close the pool, stop the database.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import pino from 'pino'
import { loadConfigOrExit } from './config.ts'
import { createApiServer } from './http/api-server.ts'
import { startApi, type RunningApi } from './start-api.ts'
import { DataDirError } from './store/embedded-postgres.ts'

const config = loadConfigOrExit()
const logger = pino({ level: config.logLevel, base: { service: 'netzwerkatlas' } })
const startedAt = performance.now()

let running: { api: RunningApi; server: Server } | undefined = undefined
let isShuttingDown = false

async function shutdown(signal: string) {
  if (isShuttingDown) return
  isShuttingDown = true
  if (!running) {
    // Interrupted while starting: exiting fires the embedded database's exit hook, which stops it.
    logger.warn({ signal }, 'interrupted during start-up')
    process.exit(130)
  }
  const { api, server } = running
  logger.info({ signal }, 'shutting down')
  // Requests in flight get SHUTDOWN_GRACE_MS to finish; then their connections are closed.
  const drainDeadline = setTimeout(() => {
    logger.warn('closing connections that are still busy after the grace period')
    server.closeAllConnections()
  }, config.shutdownGraceMs)
  await new Promise<void>((resolve) => {
    server.close(() => resolve())
    // Idle keep-alive connections would hold close() open; busy ones finish their request first.
    server.closeIdleConnections()
  })
  clearTimeout(drainDeadline)
  await api.close()
  logger.info('stopped')
  process.exit(0)
}
/** The embedded database died and its restarts failed: exit non-zero so a supervisor restarts the service. */
function onDatabaseLost(error: Error) {
  logger.fatal({ err: error }, 'the embedded database is gone and could not be restarted; exiting')
  running?.server.close()
  process.exit(1)
}

process.on('SIGINT', () => void shutdown('SIGINT'))
process.on('SIGTERM', () => void shutdown('SIGTERM'))

const api = await startApi(config, logger, { onDatabaseLost }).catch((error: unknown) => {
  if (error instanceof DataDirError) {
    // The operator's to fix (a busy or unusable DATA_DIR): one line that says so, no stack trace.
    logger.fatal(error.message)
    process.stderr.write(`${error.message}\n`)
  } else {
    logger.fatal({ err: error }, 'start-up failed')
  }
  process.exit(1)
})

// Repeated public reads are answered from kept bytes before the framework sees them (ADR 0022).
const server = createApiServer({
  fetch: api.app.fetch,
  limits: config.connections,
  hostname: config.host,
  answerKeptBody: api.answerKeptBody,
})
server.listen(config.port, config.host, () => {
  const address = server.address() as AddressInfo
  const url = `http://${address.address}:${address.port}`
  logger.info({ url, startupMs: Math.round(performance.now() - startedAt) }, 'listening')
  process.stdout.write(`\nNetzwerkatlas Sachsen läuft auf ${url}\n\n`)
})
server.on('error', (error) => {
  logger.fatal({ err: error }, `cannot listen on ${config.host}:${config.port}`)
  void api.close().finally(() => process.exit(1))
})
running = { api, server }
// The port is open while the first index is built (ADR 0016); a start that cannot build it fails as before.
api.indexed.then(
  () => logger.info({ startupMs: Math.round(performance.now() - startedAt) }, 'ready'),
  (error: unknown) => {
    if (isShuttingDown) return
    logger.fatal({ err: error }, 'start-up failed: the index could not be built')
    void api.close().finally(() => process.exit(1))
  },
)
