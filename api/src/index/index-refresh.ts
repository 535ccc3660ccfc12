/**
 * Keeps the served index up with the database: after a committed write here, or a version another instance
 * announced (LISTEN), it builds the next index from the served one and swaps it in through the holder. Builds never overlap: while
 * one runs, later versions wait for the next, which then covers them all. Listeners (the analysis, issue 8)
 * hear of every index swapped in, after the swap, and must do their own work off the request path.
 */
import type { IndexHolder } from './index-holder.ts'
import type { NetworkIndex } from './network-index.ts'

export interface IndexRefresher {
  /** Resolves once the holder serves `dataVersion` or newer (or, if building failed, gives up on it). */
  refreshTo(dataVersion: number): Promise<void>
  /** Called with every new index after it is served; returns a function that stops the calls. */
  onIndex(listener: (index: NetworkIndex) => void): () => void
}

export interface IndexRefreshOptions {
  holder: IndexHolder
  /**
   * Builds the index of the database as it is now from the one served (index-update.ts applies the changes
   * since; a test may simply read a snapshot).
   */
  buildIndex: (previous: NetworkIndex) => Promise<NetworkIndex>
  onError: (error: unknown) => void
}

export function createIndexRefresher({
  holder,
  buildIndex,
  onError,
}: IndexRefreshOptions): IndexRefresher {
  const listeners = new Set<(index: NetworkIndex) => void>()
  const waiters: { version: number; resolve: () => void }[] = []
  let wanted = 0
  let running: Promise<void> | undefined

  const settle = (upTo: number) => {
    for (let i = waiters.length - 1; i >= 0; i--) {
      const waiter = waiters[i]!
      if (waiter.version <= upTo) {
        waiters.splice(i, 1)
        waiter.resolve()
      }
    }
  }

  async function run() {
    while (holder.current().dataVersion < wanted) {
      try {
        const index = await buildIndex(holder.current())
        holder.replace(index)
        for (const listener of listeners) {
          try {
            listener(index)
          } catch (error) {
            onError(error)
          }
        }
        settle(holder.current().dataVersion)
      } catch (error) {
        onError(error)
        // The write is committed either way; the next write or notification tries again.
        settle(wanted)
        wanted = holder.current().dataVersion
        return
      }
    }
  }

  function refreshTo(dataVersion: number): Promise<void> {
    if (holder.current().dataVersion >= dataVersion) return Promise.resolve()
    wanted = Math.max(wanted, dataVersion)
    const done = new Promise<void>((resolve) => waiters.push({ version: dataVersion, resolve }))
    running ??= run().finally(() => {
      running = undefined
      // A version may have arrived after the loop's last check.
      if (holder.current().dataVersion < wanted) void refreshTo(wanted)
    })
    return done
  }

  return {
    refreshTo,
    onIndex(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
