/**
 * GET /api/map/clusters: the map's groups computed on the server must hold every actor /map/actors lists for the
 * same filters, exactly once at every zoom, and be the groups MapLibre's own clustering made of those rows.
 */
import { gunzipSync } from 'node:zlib'
import {
  MapClustersResponseSchema,
  type MapActorsResponse,
  type MapClustersResponse,
} from '@netzwerkatlas/shared'
import Supercluster from 'supercluster'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locatedAt, makeActor, testDataset } from './support/builders.ts'
import { expectProblem, getJson } from './support/http.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

const LEIPZIG = '14713000'
const DRESDEN = '14612000'
const SAXONY = '11.8,50.1,15.1,51.7'
const WORLD = '-180,-85,180,85'

/** A fixed spread: two dense towns and a sprinkle over the state, so there are groups of every size. */
function spreadActors() {
  let seed = 7
  const random = () => {
    seed = (seed * 16807) % 2147483647
    return seed / 2147483647
  }
  const actors = []
  for (let i = 0; i < 360; i++) {
    const [lon, lat, ags] =
      i % 3 === 0
        ? [12.2 + random() * 2.8, 50.3 + random() * 1.3, LEIPZIG]
        : i % 3 === 1
          ? [12.37 + random() * 0.05, 51.34 + random() * 0.03, LEIPZIG]
          : [13.73 + random() * 0.04, 51.04 + random() * 0.02, DRESDEN]
    actors.push(
      makeActor({
        id: `demo-a${i}`,
        type: i % 5 === 0 ? 'welfare_org' : 'civil_society',
        ...locatedAt(lon, lat, ags),
      }),
    )
  }
  actors.push(makeActor({ id: 'demo-nowhere' }))
  return actors
}

let api: TestApi
beforeAll(async () => {
  api = await startTestApi(testDataset(spreadActors(), []))
})
afterAll(() => api.close())

const clustersOf = async (query: string) => {
  const { response, body } = await getJson<MapClustersResponse>(api, `/api/map/clusters?${query}`)
  expect(response.status).toBe(200)
  return MapClustersResponseSchema.parse(body)
}
const rowsOf = async (query = '') =>
  (await getJson<MapActorsResponse>(api, `/api/map/actors${query}`)).body

const held = (body: MapClustersResponse) =>
  body.clusters.reduce((sum, [, , count]) => sum + count, 0) + body.points.length

describe('GET /api/map/clusters', () => {
  it('holds every located actor of /map/actors once, at every zoom, for the same filters', async () => {
    for (const filter of ['', 'type=welfare_org']) {
      const rows = await rowsOf(filter ? `?${filter}` : '')
      expect(rows.actors.length).toBeGreaterThan(50)
      for (const zoom of [0, 5, 7, 9, 11, 12, 16]) {
        const body = await clustersOf(`${filter}&zoom=${zoom}&view=${WORLD}`)
        expect(held(body), `${filter || 'all'} at zoom ${zoom}`).toBe(rows.actors.length)
        // A point names its row of /map/actors, drawn where that row places it.
        for (const [row, lon, lat] of body.points) {
          expect(rows.actors[row]!.slice(2, 4)).toEqual([lon, lat])
        }
      }
    }
    // The fixture is dense enough to group at the state's zoom and apart beyond the last grouping zoom.
    expect((await clustersOf(`zoom=7&view=${WORLD}`)).clusters.length).toBeGreaterThan(1)
    expect((await clustersOf(`zoom=12&view=${WORLD}`)).clusters).toEqual([])
  })

  it('makes the groups MapLibre made in the page: its supercluster options on the same rows', async () => {
    const rows = await rowsOf()
    // What MapLibre's GeoJSON source hands supercluster for clusterRadius 45 and clusterMaxZoom 11.
    const maplibre = new Supercluster({
      radius: 45 * (8192 / 512),
      extent: 8192,
      maxZoom: 11,
    }).load(
      rows.actors.map(([, , lon, lat]) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [lon, lat] },
        properties: {},
      })),
    )
    for (const zoom of [4, 6, 7, 8, 10, 11]) {
      const expected = maplibre
        .getClusters([11.8, 50.1, 15.1, 51.7], zoom)
        .map((feature) => (feature.properties as { point_count?: number }).point_count ?? 1)
        .sort((a, b) => a - b)
      const body = await clustersOf(`zoom=${zoom}&view=${SAXONY}`)
      const ours = [...body.clusters.map(([, , count]) => count), ...body.points.map(() => 1)].sort(
        (a, b) => a - b,
      )
      expect(ours, `zoom ${zoom}`).toEqual(expected)
    }
  })

  it('sends only what is in view, and a group zooms to where it falls apart', async () => {
    const leipzig = await clustersOf('zoom=9&view=12.2,51.2,12.6,51.5')
    const everything = await clustersOf(`zoom=9&view=${WORLD}`)
    expect(held(leipzig)).toBeGreaterThan(0)
    expect(held(leipzig)).toBeLessThan(held(everything))
    for (const [lon, , , expansion] of everything.clusters) {
      expect(lon).toBeGreaterThan(11.8)
      expect(expansion).toBeGreaterThan(9)
    }
  })

  it('is compressed, tagged by data version, and answers 304 to its tag', async () => {
    const path = `/api/map/clusters?zoom=7&view=${SAXONY}`
    const response = await api.app.request(path, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    const body: unknown = JSON.parse(
      gunzipSync(Buffer.from(await response.arrayBuffer())).toString(),
    )
    expect(held(MapClustersResponseSchema.parse(body))).toBe(360)
    const again = await api.app.request(path, {
      headers: { 'If-None-Match': response.headers.get('etag')! },
    })
    expect(again.status).toBe(304)
  })

  it('names a bad zoom or view, and refuses unpublished records to the public', async () => {
    for (const [query, field] of [
      [`zoom=seven&view=${SAXONY}`, 'zoom'],
      [`zoom=30&view=${SAXONY}`, 'zoom'],
      [`view=${SAXONY}`, 'zoom'],
      ['zoom=7&view=15,50,12,51', 'view'],
      ['zoom=7&view=12,50', 'view'],
      ['zoom=7', 'view'],
    ] as const) {
      const problem = await expectProblem(await api.app.request(`/api/map/clusters?${query}`), 400)
      expect(problem.errors?.map((error) => error.parameter)).toContain(field)
    }
    await expectProblem(
      await api.app.request(`/api/map/clusters?zoom=7&view=${SAXONY}&status=pending`),
      403,
    )
  })
})
