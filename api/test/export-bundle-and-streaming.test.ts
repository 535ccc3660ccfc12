/** The bundle (ZIP + datapackage.json + README codebook), bad requests, and streaming that stops when cancelled. */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeActor, testDataset } from './support/builders.ts'
import { download } from './support/export-files.ts'
import { exportFixture } from './support/export-fixture.ts'
import type { MetaResponse } from '@netzwerkatlas/shared'
import { expectProblem, getJson } from './support/http.ts'
import { serveOnPort } from './support/http-server.ts'
import { startTestApi, startTestApiWith, testConfig, type TestApi } from './support/test-api.ts'

interface DataPackage {
  name: string
  version: string
  created: string
  licenses: { name: string }[]
  sources: { title: string }[]
  resources: { path: string; schema?: { fields: { name: string; type: string }[] } }[]
  netzwerkatlas: {
    dataVersion: number
    variants: { variant: string; nodes: number; edges: number }[]
  }
}

function unzipped(zip: Buffer): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'netzwerkatlas-bundle-'))
  fs.writeFileSync(path.join(folder, 'bundle.zip'), zip)
  execFileSync('/usr/bin/python3', ['-m', 'zipfile', '-e', 'bundle.zip', 'out'], { cwd: folder })
  return path.join(folder, 'out')
}

describe('the bundle', () => {
  let api: TestApi
  let root: string
  let zip: Buffer
  beforeAll(async () => {
    api = await startTestApi(exportFixture)
    zip = await download(api, 'bundle?topic=housing,care')
    const out = unzipped(zip)
    root = path.join(out, fs.readdirSync(out)[0]!)
  })
  afterAll(() => api.close())
  const read = (name: string) => fs.readFileSync(path.join(root, name), 'utf8')

  it('holds every format of both variants, each identical to its single download', async () => {
    expect(path.basename(root)).toMatch(/^netzwerkatlas-sachsen-v\d+-f[0-9a-f]{8}$/)
    expect(fs.readdirSync(root).sort()).toEqual(
      [
        'README.md',
        'datapackage.json',
        ...['two-mode', 'one-mode'].flatMap((variant) =>
          [
            '.graphml',
            '.gexf',
            '-nodes.csv',
            '-edges.csv',
            '.geojson',
            '-node-link.json',
            '-graphology.json',
          ].map((ending) => variant + ending),
        ),
      ].sort(),
    )
    const single = await download(api, 'gexf?variant=one-mode&topic=housing,care')
    expect(read('one-mode.gexf')).toBe(single.toString())
    expect(read('two-mode-edges.csv')).toBe(
      (await download(api, 'csv?table=edges&topic=housing,care')).toString(),
    )
  })

  it('describes itself as a Frictionless data package with table schemas, licences and sources', () => {
    const dataPackage = JSON.parse(read('datapackage.json')) as DataPackage
    expect(dataPackage.netzwerkatlas.variants).toEqual([
      { variant: 'two-mode', nodes: 5, edges: 6 },
      { variant: 'one-mode', nodes: 3, edges: 2 },
    ])
    expect(Date.parse(dataPackage.created)).toBeGreaterThan(Date.now() - 60_000)
    expect(dataPackage.licenses).toEqual([{ name: 'CC0-1.0', title: 'Testdaten: CC0-1.0' }])
    expect(dataPackage.sources.map((source) => source.title)).toContain('Testdaten')
    expect(dataPackage.sources.length).toBeGreaterThan(1) // the geodata credits
    expect(dataPackage.resources.map((resource) => resource.path).sort()).toEqual(
      fs
        .readdirSync(root)
        .filter((name) => !['README.md', 'datapackage.json'].includes(name))
        .sort(),
    )
    for (const table of ['two-mode-nodes.csv', 'one-mode-edges.csv']) {
      const resource = dataPackage.resources.find((r) => r.path === table)!
      const header = read(table).split('\r\n')[0]!.split(',')
      expect(resource.schema!.fields.map((field) => field.name)).toEqual(header)
    }
  })

  it('has a README codebook in German and English naming every column, the data version and filters', () => {
    const readme = read('README.md')
    const [german, english] = readme.split('## English')
    const columns = new Set(
      ['two-mode-nodes.csv', 'two-mode-edges.csv', 'one-mode-edges.csv'].flatMap((table) =>
        read(table).split('\r\n')[0]!.split(','),
      ),
    )
    for (const column of columns) {
      expect(german).toContain(`\`${column}\``)
      expect(english).toContain(`\`${column}\``)
    }
    expect(german).toContain('Ein-Modus-Netz: nur Organisationen')
    expect(english).toContain('One-mode network: organisations only')
    expect(readme).toMatch(/data version: \*\*\d+\*\*/)
    expect(readme).toContain('topic=housing%2Ccare')
    expect(readme).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/) // the export time is in datapackage.json only
  })

  it("names every dataset's licence and attribution and the geodata credits /api/meta states", async () => {
    const meta = (await getJson<MetaResponse>(api, '/api/meta')).body
    const readme = read('README.md')
    expect(meta.datasets.length).toBeGreaterThan(0)
    for (const dataset of meta.datasets) {
      expect(readme).toContain(`licence/Lizenz: ${dataset.licence ?? '—'}`)
      expect(readme).toContain(dataset.attribution ?? dataset.title)
    }
    for (const credit of meta.geoCredits) expect(readme).toContain(credit.text)
  })

  it('differs between two downloads in datapackage.json only', async () => {
    const again = unzipped(await download(api, 'bundle?topic=housing,care'))
    const againRoot = path.join(again, fs.readdirSync(again)[0]!)
    for (const name of fs.readdirSync(root).filter((n) => n !== 'datapackage.json')) {
      expect(
        fs.readFileSync(path.join(againRoot, name)).equals(fs.readFileSync(path.join(root, name))),
      ).toBe(true)
    }
  })

  it('answers bad formats, filters and misplaced parameters with problem+json naming them', async () => {
    const cases = [
      ['/api/export/pdf', 'format'],
      ['/api/export/csv?table=rows', 'table'],
      ['/api/export/graphml?table=nodes', 'table'],
      ['/api/export/csv?flavour=graphology', 'flavour'],
      ['/api/export/bundle?variant=one-mode', 'variant'],
      ['/api/export/geojson?type=unknown', 'type'],
      ['/api/export/json?radiusKm=5', 'radiusKm'],
      ['/api/export/json?format=xml', 'format'],
    ] as const
    for (const [url, parameter] of cases) {
      const problem = await expectProblem(await api.app.request(url), 400)
      expect(problem.errors?.map((error) => error.parameter)).toContain(parameter)
    }
    await expectProblem(await api.app.request('/api/export/gexf?status=pending'), 403)
  })
})

