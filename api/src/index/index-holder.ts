/**
 * Holds the current index. Requests read `current()`; a rebuild swaps in a new one atomically. At start-up the
 * port opens before the first index is built (ADR 0016): until then `peek()` is undefined and `ready()` waits.
 */
import type { NetworkIndex } from './network-index.ts'

export interface IndexHolder {
  /** The index; throws before the first one is there (only code behind `ready()` calls it). */
  current(): NetworkIndex
  /** The index, or undefined while the first one is being built. */
  peek(): NetworkIndex | undefined
  /** Resolves with the index once the first one is there. */
  ready(): Promise<NetworkIndex>
  replace(index: NetworkIndex): void
}

export function createIndexHolder(initial?: NetworkIndex): IndexHolder {
  let index = initial
  let announceFirst: (first: NetworkIndex) => void = () => undefined
  const first = initial
    ? Promise.resolve(initial)
    : new Promise<NetworkIndex>((resolve) => (announceFirst = resolve))
  return {
    current: () => {
      if (!index) throw new Error('the index is not built yet: wait for ready()')
      return index
    },
    peek: () => index,
    ready: () => first,
    replace: (next) => {
      if (index && next.dataVersion < index.dataVersion) return
      const isFirst = !index
      index = next
      if (isFirst) announceFirst(next)
    },
  }
}
