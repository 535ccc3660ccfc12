/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) and the draws the demo generator needs.
 * WARNING: the generator must stay byte-identical for the same options, so never call Math.random() here.
 */

export interface Random {
  /** Uniform in [0, 1). */
  next(): number
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  /** One item, with probability proportional to its weight (weights ≥ 0, not all 0). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T
  /** `count` distinct items (fewer if fewer have weight > 0), each draw proportional to weight. */
  weightedDistinct<T>(items: readonly T[], weights: readonly number[], count: number): T[]
  /** Fisher–Yates in place; returns the same array. */
  shuffle<T>(items: T[]): T[]
}

/** FNV-1a: turns a stream name into 32 bits, so each part of the generator draws from its own stream. */
function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

function splitmix32(state: number): () => number {
  return () => {
    state = (state + 0x9e3779b9) | 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
}

/**
 * A stream of numbers for `seed` (any safe integer) and `stream` (a name such as 'actors'). Separate
 * streams keep actors unchanged when only the tie rules change.
 */
export function createRandom(seed: number, stream: string): Random {
  const high = Math.floor(seed / 2 ** 32) >>> 0
  const seedState = splitmix32((seed >>> 0) ^ Math.imul(high, 0x27d4eb2d) ^ hashString(stream))
  let a = seedState()
  let b = seedState()
  let c = seedState()
  let d = seedState()

  function next(): number {
    let t = (a + b) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    d = (d + 1) | 0
    t = (t + d) | 0
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  for (let i = 0; i < 12; i++) next()

  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('cannot pick from an empty list')
      return items[Math.floor(next() * items.length)] as T
    },
    weighted<T>(items: readonly T[], weights: readonly number[]): T {
      let total = 0
      for (const weight of weights) total += weight
      let threshold = next() * total
      for (let i = 0; i < items.length; i++) {
        threshold -= weights[i] ?? 0
        if (threshold < 0) return items[i] as T
      }
      return random.pick(items)
    },
    weightedDistinct<T>(items: readonly T[], weights: readonly number[], count: number): T[] {
      const left = weights.slice()
      let total = 0
      let available = 0
      for (const weight of left) {
        total += weight
        if (weight > 0) available++
      }
      const drawn: T[] = []
      // Counting what is left, not trusting `total`: subtracting fractions may leave it at 1e-16.
      for (; drawn.length < count && available > 0; available--) {
        let threshold = next() * total
        let i = 0
        while (i < left.length - 1 && threshold >= (left[i] ?? 0)) threshold -= left[i++] ?? 0
        // Rounding can land on an item already drawn (weight 0): take the last one still left.
        while (i > 0 && (left[i] ?? 0) === 0) i--
        drawn.push(items[i] as T)
        total -= left[i] ?? 0
        left[i] = 0
      }
      return drawn
    },
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        const item = items[i] as T
        items[i] = items[j] as T
        items[j] = item
      }
      return items
    },
  }
  return random
}

/** Draws from a fixed weighted list in O(log n) per draw (binary search on cumulative weights). */
export function createSampler<T>(items: readonly T[], weights: readonly number[]) {
  if (items.length === 0) throw new Error('cannot sample from an empty list')
  const cumulative: number[] = []
  let total = 0
  for (const weight of weights) cumulative.push((total += weight))
  return (random: Random): T => {
    const threshold = random.next() * total
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((cumulative[middle] ?? 0) > threshold) high = middle
      else low = middle + 1
    }
    return items[low] as T
  }
}
