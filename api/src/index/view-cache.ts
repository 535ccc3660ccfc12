/**
 * A least-recently-used cache bounded by bytes, not entries: one network body can be megabytes while a
 * filter's positions are a few kilobytes, so a count of entries says nothing about memory.
 */
export interface ViewCache<Value> {
  get(key: string, produce: () => Value): Value
  /** The cached value without producing one; counts as a use. */
  peek(key: string): Value | undefined
  has(key: string): boolean
  /** Every cached value with its key, least recently used first; not counted as uses. */
  entries(): [string, Value][]
  /** Bytes held now, as `sizeOf` measured them. */
  readonly bytes: number
}

export interface ViewCacheOptions<Value> {
  maxBytes: number
  sizeOf: (value: Value) => number
}

export function createViewCache<Value>({
  maxBytes,
  sizeOf,
}: ViewCacheOptions<Value>): ViewCache<Value> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const entries = new Map<string, { value: Value; bytes: number }>()
  let bytes = 0

  const touch = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return undefined
    entries.delete(key)
    entries.set(key, entry)
    return entry.value
  }

  const evictUntilWithinBudget = () => {
    for (const [key, entry] of entries) {
      if (bytes <= maxBytes) break
      entries.delete(key)
      bytes -= entry.bytes
    }
  }

  return {
    get(key, produce) {
      const cached = touch(key)
      if (cached !== undefined) return cached
      const value = produce()
      const size = sizeOf(value)
      // A value larger than the whole budget is served but not kept: it would evict everything else.
      if (size > maxBytes) return value
      entries.set(key, { value, bytes: size })
      bytes += size
      evictUntilWithinBudget()
      return value
    },
    peek: touch,
    has: (key) => entries.has(key),
    entries: () => [...entries].map(([key, entry]) => [key, entry.value]),
    get bytes() {
      return bytes
    },
  }
}
