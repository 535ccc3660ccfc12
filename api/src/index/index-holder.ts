/** Holds the current index. Requests read `current()`; a rebuild swaps in a new one atomically. */
import type { NetworkIndex } from './network-index.ts'

export interface IndexHolder {
  current(): NetworkIndex
  replace(index: NetworkIndex): void
}

export function createIndexHolder(initial: NetworkIndex): IndexHolder {
  let index = initial
  return {
    current: () => index,
    replace: (next) => {
      if (next.dataVersion >= index.dataVersion) index = next
    },
  }
}
