import { MetaResponseSchema, type MetaResponse } from '@netzwerkatlas/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeActor, realProvenance, testDataset } from './support/builders.ts'
import { getJson } from './support/http.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

let api: TestApi
beforeAll(async () => {
  api = await startTestApi(
    testDataset([
      makeActor({
        id: 'demo-a',
        type: 'welfare_org',
        topics: ['housing', 'care'],
        districtAgs: '14626',
      }),
      makeActor({ id: 'demo-b', type: 'welfare_org', topics: ['housing'] }),
    ]),
    {
      dataset: {
        id: 'real',
        title: 'Echte Testdaten',
        synthetic: false,
        licence: null,
        attribution: null,
        sourceUrl: null,
        note: null,
      },
      actors: [makeActor({ id: 'echt-a', provenance: realProvenance('real') })],
      relationships: [],
    },
  )
})
afterAll(() => api.close())

describe('GET /api/meta', () => {
  it('counts real and demo actors and says that demo data is present', async () => {
    const { body } = await getJson<MetaResponse>(api, '/api/meta')
    expect(MetaResponseSchema.parse(body)).toBeTruthy()
    expect(body.counts.actors).toEqual({ total: 3, real: 1, synthetic: 2 })
    expect(body.hasDemoData).toBe(true)
    expect(body.datasets.map((d) => [d.id, d.actors])).toEqual([
      ['test', 2],
      ['real', 1],
    ])
  })

  it('labels every vocabulary in German and English and counts its use', async () => {
    const { body } = await getJson<MetaResponse>(api, '/api/meta')
    const housing = body.taxonomies.topics.find((t) => t.id === 'housing')
    expect(housing).toEqual({ id: 'housing', label: { de: 'Wohnen', en: 'Housing' }, count: 2 })
    expect(body.taxonomies.actorTypes.find((t) => t.id === 'welfare_org')?.count).toBe(2)
    expect(body.taxonomies.actorTypes.find((t) => t.id === 'unspecified')?.label.de).toBe(
      'Nicht angegeben',
    )
  })

  it("lists Saxony's 13 districts with population and the geodata credits", async () => {
    const { body } = await getJson<MetaResponse>(api, '/api/meta')
    expect(body.districts).toHaveLength(13)
    expect(body.districts.find((d) => d.ags === '14626')).toMatchObject({
      name: 'Görlitz',
      actors: 1,
    })
    expect(body.districts.reduce((sum, d) => sum + d.population, 0)).toBe(4_089_467)
    expect(body.geoCredits[0]?.text).toContain('© GeoBasis-DE / BKG (2025)')
  })
})
