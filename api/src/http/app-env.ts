/** The variables every request carries through the Hono app. */
import type { Logger } from 'pino'
import type { NetworkIndex } from '../index/network-index.ts'
import type { ResponseBodies } from './response-bodies.ts'

export interface AppEnv {
  Variables: {
    requestId: string
    logger: Logger
    /** The index current when the request started: one request sees one data version. */
    index: NetworkIndex
    /** Serialised response bodies of this app, by database, data version and URL. */
    bodies: ResponseBodies
  }
}
