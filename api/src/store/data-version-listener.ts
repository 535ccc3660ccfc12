/**
 * Hears the data versions other instances commit (LISTEN on the channel store.write NOTIFYs). On its own
 * connection, outside the pool; if that connection drops it reconnects and reports the version then current,
 * since notifications sent meanwhile are lost.
 */
import pg from 'pg'

export interface DataVersionListenerOptions {
  connectionString: string
  channel: string
  onVersion: (dataVersion: number) => void
  onError: (error: Error) => void
  /** Pause before reconnecting, in milliseconds. */
  retryMs?: number
}

export async function listenForDataVersions({
  connectionString,
  channel,
  onVersion,
  onError,
  retryMs = 1_000,
}: DataVersionListenerOptions): Promise<{ close(): Promise<void> }> {
  let client: pg.Client | undefined
  let isClosed = false
  let retry: NodeJS.Timeout | undefined

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString })
    next.on('notification', (message) => {
      const version = Number(message.payload)
      if (Number.isSafeInteger(version)) onVersion(version)
    })
    next.on('error', (error) => {
      onError(error)
      void next.end().catch(() => undefined)
      if (client === next) client = undefined
      scheduleReconnect()
    })
    await next.connect()
    await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`)
    const { rows } = await next.query<{ version: string }>('SELECT version FROM data_version')
    client = next
    if (rows[0]) onVersion(Number(rows[0].version))
  }

  function scheduleReconnect() {
    if (isClosed || retry) return
    retry = setTimeout(() => {
      retry = undefined
      if (isClosed) return
      connect().catch((error: Error) => {
        onError(error)
        scheduleReconnect()
      })
    }, retryMs)
  }

  await connect()
  return {
    async close() {
      isClosed = true
      clearTimeout(retry)
      await client?.end().catch(() => undefined)
    },
  }
}
