import { execFileSync } from 'node:child_process'
import { PartnersResponseSchema, type NewActor } from '@netzwerkatlas/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locatedAt, makeActor, testDataset } from './support/builders.ts'
import { gazetteer, startTestApi, type TestApi } from './support/test-api.ts'

/** Saxon towns by AGS; their municipality centres (Destatis) are the points compared. */
const TOWNS = {
  weisswasser: '14626600',
  goerlitz: '14626110',
  bautzen: '14625020',
  zittau: '14626610',
  dresden: '14612000',
  leipzig: '14713000',
  chemnitz: '14511000',
  plauen: '14523320',
}
const town = (ags: string) => {
  const municipality = gazetteer.municipalityByAgs.get(ags)
  if (!municipality) throw new Error(`no municipality ${ags}`)
  return municipality
}

const townActors: NewActor[] = Object.entries(TOWNS).map(([key, ags]) =>
  makeActor({ id: `demo-${key}`, topics: ['housing'], ...locatedAt(...town(ags).center, ags) }),
)

let api: TestApi
beforeAll(async () => {
  api = await startTestApi(testDataset(townActors))
})
afterAll(async () => api.close())

/** Geodesic distances on the WGS84 ellipsoid from pyproj, the reference GIS tools use. */
function pyprojKm(pairs: [number, number, number, number][]): number[] {
  const script = [
    'import json, sys',
    'from pyproj import Geod',
    "geod = Geod(ellps='WGS84')",
    'pairs = json.load(sys.stdin)',
    'print(json.dumps([geod.inv(a, b, c, d)[2] / 1000 for a, b, c, d in pairs]))',
  ].join('\n')
  const output = execFileSync('/usr/bin/python3', ['-c', script], { input: JSON.stringify(pairs) })
  return JSON.parse(output.toString()) as number[]
}

describe('partner distances', () => {
  it.each([
    ['weisswasser', 'Weißwasser'],
    ['leipzig', 'Leipzig'],
    ['plauen', 'Plauen'],
  ])(
    'agree with pyproj’s WGS84 geodesic within 0.5 %% from %s to every other town',
    async (key, place) => {
      const response = await api.app.request(`/api/partners?place=${place}&radiusKm=300&limit=100`)
      const body = PartnersResponseSchema.parse(await response.json())
      const from = town(TOWNS[key as keyof typeof TOWNS]).center
      const others = body.results.filter((r) => r.actor.id !== `demo-${key}`)
      expect(others.length).toBeGreaterThanOrEqual(5)
      const reference = pyprojKm(
        others.map((r) => [from[0], from[1], r.actor.location!.lon, r.actor.location!.lat]),
      )
      others.forEach((result, n) => {
        expect(Math.abs(result.distanceKm - reference[n]!) / reference[n]!).toBeLessThan(0.005)
      })
    },
  )

  it('lists only actors inside the radius, nearest first when scores differ only by distance', async () => {
    const body = PartnersResponseSchema.parse(
      await (await api.app.request('/api/partners?place=Görlitz&radiusKm=60')).json(),
    )
    expect(body.results.map((r) => r.actor.id)).toEqual([
      'demo-goerlitz',
      'demo-zittau',
      'demo-bautzen',
      'demo-weisswasser',
    ])
    const distances = body.results.map((r) => r.distanceKm)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(body.results.every((r) => r.distanceKm <= 60)).toBe(true)
    expect(body.place).toMatchObject({ name: 'Görlitz', precision: 'municipality' })
    expect(body.alternatives.map((p) => p.label)).toContain('Landkreis Görlitz')
  })

  it('searches around a point given as near=lon,lat', async () => {
    const [lon, lat] = town(TOWNS.dresden).center
    const body = PartnersResponseSchema.parse(
      await (await api.app.request(`/api/partners?near=${lon},${lat}&radiusKm=5`)).json(),
    )
    expect(body.place).toMatchObject({ kind: 'point', precision: 'point' })
    expect(body.results.map((r) => r.actor.id)).toEqual(['demo-dresden'])
  })

  it('answers a repeated search with 304 for the same data version', async () => {
    const first = await api.app.request('/api/partners?place=Bautzen')
    const etag = first.headers.get('etag')!
    const again = await api.app.request('/api/partners?place=Bautzen', {
      headers: { 'If-None-Match': etag },
    })
    expect(again.status).toBe(304)
  })
})

