/**
 * The analysis in every export: the metric columns equal /api/network/metrics of the same data version as
 * networkx, python-igraph and pandas read them, networkx's own betweenness on the exported GraphML agrees, the
 * files still validate, and an export whose analysis is not ready says so instead of mixing versions.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type {
  NetworkCommunitiesResponse,
  NetworkMetricsResponse,
  NewActor,
  NewRelationship,
} from '@netzwerkatlas/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { relationshipRepository } from '../src/store/relationship-repository.ts'
import { locatedAt, makeActor, makeRelationship, testDataset } from './support/builders.ts'
import { download, downloadAll, run, untilAnalysed, validateXml } from './support/export-files.ts'
import { getJson } from './support/http.ts'
import { startTestApi, startTestApiWith, type TestApi } from './support/test-api.ts'

const PEER_SCRIPT = path.resolve(import.meta.dirname, 'peer/export/read_metrics.py')

/** Same seeded generator idea as the demo data: a repeatable network with clusters, bridges and odd cases. */
function seeded(seed: number) {
  let state = seed
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
    return state / 2 ** 32
  }
}

const CITIES = [
  { ags: '14713000', lon: 12.37, lat: 51.34, topic: 'education' },
  { ags: '14612000', lon: 13.74, lat: 51.05, topic: 'care' },
  { ags: '14511000', lon: 12.92, lat: 50.83, topic: 'housing' },
] as const

function metricsNetwork() {
  const random = seeded(7)
  const actors: NewActor[] = []
  for (let i = 0; i < 60; i++) {
    const city = CITIES[i % 3]!
    actors.push(
      makeActor({
        id: `demo-m${i}`,
        topics: [city.topic],
        // Every seventh actor has no place: its metrics must still be in every format but GeoJSON.
        ...(i % 7 === 6 ? {} : locatedAt(city.lon + i / 1000, city.lat, city.ags)),
      }),
    )
  }
  actors.push(makeActor({ id: 'demo-alone', topics: ['care'] }))
  actors.push(makeActor({ id: 'demo-hidden', status: 'pending' }))
  const relationships: NewRelationship[] = []
  const seen = new Set<string>()
  const add = (a: number, b: number, extra: Partial<NewRelationship> = {}) => {
    const id = `demo-rel-${a}-${b}${extra.type ? `-${extra.type}` : ''}`
    if (a === b || seen.has(id)) return
    seen.add(id)
    relationships.push(
      makeRelationship({ id, sourceId: `demo-m${a}`, targetId: `demo-m${b}`, ...extra }),
    )
  }
  for (let i = 0; i < 60; i++) {
    // Mostly within the city (same i % 3), sometimes across: communities with brokers between them.
    for (let k = 0; k < 3; k++) {
      const across = random() < 0.12
      const j = across ? Math.floor(random() * 60) : (Math.floor(random() * 20) * 3 + (i % 3)) % 60
      add(Math.min(i, j), Math.max(i, j), { weight: 1 + Math.floor(random() * 3) })
    }
  }
  // A parallel tie of another type, and directed ones: the analysis sees each pair once, undirected.
  add(0, 3, { type: 'funding', directed: true, weight: 2 })
  add(4, 1, { type: 'funding', directed: true })
  relationships.push(
    makeRelationship({ id: 'demo-rel-hidden', sourceId: 'demo-m0', targetId: 'demo-hidden' }),
  )
  return testDataset(actors, relationships)
}

type MetricRow = Record<string, number | string | boolean | null>

interface PeerMetrics {
  graphml: Record<string, MetricRow>
  graphml_graph: Record<string, unknown>
  gexf: Record<string, MetricRow>
  node_link: Record<string, MetricRow>
  node_link_graph: { analysis: Record<string, unknown> }
  igraph: Record<string, MetricRow>
  csv: Record<string, MetricRow>
  csv_dtypes: Record<string, string>
  geojson: Record<string, MetricRow>
  geojson_metadata: { analysis: Record<string, unknown> }
  nx_betweenness: Record<string, number>
  nx_closeness: Record<string, number>
}

const readMetrics = (folder: string) =>
  JSON.parse(run('/usr/bin/python3', [PEER_SCRIPT, folder]).stdout) as PeerMetrics

