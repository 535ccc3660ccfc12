import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import {
  MapActorsResponseSchema,
  DistrictsResponseSchema,
  type DistrictsResponse,
  type MapActorsResponse,
} from '@netzwerkatlas/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locatedAt, makeActor, makeRelationship, testDataset } from './support/builders.ts'
import { expectProblem, getJson } from './support/http.ts'
import { startTestApi, startTestApiWith, testConfig, type TestApi } from './support/test-api.ts'

const inMunicipality = (lon: number, lat: number, ags: string) => {
  const placed = locatedAt(lon, lat, ags)
  return { ...placed, location: { ...placed.location, precision: 'municipality' as const } }
}

const actors = [
  makeActor({
    id: 'demo-dresden-a',
    type: 'welfare_org',
    topics: ['housing'],
    ...locatedAt(13.74, 51.05, '14612000'),
  }),
  makeActor({
    id: 'demo-dresden-b',
    topics: ['care'],
    ...inMunicipality(13.75, 51.06, '14612000'),
  }),
  makeActor({ id: 'demo-leipzig', ...locatedAt(12.37, 51.34, '14713000') }),
  makeActor({ id: 'demo-nowhere' }),
  makeActor({ id: 'demo-hidden', status: 'pending', ...locatedAt(13.7, 51.0, '14612000') }),
]
const relationships = [
  makeRelationship({ id: 'demo-rel-1', sourceId: 'demo-dresden-a', targetId: 'demo-dresden-b' }),
  makeRelationship({ id: 'demo-rel-2', sourceId: 'demo-dresden-a', targetId: 'demo-leipzig' }),
]

let api: TestApi
beforeAll(async () => {
  api = await startTestApi(testDataset(actors, relationships))
})
afterAll(() => api.close())