describe('repeated partner searches', () => {
  /** The current index, counting the spatial queries a search starts with; everything else is the real index. */
  function countSpatialQueries() {
    const counted = { queries: 0 }
    const index = api.indexHolder.current()
    api.indexHolder.replace(
      new Proxy(index, {
        get(target, name, receiver) {
          const value: unknown = Reflect.get(target, name, receiver)
          if (typeof value !== 'function') return value
          if (name === 'positionsInBbox' || name === 'positionsWithTopicsInBbox') counted.queries++
          return (value as (...args: unknown[]) => unknown).bind(target)
        },
      }),
    )
    return { counted, restore: () => api.indexHolder.replace(index) }
  }

  it('answer from the kept body or with 304 without searching again, and a new search still searches', async () => {
    const url = '/api/partners?place=Zittau&radiusKm=40'
    const first = await api.app.request(url, { headers: { 'Accept-Encoding': 'gzip' } })
    const etag = first.headers.get('etag')!
    const { counted, restore } = countSpatialQueries()
    try {
      const kept = await api.app.request(url, { headers: { 'Accept-Encoding': 'gzip' } })
      expect(Buffer.from(await kept.arrayBuffer())).toEqual(Buffer.from(await first.arrayBuffer()))
      const unchanged = await api.app.request(url, { headers: { 'If-None-Match': etag } })
      expect(unchanged.status).toBe(304)
      expect(counted.queries).toBe(0)
      const other = await api.app.request('/api/partners?place=Zittau&radiusKm=41')
      expect(other.status).toBe(200)
      expect(counted.queries).toBe(1)
    } finally {
      restore()
    }
  })
})

describe('bad partner searches', () => {
  it.each([
    ['radiusKm=0', 'radiusKm'],
    ['radiusKm=-5', 'radiusKm'],
    ['radiusKm=301', 'radiusKm'],
    ['radiusKm=weit', 'radiusKm'],
    ['topic=wohnen', 'topic'],
    ['offers=geld', 'offers'],
    ['place=', 'place'],
    ['', 'place'],
    ['place=Weisswaser', 'place'],
    ['place=Bernsdorf', 'place'],
    ['place=Atlantis', 'place'],
    ['near=2.35,48.85', 'near'],
    ['near=14.6,51.5&place=Görlitz', 'near'],
    ['from=demo-nobody', 'from'],
    ['colour=blue', 'colour'],
  ])('refuses "%s" with 400 problem+json naming %s', async (query, parameter) => {
    const prefix =
      query.startsWith('place') ||
      query.startsWith('near') ||
      query.startsWith('from') ||
      query === ''
    const url = `/api/partners?${prefix ? query : `place=Görlitz&${query}`}`
    const response = await api.app.request(url)
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    const problem = (await response.json()) as { errors: { parameter: string }[] }
    expect(problem.errors.map((error) => error.parameter)).toContain(parameter)
  })

  it('suggests the nearest spelling of a misspelt place', async () => {
    const response = await api.app.request('/api/partners?place=Weisswaser')
    expect(await response.json()).toMatchObject({
      errors: [
        { parameter: 'place', detail: expect.stringContaining('Weißwasser/O.L.') as unknown },
      ],
    })
  })

  it('names the choices of an ambiguous place', async () => {
    const response = await api.app.request('/api/partners?place=Bernsdorf')
    expect(await response.json()).toMatchObject({
      errors: [
        {
          parameter: 'place',
          detail: expect.stringMatching(
            /Bernsdorf \(Bautzen\).*Bernsdorf \(Zwickau\)|Bernsdorf \(Zwickau\).*Bernsdorf \(Bautzen\)/,
          ) as unknown,
        },
      ],
    })
  })
})
