/** Bounding boxes over Saxony from a seeded generator: each run sends the same, none of them cached. */
const SAXONY = { minLon: 11.9, minLat: 50.2, maxLon: 15.0, maxLat: 51.7 }

/** mulberry32: small, seeded, good enough to spread boxes. */
function seededRandom(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const degrees = (value: number) => value.toFixed(5)

/** An endless supply of distinct boxes, 0.05°–0.8° wide (a district to a quarter of Saxony). */
export function randomBboxes(seed: number): () => string {
  const random = seededRandom(seed)
  return () => {
    const width = 0.05 + random() * 0.75
    const height = width * (0.5 + random() * 0.3)
    const minLon = SAXONY.minLon + random() * (SAXONY.maxLon - SAXONY.minLon - width)
    const minLat = SAXONY.minLat + random() * (SAXONY.maxLat - SAXONY.minLat - height)
    return [minLon, minLat, minLon + width, minLat + height].map(degrees).join(',')
  }
}