describe('GET /api/map/basemap/{layer}', () => {
  it('serves the districts from GEO_DIR as compressed GeoJSON that revalidates with 304', async () => {
    const response = await api.app.request('/api/map/basemap/districts', {
      headers: { 'Accept-Encoding': 'gzip' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/geo+json')
    expect(response.headers.get('content-encoding')).toBe('gzip')
    const body = JSON.parse(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()) as {
      features: { properties: { ags: string; population: number } }[]
    }
    expect(body.features).toHaveLength(13)
    expect(
      body.features.find((f) => f.properties.ags === '14612')?.properties.population,
    ).toBeGreaterThan(500_000)
    const again = await api.app.request('/api/map/basemap/districts', {
      headers: { 'If-None-Match': response.headers.get('etag')! },
    })
    expect(again.status).toBe(304)
  })

  it('labels only the larger towns', async () => {
    const { body } = await getJson<{
      features: { properties: { name: string; population: number } }[]
    }>(api, '/api/map/basemap/towns')
    const names = body.features.map((f) => f.properties.name)
    expect(names).toContain('Leipzig')
    expect(names).toContain('Görlitz')
    expect(body.features.every((f) => f.properties.population >= 20_000)).toBe(true)
  })

  it('names the layer parameter when the layer is unknown', async () => {
    const problem = await expectProblem(await api.app.request('/api/map/basemap/motorways'), 400)
    expect(JSON.stringify(problem)).toContain('layer')
  })
})

describe('GET /api/map/actors', () => {
  it('lists each located public actor as one compact row and counts those without a place', async () => {
    const { response, body } = await getJson<MapActorsResponse>(api, '/api/map/actors')
    expect(response.headers.get('etag')).toBeTruthy()
    MapActorsResponseSchema.parse(body)
    expect(body.actors.map((row) => row[0]).sort()).toEqual([
      'demo-dresden-a',
      'demo-dresden-b',
      'demo-leipzig',
    ])
    const b = body.actors.find((row) => row[0] === 'demo-dresden-b')!
    expect(b.slice(2, 4)).toEqual([13.75, 51.06])
    expect(b[5]).toBe(2) // municipality precision
    const a = body.actors.find((row) => row[0] === 'demo-dresden-a')!
    expect(body.types[a[4]]).toBe('welfare_org')
    expect(body.withoutPlace).toBe(1)
  })

  it('applies the shared filters', async () => {
    const { body } = await getJson<MapActorsResponse>(api, '/api/map/actors?district=14713')
    expect(body.actors.map((row) => row[0])).toEqual(['demo-leipzig'])
    expect(body.withoutPlace).toBe(0)
  })

  it('lists exactly the actors without a place with located=false, the ones the map counts', async () => {
    const { body } = await getJson<{ items: { id: string }[]; total: number }>(
      api,
      '/api/actors?located=false',
    )
    expect(body.items.map((actor) => actor.id)).toEqual(['demo-nowhere'])
    const located = await getJson<{ total: number }>(api, '/api/actors?located=true')
    expect(located.body.total).toBe(3)
  })

  it('names a bad filter', async () => {
    const problem = await expectProblem(await api.app.request('/api/map/actors?type=castle'), 400)
    expect(JSON.stringify(problem)).toContain('type')
  })
})

describe('GET /api/districts', () => {
  it('gives actors per 100,000 inhabitants and the share of relationships crossing the border', async () => {
    const { body } = await getJson<DistrictsResponse>(api, '/api/districts')
    DistrictsResponseSchema.parse(body)
    expect(body.populationDate).toBe('2023-12-31')
    const dresden = body.districts.find((d) => d.ags === '14612')!
    expect(dresden.actors).toBe(2)
    expect(dresden.actorsPer100k).toBeCloseTo((2 / dresden.population) * 100_000, 10)
    expect(dresden.relationships).toBe(2)
    expect(dresden.crossBorder).toBe(1)
    expect(dresden.crossBorderShare).toBe(0.5)
    expect(dresden.mostConnected[0]).toEqual({
      id: 'demo-dresden-a',
      name: 'Demo-Verein demo-dresden-a',
      relationships: 2,
    })
    expect(dresden.byType).toContainEqual({ id: 'welfare_org', count: 1 })
  })

  it('lists the bordering districts of Dresden and the ties shared with them', async () => {
    const { body } = await getJson<DistrictsResponse>(api, '/api/districts')
    const dresden = body.districts.find((d) => d.ags === '14612')!
    expect(dresden.neighbours.map((n) => n.ags)).toEqual(['14625', '14627', '14628'])
    const leipzig = body.districts.find((d) => d.ags === '14713')!
    expect(leipzig.neighbours.map((n) => n.ags)).toEqual(['14729', '14730'])
    expect(leipzig.crossBorder).toBe(1)
  })

  it('finds the same neighbouring districts as GDAL (SpatiaLite ST_Intersects on the geodata)', async () => {
    const output = execFileSync(
      'ogrinfo',
      [
        '-q',
        '-dialect',
        'SQLite',
        '-sql',
        'SELECT a.ags AS a, b.ags AS b FROM districts a, districts b WHERE a.ags < b.ags AND ST_Intersects(a.geometry, b.geometry)',
        path.join(testConfig.geoDir, 'districts.geojson'),
      ],
      { encoding: 'utf8' },
    )
    const ends = [...output.matchAll(/^\s+[ab] \(String\) = (\d{5})$/gm)].map((m) => m[1]!)
    const gdalPairs = new Set<string>()
    for (let i = 0; i < ends.length; i += 2) gdalPairs.add(`${ends[i]}-${ends[i + 1]}`)
    const { body } = await getJson<DistrictsResponse>(api, '/api/districts')
    const ourPairs = new Set(
      body.districts.flatMap((d) =>
        d.neighbours.filter((n) => d.ags < n.ags).map((n) => `${d.ags}-${n.ags}`),
      ),
    )
    expect(gdalPairs.size).toBeGreaterThan(20)
    expect([...ourPairs].sort()).toEqual([...gdalPairs].sort())
  })

  it('counts only real data when asked to', async () => {
    const { body } = await getJson<DistrictsResponse>(api, '/api/districts?synthetic=false')
    expect(body.districts.every((d) => d.actors === 0)).toBe(true)
  })
})

describe('embedding', () => {
  it('refuses framing by default', async () => {
    const response = await api.app.request('/embed/map')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(testConfig.frameAncestors).toEqual([])
  })

  it('lets the configured origins frame the embeddable map, and only that view', async () => {
    const configured = await startTestApiWith({
      env: {
        FRAME_ANCESTORS: 'https://partner.example,https://other.example/path',
        MAP_STYLE_URL: 'https://tiles.example.org/styles/basic.json',
      },
    })
    try {
      const embed = await configured.app.request('/embed/map?synthetic=false')
      const policy = embed.headers.get('content-security-policy')!
      expect(policy).toContain('frame-ancestors https://partner.example https://other.example')
      expect(embed.headers.get('x-frame-options')).toBeNull()
      const list = await configured.app.request('/')
      expect(list.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
      expect(list.headers.get('x-frame-options')).toBe('SAMEORIGIN')
      // The online basemap's origin may serve the style and its tiles.
      expect(policy).toContain("connect-src 'self' https://tiles.example.org")
      const { body } = await getJson<{ styleUrl: string }>(configured, '/api/map/settings')
      expect(body.styleUrl).toBe('https://tiles.example.org/styles/basic.json')
    } finally {
      await configured.close()
    }
  })
})
