import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeActor, testDataset } from './support/builders.ts'
import { startTestApiWith, type TestApi } from './support/test-api.ts'

const decode = async (response: Response) => {
  const bytes = Buffer.from(await response.arrayBuffer())
  const coding = response.headers.get('content-encoding')
  if (coding === 'br') return brotliDecompressSync(bytes).toString()
  if (coding === 'gzip') return gunzipSync(bytes).toString()
  return bytes.toString()
}

// A built web app, as vite lays it out: hashed files under assets/, index.html beside them.
const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'netzwerkatlas-dist-'))
const BUNDLE = `console.log(${JSON.stringify('Netzwerkatlas '.repeat(5000))})\n`
const INDEX_HTML = `<!doctype html><html><head><title>Netzwerkatlas</title></head><body>${'<p>Sachsen</p>'.repeat(200)}<script src="/assets/index-Ab12Cd34.js"></script></body></html>`
fs.mkdirSync(path.join(distDir, 'assets'))
fs.writeFileSync(path.join(distDir, 'assets/index-Ab12Cd34.js'), BUNDLE)
fs.writeFileSync(path.join(distDir, 'index.html'), INDEX_HTML)

let api: TestApi
beforeAll(async () => {
  api = await startTestApiWith(
    { env: { WEB_DIST_DIR: distDir } },
    testDataset(['demo-a', 'demo-b'].map((id) => makeActor({ id }))),
  )
})
afterAll(async () => {
  await api.close()
  fs.rmSync(distDir, { recursive: true, force: true })
})

describe('Accept-Encoding negotiation', () => {
  it.each([
    ['gzip;q=1, br;q=0.1', 'gzip'],
    ['br;q=0.5, gzip;q=0.9', 'gzip'],
    ['gzip, br', 'br'],
    ['br;q=0, *;q=0.5', 'gzip'],
    ['identity', null],
    ['gzip;q=0, br;q=0', null],
  ])('honours q-values: "%s" gets %s', async (acceptEncoding, expected) => {
    const response = await api.app.request('/api/network', {
      headers: { 'Accept-Encoding': acceptEncoding },
    })
    expect(response.headers.get('content-encoding')).toBe(expected)
    expect(JSON.parse(await decode(response))).toHaveProperty('nodes')
  })

  it('serves a client that sends no Accept-Encoding the plain JSON, the same every time', async () => {
    const first = await api.app.request('/api/actors?limit=1')
    const second = await api.app.request('/api/actors?limit=1')
    expect(first.headers.get('content-encoding')).toBeNull()
    expect(await first.text()).toBe(await second.text())
  })
})

describe('static assets', () => {
  it('serves hashed files compressed and cached for a year, as brotli once it is made', async () => {
    const ask = (acceptEncoding: string) =>
      api.app.request('/assets/index-Ab12Cd34.js', {
        headers: { 'Accept-Encoding': acceptEncoding },
      })
    // The first client does not wait for brotli at its strongest: it gets gzip meanwhile.
    const first = await ask('gzip, br')
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(first.headers.get('vary')).toBe('Accept-Encoding')
    expect(await decode(first)).toBe(BUNDLE)
    await expect
      .poll(async () => (await ask('gzip, br')).headers.get('content-encoding'))
      .toBe('br')
    const bytes = Buffer.from(await (await ask('gzip, br')).arrayBuffer())
    expect(bytes.byteLength).toBeLessThan(BUNDLE.length / 10)
    expect(brotliDecompressSync(bytes).toString()).toBe(BUNDLE)
    const gzip = await ask('gzip')
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(BUNDLE)
  })

  it('tags index.html so a reload revalidates it with a 304 instead of downloading it again', async () => {
    const first = await api.app.request('/', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(first.headers.get('cache-control')).toBe('no-cache')
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(await decode(first)).toBe(INDEX_HTML)
    const again = await api.app.request('/', {
      headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': etag! },
    })
    expect(again.status).toBe(304)
    // Client-side routes get the same page.
    expect(await decode(await api.app.request('/netzwerk'))).toBe(INDEX_HTML)
  })

  it('serves openapi.json compressed, with an ETag', async () => {
    const plain = await (await api.app.request('/api/openapi.json')).json()
    const ask = () =>
      api.app.request('/api/openapi.json', { headers: { 'Accept-Encoding': 'br, gzip' } })
    expect((await ask()).headers.get('content-encoding')).toMatch(/^(br|gzip)$/)
    await expect.poll(async () => (await ask()).headers.get('content-encoding')).toBe('br')
    const response = await ask()
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(JSON.parse(await decode(response))).toEqual(plain)
    const etag = response.headers.get('etag')!
    const again = await api.app.request('/api/openapi.json', {
      headers: { 'Accept-Encoding': 'br, gzip', 'If-None-Match': etag },
    })
    expect(again.status).toBe(304)
  })
})
