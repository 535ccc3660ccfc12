/**
 * A new large body is compressed off the JavaScript thread (libuv's pool), so other requests are answered
 * meanwhile; clients asking for the same body at once share one compression; large compressed bodies are
 * saved and served again after a restart, but never to other data, another build, or from a damaged file.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { createResponseBodies } from '../src/http/response-bodies.ts'
import { savedBodiesIn } from '../src/http/saved-bodies.ts'

const budgets = { compressedBytes: 64_000_000, uncompressedBytes: 64_000_000 }

/** ~2 MB of JSON that compresses slowly enough (random digits) to take a while with brotli. */
function largeBody() {
  let seed = 1
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647).toFixed(12)
  return { items: Array.from({ length: 150_000 }, () => random()) }
}

/** The longest stretch (ms) the event loop was blocked while `work` ran, sampled with a 1 ms timer. */
async function longestStall(work: () => Promise<unknown>) {
  let longest = 0
  let last = performance.now()
  const timer = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
  }, 1)
  const started = performance.now()
  await work()
  const total = performance.now() - started
  clearInterval(timer)
  return { longest, total }
}

let folders: string[] = []
afterEach(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true })
  folders = []
})
const tempFolder = () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'nwa-bodies-'))
  folders.push(folder)
  return folder
}

describe('large response bodies', () => {
  it('are compressed while the event loop keeps answering', async () => {
    const body = largeBody()
    const bodies = createResponseBodies(budgets)
    const json = JSON.stringify(body)
    const { longest, total } = await longestStall(() => bodies.compressed('k', 'br', () => body))
    // Building the JSON text blocks (it is JavaScript); brotli of those megabytes must not.
    const serialising = performance.now()
    Buffer.from(JSON.stringify(body))
    const serialisingMs = performance.now() - serialising
    expect(total).toBeGreaterThan(longest * 1.5)
    expect(longest).toBeLessThan(serialisingMs * 3 + total / 3)
    expect(brotliDecompressSync(await bodies.compressed('k', 'br', () => body)).toString()).toBe(
      json,
    )
  })

  it('are made once for clients asking at the same time', async () => {
    const bodies = createResponseBodies(budgets)
    let built = 0
    const produce = () => {
      built += 1
      return largeBody()
    }
    const answers = await Promise.all([
      bodies.compressed('k', 'br', produce),
      bodies.compressed('k', 'br', produce),
      bodies.uncompressed('k', produce),
    ])
    expect(answers[0]).toBe(answers[1])
    expect(built).toBe(2) // one for brotli (both clients), one for the plain form asked at the same time
  })

  it('are served from the saved file by the next process, for the same key and code only', async () => {
    const folder = tempFolder()
    const body = largeBody()
    const first = createResponseBodies(budgets, savedBodiesIn(folder, 'build-a'))
    const made = await first.compressed('db/3 /api/network', 'br', () => body)

    const refuse = () => {
      throw new Error('must be read from the file')
    }
    const restarted = createResponseBodies(budgets, savedBodiesIn(folder, 'build-a'))
    const served = await restarted.compressed('db/3 /api/network', 'br', refuse)
    expect(Buffer.compare(served, made)).toBe(0)

    let built = 0
    const produce = () => (built++, { other: true })
    const otherBuild = createResponseBodies(budgets, savedBodiesIn(folder, 'build-b'))
    await otherBuild.compressed('db/3 /api/network', 'br', produce)
    const otherVersion = createResponseBodies(budgets, savedBodiesIn(folder, 'build-a'))
    await otherVersion.compressed('db/4 /api/network', 'br', produce)
    expect(built).toBe(2)
  })

  it('are made again when the saved file is damaged', async () => {
    const folder = tempFolder()
    const body = largeBody()
    await createResponseBodies(budgets, savedBodiesIn(folder, 'a')).compressed(
      'k',
      'br',
      () => body,
    )
    const [file] = fs.readdirSync(folder)
    const bytes = fs.readFileSync(path.join(folder, file!))
    bytes[bytes.length - 10]! ^= 0xff
    fs.writeFileSync(path.join(folder, file!), bytes)

    let built = 0
    const produce = () => (built++, body)
    const restarted = createResponseBodies(budgets, savedBodiesIn(folder, 'a'))
    const answer = await restarted.compressed('k', 'br', produce)
    expect(built).toBe(1)
    expect(brotliDecompressSync(answer).toString()).toBe(JSON.stringify(body))
  })
})
