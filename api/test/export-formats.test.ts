/**
 * Every export opened with the tools researchers use: networkx, python-igraph, R igraph, pandas, GDAL and
 * xmllint against the published schemas; counts and attributes compared with what the API serves.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { NetworkResponse } from '@netzwerkatlas/shared'
import Graph from 'graphology'
import type { SerializedGraph } from 'graphology-types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ATTACK_NAME, exportFixture } from './support/export-fixture.ts'
import {
  download,
  downloadAll,
  readCsvWithR,
  readWithPython,
  readWithR,
  run,
  validateXml,
  type PeerRead,
} from './support/export-files.ts'
import { getJson } from './support/http.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

let api: TestApi
let folder: string
let read: PeerRead
let network: NetworkResponse
beforeAll(async () => {
  api = await startTestApi(exportFixture)
  folder = await downloadAll(api)
  read = readWithPython(folder)
  network = (await getJson<NetworkResponse>(api, '/api/network')).body
})
afterAll(async () => {
  fs.rmSync(folder, { recursive: true, force: true })
  await api.close()
})

const file = (name: string) => path.join(folder, name)

describe('exports opened with the tools researchers use', () => {
  it('GraphML and GEXF validate against the published schemas with xmllint --nonet', () => {
    expect(validateXml('graphml-1.0/graphml.xsd', file('network.graphml')).stderr).toMatch(
      /validates/,
    )
    expect(validateXml('gexf-1.3/gexf.xsd', file('network.gexf')).stderr).toMatch(/validates/)
  })

  it('networkx, python-igraph, R igraph and pandas read the nodes and edges /api/network serves', () => {
    const nodes = network.nodes.length
    const edges = network.edges.length
    expect([nodes, edges]).toEqual([5, 6])
    for (const graph of [read.graphml, read.gexf, read.node_link]) {
      expect([graph.nodes, graph.edges]).toEqual([nodes, edges])
      expect(Object.keys(graph.node_data).sort()).toEqual(network.nodes.map((n) => n.id).sort())
      expect(Object.keys(graph.edge_data).sort()).toEqual(network.edges.map((e) => e.id).sort())
    }
    expect([read.igraph.vcount, read.igraph.ecount]).toEqual([nodes, edges])
    const r = readWithR(file('network.graphml'))
    expect([r.vcount, r.ecount]).toEqual([nodes, edges])
    expect(read.csv.nodes.map((row) => row.id)).toEqual(network.nodes.map((n) => n.id))
    expect(read.csv.edges.map((row) => row.id).sort()).toEqual(
      network.edges.map((e) => e.id).sort(),
    )
  })

  it("base R's read.csv reads both CSV tables with the API's rows, umlauts, lists and dates", () => {
    const nodes = readCsvWithR(file('nodes.csv'), 'label')
    expect(nodes.rows).toBe(network.nodes.length)
    expect(Object.keys(nodes.values).sort()).toEqual(network.nodes.map((n) => n.id).sort())
    expect(nodes.values['demo-a']).toBe('Demo-Verein Ähre & Söhne')
    expect(nodes.values['demo-c']).toBe(`'${ATTACK_NAME}`)
    expect(readCsvWithR(file('nodes.csv'), 'topics').values['demo-a']).toBe('housing;care')
    const edges = readCsvWithR(file('edges.csv'), 'since')
    expect(edges.rows).toBe(network.edges.length)
    expect(edges.values['demo-rel-ac']).toBe('2015-03-01')
  })

  it('every format carries the same typed attributes as the API', async () => {
    const { body: actor } = await getJson<{ actor: { name: string; location: { lon: number } } }>(
      api,
      '/api/actors/demo-a',
    )
    for (const graph of [read.graphml, read.gexf, read.node_link]) {
      expect(graph.node_data['demo-a']).toMatchObject({
        label: actor.actor.name,
        kind: 'organisation',
        lon: 13.74,
        lat: 51.05,
        founded_year: 1998,
        synthetic: true,
        dataset: 'test',
        licence: 'CC0-1.0',
      })
      expect(graph.edge_data['demo-rel-ac']).toMatchObject({
        relationship_type: 'funding',
        directed: true,
        since: '2015-03-01',
        until: '2020-12-31',
        weight: 2.5,
      })
    }
    expect(read.graphml.node_data['demo-a']!.topics).toBe('housing;care')
    expect(read.node_link.node_data['demo-a']!.topics).toEqual(['housing', 'care'])
    expect(read.igraph.lon['demo-a']).toBe(13.74)
    expect(read.csv.nodes.find((row) => row.id === 'demo-a')).toMatchObject({
      label: actor.actor.name,
      topics: 'housing;care',
      lon: '13.74',
      founded_year: '1998',
      synthetic: 'true',
    })
    expect(read.csv.edges.find((row) => row.id === 'demo-rel-ac')).toMatchObject({
      source: 'demo-a',
      target: 'demo-c',
      since: '2015-03-01',
      weight: '2.5',
    })
    expect(read.graphml.graph).toMatchObject({ data_version: network.dataVersion })
    expect(read.node_link.graph).toMatchObject({ data_version: network.dataVersion, filters: '' })
  })

  it('GEXF has viz positions, colours and sizes, edge thickness and spells for the timeline', () => {
    const project = read.gexf.node_data['demo-p']!
    expect(project.spells).toEqual([['2019-04-01', '2022-03-31']])
    // An open end: networkx 2.8 reads a missing `end` as the text 'None'.
    expect(read.gexf.node_data['demo-a']!.spells).toEqual([['1998-01-01', 'None']])
    expect(project.viz).toMatchObject({ color: { r: 255, g: 127, b: 14 }, position: { z: 0 } })
    expect(read.gexf.edge_data['demo-rel-ac']!.spells).toEqual([['2015-03-01', '2020-12-31']])
    expect(fs.readFileSync(file('network.gexf'), 'utf8')).toContain('<viz:thickness value="2.5"/>')
    expect(fs.readFileSync(file('network.gexf'), 'utf8')).not.toMatch(/<edge[^\n]*<viz:size/)
  })

  it('GeoJSON opens in GDAL with the located actors as points and the ties between them as lines', () => {
    const summary = run('ogrinfo', ['-ro', '-al', '-so', file('network.geojson')])
    expect(summary.stderr).toBe('')
    // demo-c has no place: it and its two ties are left out, and counted.
    expect(summary.stdout).toMatch(/Feature Count: 8/)
    const { stdout } = run('ogrinfo', ['-ro', '-al', file('network.geojson')])
    expect(stdout.match(/^\s+POINT /gm)).toHaveLength(4)
    expect(stdout.match(/^\s+LINESTRING /gm)).toHaveLength(4)
    expect(stdout).not.toContain('demo-c')
    const geojson = JSON.parse(fs.readFileSync(file('network.geojson'), 'utf8')) as {
      metadata: Record<string, unknown>
    }
    expect(geojson.metadata).toMatchObject({
      dataVersion: network.dataVersion,
      actors: 5,
      actorsWithoutPlace: 1,
      relationshipsWithoutPlace: 2,
    })
  })

  it("graphology's Graph.from reads the graphology flavour as a mixed multigraph", () => {
    const graph = Graph.from(
      JSON.parse(fs.readFileSync(file('graphology.json'), 'utf8')) as SerializedGraph,
    )
    expect([graph.order, graph.size]).toEqual([5, 6])
    expect(graph.isDirected('demo-rel-ac')).toBe(true)
    expect(graph.isUndirected('demo-rel-ab')).toBe(true)
    expect(graph.getNodeAttribute('demo-a', 'topics')).toEqual(['housing', 'care'])
  })
})

describe('CSV for Excel', () => {
  it('starts with a UTF-8 byte order mark with bom=true, so pandas utf-8-sig (as Excel) reads the umlauts', async () => {
    const plain = await download(api, 'csv?table=nodes')
    const marked = await download(api, 'csv?table=nodes&bom=true')
    expect([...marked.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(plain[0]).toBe('i'.charCodeAt(0))
    expect(marked.subarray(3).equals(plain)).toBe(true)
    const csv = path.join(folder, 'nodes-bom.csv')
    fs.writeFileSync(csv, marked)
    const script = [
      'import json, sys, pandas as pd',
      "frame = pd.read_csv(sys.argv[1], encoding='utf-8-sig', dtype=str, keep_default_na=False)",
      "print(json.dumps({'columns': list(frame.columns)[:2], 'label': frame.set_index('id').loc['demo-a', 'label']}, ensure_ascii=False))",
    ].join('\n')
    const read = JSON.parse(run('/usr/bin/python3', ['-c', script, csv]).stdout) as {
      columns: string[]
      label: string
    }
    expect(read).toEqual({ columns: ['id', 'label'], label: 'Demo-Verein Ähre & Söhne' })
  })

  it('refuses bom for formats other than CSV, naming it', async () => {
    const response = await api.app.request('/api/export/graphml?bom=true')
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('bom')
    expect((await api.app.request('/api/export/csv?bom=yes')).status).toBe(400)
  })
})

describe('an actor named as an attack', () => {
  it('round-trips as plain text in every format; CSV neutralises the formula with an apostrophe', () => {
    for (const graph of [read.graphml, read.gexf, read.node_link]) {
      expect(graph.node_data['demo-c']!.label).toBe(ATTACK_NAME)
    }
    expect(read.igraph.labels['demo-c']).toBe(ATTACK_NAME)
    expect(readWithR(file('network.graphml')).labels['demo-c']).toBe(ATTACK_NAME)
    expect(read.csv.nodes.find((row) => row.id === 'demo-c')!.label).toBe(`'${ATTACK_NAME}`)
    const graphml = fs.readFileSync(file('network.graphml'), 'utf8')
    expect(graphml).not.toContain('<script>')
    expect(graphml).not.toContain('<!DOCTYPE')
    expect(graphml).toContain('&amp;xxe;')
  })

  it('loses only the control characters XML forbids, and CSV cells starting with - + = @ are text', () => {
    expect(read.graphml.node_data['demo-c']!.description).toBe('-1+1 bell and escape')
    expect(read.node_link.node_data['demo-c']!.description).toBe('-1+1 \u0007bell and \u001Bescape')
    expect(read.csv.nodes.find((row) => row.id === 'demo-c')!.description).toBe(
      "'-1+1 \u0007bell and \u001Bescape",
    )
  })
})

describe('reproducible, filtered, versioned', () => {
  it('gives byte-identical files for the same data version and filters, named after the data version', async () => {
    for (const format of ['graphml', 'gexf', 'csv?table=edges', 'geojson', 'json']) {
      const [first, second] = [await download(api, format), await download(api, format)]
      expect(first.equals(second)).toBe(true)
    }
    const response = await api.app.request('/api/export/gexf?topic=housing')
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(
        `^attachment; filename="netzwerkatlas-sachsen-v${network.dataVersion}-two-mode-f[0-9a-f]{8}\\.gexf"$`,
      ),
    )
    expect(response.headers.get('x-data-version')).toBe(String(network.dataVersion))
  })

  it('follows the same filters as /api/network in every format', async () => {
    const filters = 'topic=housing&kind=organisation,project'
    const { body } = await getJson<NetworkResponse>(api, `/api/network?${filters}`)
    const filtered = await downloadAll(api, filters)
    try {
      const peer = readWithPython(filtered)
      const ids = body.nodes.map((n) => n.id).sort()
      expect(ids).toEqual(['demo-a', 'demo-b', 'demo-p'])
      for (const graph of [peer.graphml, peer.gexf, peer.node_link]) {
        expect(Object.keys(graph.node_data).sort()).toEqual(ids)
        expect(Object.keys(graph.edge_data).sort()).toEqual(body.edges.map((e) => e.id).sort())
      }
      expect(peer.node_link.graph).toMatchObject({
        filters: 'kind=organisation%2Cproject&topic=housing',
      })
    } finally {
      fs.rmSync(filtered, { recursive: true, force: true })
    }
  })

  it('one-mode ties two organisations through each project or event both are tied to', async () => {
    const text = (await download(api, 'json?variant=one-mode')).toString()
    const graph = JSON.parse(text) as { nodes: { id: string }[]; links: Record<string, unknown>[] }
    expect(graph.nodes.map((n) => n.id)).toEqual(['demo-a', 'demo-b', 'demo-c'])
    expect(graph.links).toEqual([
      { source: 'demo-a', target: 'demo-b', key: 'demo-a--demo-b', weight: 1, via: ['demo-p'] },
      { source: 'demo-b', target: 'demo-c', key: 'demo-b--demo-c', weight: 1, via: ['demo-v'] },
    ])
  })

  it('answers 304 to the ETag of the data version and gzips when asked', async () => {
    const first = await api.app.request('/api/export/graphml')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^W\/"/)
    const again = await api.app.request('/api/export/graphml', {
      headers: { 'If-None-Match': etag },
    })
    expect(again.status).toBe(304)
    const gzipped = await api.app.request('/api/export/graphml', {
      headers: { 'Accept-Encoding': 'gzip' },
    })
    expect(gzipped.headers.get('content-encoding')).toBe('gzip')
    const { gunzipSync } = await import('node:zlib')
    expect(
      gunzipSync(Buffer.from(await gzipped.arrayBuffer())).equals(await download(api, 'graphml')),
    ).toBe(true)
  })
})
