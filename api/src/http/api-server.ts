/**
 * The Node HTTP server around the app, with the connection limits (connection-limits.ts) and the answers from
 * kept bodies in front of the framework (kept-body-answers.ts). server.ts listens with it; tests that need a
 * socket use the same.
 */
import { createServer, type Server } from 'node:http'
import { getRequestListener } from '@hono/node-server'
import type { ConnectionLimits } from '../config.ts'
import { connectionServerOptions, guardConnections } from './connection-limits.ts'
import type { KeptBodyAnswer } from './kept-body-answers.ts'

type Fetch = (request: Request, env: unknown) => Response | Promise<Response>

export interface ApiServerOptions {
  fetch: Fetch
  limits: ConnectionLimits
  /** The host the server listens on: the framework's URL when a request names none. */
  hostname?: string
  answerKeptBody?: KeptBodyAnswer
}

export function createApiServer({
  fetch,
  limits,
  hostname,
  answerKeptBody = () => false,
}: ApiServerOptions): Server {
  const frameworkListener = getRequestListener(fetch, { hostname })
  const server = createServer(connectionServerOptions(limits), (request, response) => {
    if (!answerKeptBody(request, response)) void frameworkListener(request, response)
  })
  guardConnections(server, limits)
  return server
}