describe('streaming', () => {
  it('stops writing when the download is cancelled', async () => {
    const lines: Record<string, unknown>[] = []
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          for (const line of chunk.toString().split('\n').filter(Boolean)) {
            lines.push(JSON.parse(line) as Record<string, unknown>)
          }
          done()
        },
      }),
    )
    const description = 'Demo-Beschreibung '.repeat(100)
    const actors = Array.from({ length: 4000 }, (_, i) =>
      makeActor({ id: `demo-${i}`, description }),
    )
    const api = await startTestApiWith({ env: { RATE_LIMITS: 'off' }, logger }, testDataset(actors))
    const served = await serveOnPort(api.app.fetch, testConfig.connections)
    try {
      const full = (await (await fetch(`${served.url}/api/export/graphml`)).arrayBuffer())
        .byteLength
      expect(full).toBeGreaterThan(7_000_000)
      const controller = new AbortController()
      const response = await fetch(`${served.url}/api/export/graphml`, {
        signal: controller.signal,
      })
      const reader = response.body!.getReader()
      await reader.read()
      controller.abort()
      await expect
        .poll(() => lines.some((line) => line.msg === 'export cancelled'), { timeout: 5000 })
        .toBe(true)
      const cancelled = lines.find((line) => line.msg === 'export cancelled')!
      expect(cancelled.bytes as number).toBeLessThan(full / 2)
      const done = lines.filter((line) => line.msg === 'export done')
      expect(done).toHaveLength(1) // the first, complete download
    } finally {
      await served.close()
      await api.close()
    }
  })
})
