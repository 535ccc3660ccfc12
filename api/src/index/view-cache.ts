/**
 * A small least-recently-used cache for answers that depend only on the filters, kept per index (so per data
 * version): paging through a filtered list or reloading a filtered map reuses the work of the first request.
 */
export interface ViewCache<Value> {
  get(key: string, produce: () => Value): Value
}

export function createViewCache<Value>(capacity: number): ViewCache<Value> {
  const entries = new Map<string, Value>()
  return {
    get(key, produce) {
      const cached = entries.get(key)
      if (cached !== undefined) {
        // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
        entries.delete(key)
        entries.set(key, cached)
        return cached
      }
      const value = produce()
      entries.set(key, value)
      if (entries.size > capacity) entries.delete(entries.keys().next().value!)
      return value
    },
  }
}