describe('metrics in every export format', () => {
  let api: TestApi
  let folder: string
  let peer: PeerMetrics
  let metrics: NetworkMetricsResponse
  let communities: NetworkCommunitiesResponse
  beforeAll(async () => {
    api = await startTestApi(metricsNetwork())
    folder = await downloadAll(api)
    peer = readMetrics(folder)
    metrics = (await getJson<NetworkMetricsResponse>(api, '/api/network/metrics')).body
    communities = (await getJson<NetworkCommunitiesResponse>(api, '/api/network/communities')).body
  }, 90_000)
  afterAll(async () => {
    fs.rmSync(folder, { recursive: true, force: true })
    await api.close()
  })

  /** What each format should hold for an actor: /api/network/metrics in the exports' column names. */
  const expected = () =>
    Object.fromEntries(
      metrics.actors.map((actor): [string, MetricRow] => {
        const name = communities.communities[actor.community]!.name
        return [
          actor.id,
          {
            degree: actor.degree,
            weighted_degree: actor.weightedDegree,
            betweenness: actor.betweenness,
            closeness: actor.closeness,
            pagerank: actor.pageRank,
            community: actor.community,
            community_name: name.de,
            community_name_en: name.en,
            brokerage: actor.brokerage,
            component: actor.component,
            is_cut_vertex: actor.isArticulationPoint,
          },
        ]
      }),
    )

  it('networkx (GraphML, GEXF, node-link), python-igraph and pandas read the values /api/network/metrics serves', () => {
    const want = expected()
    expect(Object.keys(want)).toHaveLength(61)
    expect(metrics.actors.some((actor) => actor.betweenness > 0.05)).toBe(true)
    expect(new Set(metrics.actors.map((actor) => actor.community)).size).toBeGreaterThan(1)
    for (const format of ['graphml', 'gexf', 'node_link', 'igraph', 'csv'] as const) {
      expect({ format, rows: peer[format] }).toEqual({ format, rows: want })
    }
    // pandas types the columns as numbers and booleans: usable in a spreadsheet-style analysis as they are.
    expect(peer.csv_dtypes).toMatchObject({
      degree: 'int64',
      betweenness: 'float64',
      community: 'int64',
      is_cut_vertex: 'bool',
    })
  })

  it('GeoJSON carries the same values for the actors with a place', () => {
    const want = expected()
    const located = Object.keys(peer.geojson)
    expect(located.length).toBeGreaterThan(40)
    expect(located).not.toContain('demo-m6')
    for (const id of located) expect(peer.geojson[id]).toEqual(want[id])
  })

  it("agrees with networkx's own betweenness and closeness computed on the exported GraphML within 1e-6", () => {
    const ids = Object.keys(peer.nx_betweenness)
    expect(ids).toHaveLength(61)
    for (const id of ids) {
      expect(
        Math.abs((peer.graphml[id]!.betweenness as number) - peer.nx_betweenness[id]!),
      ).toBeLessThan(1e-6)
      expect(
        Math.abs((peer.graphml[id]!.closeness as number) - peer.nx_closeness[id]!),
      ).toBeLessThan(1e-6)
    }
  })

  it('names the analysed data version and the methods in the metadata of every file', async () => {
    const version = metrics.dataVersion
    expect(peer.graphml_graph).toMatchObject({ analysis: 'ready', analysis_data_version: version })
    expect(peer.graphml_graph.analysis_methods).toMatch(/betweenness exact .*Louvain, seed 1/)
    for (const note of [peer.node_link_graph.analysis, peer.geojson_metadata.analysis]) {
      expect(note).toMatchObject({
        status: 'ready',
        dataVersion: version,
        betweenness: { method: 'exact', normalisation: 'pairs', pivots: 61 },
        communities: { method: 'Louvain', seed: 1 },
      })
    }
    const gexf = fs.readFileSync(path.join(folder, 'network.gexf'), 'utf8')
    expect(gexf).toContain(`analysis: ready, data version ${version}; betweenness exact`)
    const csv = await api.app.request('/api/export/csv')
    expect(csv.headers.get('x-analysis')).toBe('ready')
  })

  it('GraphML and GEXF with the metric columns still validate with xmllint --nonet', () => {
    expect(
      validateXml('graphml-1.0/graphml.xsd', path.join(folder, 'network.graphml')).stderr,
    ).toMatch(/validates/)
    expect(validateXml('gexf-1.3/gexf.xsd', path.join(folder, 'network.gexf')).stderr).toMatch(
      /validates/,
    )
  })

  it('documents every metric column in the bundle codebook, German and English, and names the analysis', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'netzwerkatlas-metrics-bundle-'))
    fs.writeFileSync(path.join(out, 'bundle.zip'), await download(api, 'bundle'))
    run('/usr/bin/python3', [
      '-m',
      'zipfile',
      '-e',
      path.join(out, 'bundle.zip'),
      path.join(out, 'x'),
    ])
    const root = path.join(out, 'x', fs.readdirSync(path.join(out, 'x'))[0]!)
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
    const [german, english] = readme.split('## English')
    expect(german).toContain('| `betweenness` | double | Betweenness (Brandes), normiert')
    expect(english).toContain('| `betweenness` | double | Betweenness (Brandes), normalised')
    expect(german).toContain('| `community_name` | string | Name der Community')
    expect(english).toContain('| `is_cut_vertex` | boolean | true: articulation point')
    expect(german).toContain('unabhängig von den Filtern')
    expect(readme).toContain(`analysis: ready, data version ${metrics.dataVersion}`)
    const dataPackage = JSON.parse(
      fs.readFileSync(path.join(root, 'datapackage.json'), 'utf8'),
    ) as {
      netzwerkatlas: { analysis: { status: string; dataVersion: number } }
      resources: { path: string; schema?: { fields: { name: string; type: string }[] } }[]
    }
    expect(dataPackage.netzwerkatlas.analysis).toMatchObject({
      status: 'ready',
      dataVersion: metrics.dataVersion,
    })
    const fields = dataPackage.resources.find((r) => r.path === 'two-mode-nodes.csv')!.schema!
      .fields
    expect(fields.filter((f) => ['degree', 'pagerank', 'is_cut_vertex'].includes(f.name))).toEqual([
      expect.objectContaining({ name: 'degree', type: 'integer' }),
      expect.objectContaining({ name: 'pagerank', type: 'number' }),
      expect.objectContaining({ name: 'is_cut_vertex', type: 'boolean' }),
    ])
    fs.rmSync(out, { recursive: true, force: true })
  })

  it('keeps the metrics of the whole network when the filters select part of it', async () => {
    const filtered = (await download(api, 'csv?topic=care')).toString()
    const [header, ...rows] = filtered.trim().split('\r\n')
    const columns = header!.split(',')
    const row = rows.map((line) => line.split(',')).find((cells) => cells[0] === 'demo-m1')!
    const actor = metrics.actors.find((a) => a.id === 'demo-m1')!
    expect(Number(row[columns.indexOf('betweenness')])).toBe(actor.betweenness)
    expect(Number(row[columns.indexOf('degree')])).toBe(actor.degree)
  })
})

