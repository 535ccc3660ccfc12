/**
 * GET /api/map/ties: the ties the map draws for a year must be exactly the ones /network/timeline counts, by the
 * one shared rule, with ends the map can place and the shared filters applied.
 */
import { gunzipSync } from 'node:zlib'
import {
  isTieActiveIn,
  MapTiesResponseSchema,
  NetworkTimelineResponseSchema,
  type MapActorsResponse,
  type MapTiesResponse,
  type NetworkTimelineResponse,
} from '@netzwerkatlas/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locatedAt, makeActor, makeRelationship, testDataset } from './support/builders.ts'
import { expectProblem, getJson } from './support/http.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

const LEIPZIG = '14713000'
const DRESDEN = '14612000'
const actors = [
  makeActor({ id: 'demo-old', topics: ['care'], ...locatedAt(12.37, 51.34, LEIPZIG) }),
  makeActor({
    id: 'demo-young',
    topics: ['care'],
    foundedYear: 2017,
    ...locatedAt(12.38, 51.35, LEIPZIG),
  }),
  makeActor({
    id: 'demo-project',
    kind: 'project',
    topics: ['housing'],
    startDate: '2014-03-01',
    endDate: '2020-06-30',
    ...locatedAt(13.74, 51.05, DRESDEN),
  }),
  makeActor({ id: 'demo-closed', topics: ['housing'], foundedYear: 2011, endDate: '2016-12-31' }),
  makeActor({ id: 'demo-nowhere', topics: ['housing'] }),
  makeActor({ id: 'demo-hidden', status: 'pending', ...locatedAt(13.7, 51.0, DRESDEN) }),
]
const tie = (a: string, b: string, extra: Partial<Parameters<typeof makeRelationship>[0]> = {}) =>
  makeRelationship({
    id: `demo-rel-${a}-${b}`,
    sourceId: `demo-${a}`,
    targetId: `demo-${b}`,
    ...extra,
  })
const relationships = [
  tie('old', 'young'), // from the younger actor's founding: 2017–
  tie('old', 'project', { type: 'joint_project', since: '2012-01-01' }), // the project's years: 2014–2020
  tie('young', 'project', { type: 'funding', directed: true, since: '2019-02-01' }), // 2019–2020
  tie('old', 'closed', { until: '2015-06-30' }), // –2015
  tie('young', 'closed'), // 2017– and –2016: in no year
  tie('closed', 'nowhere', { since: '2013-01-01' }), // 2013–2016, neither end has a place
  tie('old', 'nowhere'), // always
  tie('old', 'hidden'), // not public
]

let api: TestApi
beforeAll(async () => {
  api = await startTestApi(testDataset(actors, relationships))
})
afterAll(() => api.close())

const tiesOf = async (query = '') => {
  const { response, body } = await getJson<MapTiesResponse>(api, `/api/map/ties${query}`)
  expect(response.status).toBe(200)
  return MapTiesResponseSchema.parse(body)
}

const pairs = (body: MapTiesResponse) =>
  body.ties.map(([s, t, , , from, to]) => ({
    pair: `${body.ends[s]![0]}→${body.ends[t]![0]}`,
    from,
    to,
  }))

describe('GET /api/map/ties', () => {
  it('counts, for every year, exactly the ties /network/timeline counts as active', async () => {
    const ties = await tiesOf()
    const timeline = NetworkTimelineResponseSchema.parse(
      (await getJson<NetworkTimelineResponse>(api, '/api/network/timeline')).body,
    )
    expect(timeline.dataVersion).toBe(ties.dataVersion)
    const spans = ties.ties.map(([, , , , from, to]) => ({ from, to }))
    const perYear = timeline.years.map(({ year }) => ({
      year,
      count: spans.filter((span) => isTieActiveIn(span, year)).length,
    }))
    expect(perYear).toEqual(
      timeline.years.map(({ year, relationshipsActive }) => ({ year, count: relationshipsActive })),
    )
    // The fixture makes the years differ, so the equality above is not a constant on both sides.
    expect(new Set(perYear.map((entry) => entry.count)).size).toBeGreaterThan(3)
  })

  it('gives each tie the years it is active: the overlap of its own dates and its actors’', async () => {
    const ties = await tiesOf()
    expect(pairs(ties)).toEqual([
      { pair: 'demo-closed→demo-nowhere', from: 2013, to: 2016 },
      { pair: 'demo-old→demo-closed', from: 2011, to: 2015 },
      { pair: 'demo-old→demo-nowhere', from: null, to: null },
      { pair: 'demo-old→demo-project', from: 2014, to: 2020 },
      { pair: 'demo-old→demo-young', from: 2017, to: null },
      { pair: 'demo-young→demo-closed', from: 2017, to: 2016 },
      { pair: 'demo-young→demo-project', from: 2019, to: 2020 },
    ])
    const directed = ties.ties.filter(([, , , directed]) => directed === 1)
    expect(directed.map(([, , type]) => ties.types[type])).toEqual(['funding'])
  })

  it('places the ends where /map/actors places them, and keeps unlocated ends without coordinates', async () => {
    const ties = await tiesOf()
    const { body: map } = await getJson<MapActorsResponse>(api, '/api/map/actors')
    const located = new Map(map.actors.map(([id, , lon, lat]) => [id, [lon, lat]]))
    expect(ties.ends.map(([id, lon, lat]) => [id, lon, lat])).toEqual(
      ties.ends.map(([id]) => [id, ...(located.get(id) ?? [null, null])]),
    )
    expect(ties.ends.map(([id]) => id)).not.toContain('demo-hidden')
    expect(
      ties.ends
        .filter(([, lon]) => lon === null)
        .map(([id]) => id)
        .sort(),
    ).toEqual(['demo-closed', 'demo-nowhere'])
  })

  it('applies the shared filters to both ends and to the relationship', async () => {
    const housing = await tiesOf('?topic=housing')
    expect(pairs(housing).map((tie) => tie.pair)).toEqual(['demo-closed→demo-nowhere'])
    const funding = await tiesOf('?relationshipType=funding')
    expect(pairs(funding).map((tie) => tie.pair)).toEqual(['demo-young→demo-project'])
    expect(funding.ends.map(([id]) => id)).toEqual(['demo-project', 'demo-young'].sort())
  })

  it('is compressed, tagged by data version, and answers 304 to its tag', async () => {
    const response = await api.app.request('/api/map/ties', {
      headers: { 'Accept-Encoding': 'gzip' },
    })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    const body: unknown = JSON.parse(
      gunzipSync(Buffer.from(await response.arrayBuffer())).toString(),
    )
    expect(MapTiesResponseSchema.parse(body).ties).toHaveLength(7)
    const again = await api.app.request('/api/map/ties', {
      headers: { 'If-None-Match': response.headers.get('etag')! },
    })
    expect(again.status).toBe(304)
  })

  it('names a bad filter, and refuses unpublished records to the public', async () => {
    const problem = await expectProblem(
      await api.app.request('/api/map/ties?relationshipType=rivalry'),
      400,
    )
    expect(JSON.stringify(problem)).toContain('relationshipType')
    await expectProblem(await api.app.request('/api/map/ties?status=pending'), 403)
  })
})
