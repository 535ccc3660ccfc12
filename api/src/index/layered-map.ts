/**
 * A read-only map kept as a shared base plus a small overlay of the entries changed since (ADR 0015): the next
 * index after a write copies the overlay (a few entries), not the base (one entry per actor). Past
 * MAX_OVERLAID_ENTRIES the overlay is folded into a new base, one native copy of the map per that many changes.
 */
const MAX_OVERLAID_ENTRIES = 2_000

export interface LayeredMap<V> {
  /** A function, not a method: callers pass it on detached (index-patch.ts). */
  get: (key: string) => V | undefined
  /** The map with `changes` applied (undefined: the key is gone); this one stays as it is. */
  with(changes: ReadonlyMap<string, V | undefined>): LayeredMap<V>
}

export function layeredMap<V>(
  base: ReadonlyMap<string, V>,
  overlay: ReadonlyMap<string, V | undefined> = new Map(),
): LayeredMap<V> {
  return {
    get: (key) => (overlay.has(key) ? overlay.get(key) : base.get(key)),
    with(changes) {
      const nextOverlay = new Map(overlay)
      for (const [key, value] of changes) nextOverlay.set(key, value)
      if (nextOverlay.size <= MAX_OVERLAID_ENTRIES) return layeredMap(base, nextOverlay)
      const nextBase = new Map(base)
      for (const [key, value] of nextOverlay) {
        if (value === undefined) nextBase.delete(key)
        else nextBase.set(key, value)
      }
      return layeredMap(nextBase)
    },
  }
}
