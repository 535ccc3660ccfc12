/**
 * What of an error goes into a log: its kind, message, code and stack. Never the whole object: pg-pool attaches
 * the failed client to an idle connection's error (`error.client`), and the client holds the connection
 * parameters and the server's secret key; a query error may carry the values.
 */
export function loggableError(error: Error): Error {
  const { code } = error as Error & { code?: unknown }
  const copy = new Error(error.message)
  copy.name = error.name
  copy.stack = error.stack
  if (typeof code === 'string') Object.assign(copy, { code })
  return copy
}
