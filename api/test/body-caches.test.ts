import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { createResponseBodies } from '../src/http/response-bodies.ts'
import { createViewCache } from '../src/index/view-cache.ts'

describe('byte-bounded caches', () => {
  it('evict the least recently used entries once their bytes pass the budget', () => {
    const cache = createViewCache<string>({ maxBytes: 10, sizeOf: (value) => value.length })
    cache.get('a', () => 'aaaa')
    cache.get('b', () => 'bbbb')
    cache.get('a', () => 'never')
    cache.get('c', () => 'cccc')
    expect(cache.has('a')).toBe(true)
    expect(cache.has('b')).toBe(false)
    expect(cache.has('c')).toBe(true)
    expect(cache.bytes).toBe(8)
  })

  it('serve a value larger than the whole budget without keeping it', () => {
    const cache = createViewCache<string>({ maxBytes: 10, sizeOf: (value) => value.length })
    cache.get('small', () => 'ok')
    expect(cache.get('huge', () => 'x'.repeat(11))).toHaveLength(11)
    expect(cache.has('huge')).toBe(false)
    expect(cache.has('small')).toBe(true)
  })

  it('build a body once for compressed and uncompressed clients alike', async () => {
    const bodies = createResponseBodies({
      compressedBytes: 1_000_000,
      uncompressedBytes: 1_000_000,
    })
    let built = 0
    const produce = () => ({ built: ++built, items: Array.from({ length: 100 }, (_, i) => i) })
    const plain = await bodies.uncompressed('k', produce)
    await bodies.compressed('k', 'br', produce)
    expect(await bodies.uncompressed('k', produce)).toBe(plain)
    expect(built).toBe(1)
    // A URL first asked compressed is inflated from the kept gzip form, not built again.
    await bodies.compressed('other', 'gzip', produce)
    const inflated = await bodies.uncompressed('other', produce)
    expect(JSON.parse(Buffer.from(inflated).toString())).toMatchObject({ built: 2 })
    expect(built).toBe(2)
  })

  it('make each coding only when asked for, from the body already kept', async () => {
    const bodies = createResponseBodies({ compressedBytes: 1_000_000, uncompressedBytes: 0 })
    let built = 0
    const produce = () => ({ built: ++built, items: Array.from({ length: 100 }, (_, i) => i) })
    const br = await bodies.compressed('k', 'br', produce)
    const gzip = await bodies.compressed('k', 'gzip', produce)
    expect(built).toBe(1)
    expect(JSON.parse(brotliDecompressSync(br).toString())).toEqual(
      JSON.parse(gunzipSync(gzip).toString()),
    )
    expect(await bodies.compressed('k', 'br', produce)).toBe(br)
  })

  it('keep no uncompressed body when its budget is zero', async () => {
    const bodies = createResponseBodies({ compressedBytes: 1_000_000, uncompressedBytes: 0 })
    await bodies.uncompressed('k', () => ({ a: 1 }))
    expect(bodies.has('k')).toBe(true)
  })
})