describe('an export whose analysis is not ready', () => {
  let api: TestApi
  beforeAll(async () => {
    // No wait: an export right after a data change finds its version not analysed yet.
    api = await startTestApiWith({ env: { EXPORT_ANALYSIS_WAIT_MS: '0' } }, metricsNetwork())
  })
  afterAll(() => api.close())

  const untilReady = (format: string) => untilAnalysed(api, format)

  it('says pending with empty metric columns under another tag, uncached, and is final once analysed', async () => {
    const ready = await untilReady('csv')
    const readyTag = ready.headers.get('etag')!
    await ready.arrayBuffer()
    await api.store.write('test', (context) =>
      relationshipRepository.insertMany(context, [
        makeRelationship({ id: 'demo-rel-new', sourceId: 'demo-alone', targetId: 'demo-m2' }),
      ]),
    )
    await api.rebuildIndex()

    const pending = await api.app.request('/api/export/csv')
    expect(pending.headers.get('x-analysis')).toBe('pending')
    expect(pending.headers.get('cache-control')).toBe('no-store')
    const pendingTag = pending.headers.get('etag')!
    expect(pendingTag).not.toBe(readyTag)
    const [header, ...rows] = (await pending.text()).trim().split('\r\n')
    const columns = header!.split(',')
    const alone = rows.map((line) => line.split(',')).find((cells) => cells[0] === 'demo-alone')!
    for (const column of ['degree', 'betweenness', 'community_name', 'is_cut_vertex']) {
      expect(alone[columns.indexOf(column)]).toBe('')
    }
    const graphml = await (await api.app.request('/api/export/graphml')).text()
    expect(graphml).toContain('<data key="g_analysis">pending</data>')
    expect(graphml).not.toContain('<data key="n_degree">')

    // Revalidating the pending file never gets a 304 once the analysis is there: the client fetches the final one.
    const final = await untilReady('csv')
    expect(final.headers.get('etag')).not.toBe(pendingTag)
    const revalidated = await api.app.request('/api/export/csv', {
      headers: { 'If-None-Match': pendingTag },
    })
    expect(revalidated.status).toBe(200)
    const text = await final.text()
    const finalRow = text
      .split('\r\n')
      .map((line) => line.split(','))
      .find((cells) => cells[0] === 'demo-alone')!
    expect(finalRow[columns.indexOf('degree')]).toBe('1')
  })
})
