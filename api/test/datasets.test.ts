import type { ActorDetailResponse, ActorListResponse, MetaResponse } from '@netzwerkatlas/shared'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadMissingDatasets } from '../src/datasets/load-datasets.ts'
import { getJson } from './support/http.ts'
import { gazetteer, startTestApi, testConfig, type TestApi } from './support/test-api.ts'

const DEMO_ACTORS = 300
const config = { ...testConfig, demoActors: DEMO_ACTORS }
const silent = pino({ level: 'silent' })

let api: TestApi
beforeAll(async () => {
  api = await startTestApi()
  await loadMissingDatasets(api.store, { gazetteer, config }, silent)
  await api.rebuildIndex()
})
afterAll(() => api.close())

describe('the default datasets', () => {
  it('loads the press release, Leipzig Data and the demo actors, and counts real and demo apart', async () => {
    const { body } = await getJson<MetaResponse>(api, '/api/meta')
    expect(body.datasets.map((d) => [d.id, d.synthetic])).toEqual([
      ['press-release', false],
      ['leipzig-data', false],
      ['demo', true],
    ])
    const published = (id: string) => body.datasets.find((d) => d.id === id)!.actors
    // Dataset counts are of the public view too: the archived Leipzig record (closed 2013) is not in them.
    expect(body.counts.actors.real).toBe(published('press-release') + published('leipzig-data'))
    expect(body.counts.archived.actors).toBe(1)
    expect(body.counts.actors.synthetic).toBe(DEMO_ACTORS)
    expect(body.hasDemoData).toBe(true)
  })

  it('loads nothing on a second start: the data version stays', async () => {
    const before = await api.store.dataVersion()
    await loadMissingDatasets(api.store, { gazetteer, config }, silent)
    expect(await api.store.dataVersion()).toBe(before)
  })

  it('serves the press-release facts with their source, and no place for bring-together', async () => {
    const { body } = await getJson<ActorDetailResponse>(api, '/api/actors/bring-together')
    expect(body.actor).toMatchObject({
      type: 'social_enterprise',
      location: null,
      provenance: { source: 'Medieninformation SMS, 08.10.2021', synthetic: false },
    })
    expect(body.neighbours.map((n) => n.id)).toEqual(['sms-sachsen'])
  })

  it('shows only real actors when the real-data filter is on', async () => {
    const { body } = await getJson<ActorListResponse>(api, '/api/actors?synthetic=false&limit=500')
    expect(body.items.every((item) => !item.synthetic)).toBe(true)
    expect(body.items.some((item) => item.name.startsWith('Demo-'))).toBe(false)
  })

  it('finds real Leipzig actors by their district and their source', async () => {
    const { body } = await getJson<ActorListResponse>(
      api,
      '/api/actors?district=14713&text=Caritasverband',
    )
    expect(body.items.some((item) => item.dataset === 'leipzig-data')).toBe(true)
  })
})
