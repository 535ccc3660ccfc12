/** GET /export-preview: the Export page's counts are the counts of the files the same filters download. */
import type { ExportPreviewResponse } from '@netzwerkatlas/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportFixture } from './support/export-fixture.ts'
import { expectProblem, getJson } from './support/http.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

let api: TestApi
beforeAll(async () => {
  api = await startTestApi(exportFixture)
})
afterAll(() => api.close())

const preview = async (query: string) =>
  (await getJson<ExportPreviewResponse>(api, `/api/export-preview?${query}`)).body

async function fileCounts(query: string) {
  const geojson = (
    await getJson<{ metadata: Record<string, number> }>(api, `/api/export/geojson?${query}`)
  ).body.metadata
  const graphml = await (await api.app.request(`/api/export/graphml?${query}`)).text()
  return {
    actors: graphml.match(/<node id=/g)?.length ?? 0,
    relationships: graphml.match(/<edge id=/g)?.length ?? 0,
    actorsWithoutPlace: geojson.actorsWithoutPlace,
    relationshipsWithoutPlace: geojson.relationshipsWithoutPlace,
  }
}

describe('export preview', () => {
  it('counts what the whole public network exports, and what the GeoJSON leaves out', async () => {
    // Five published actors (the pending one stays out), six ties; demo-c has no place, so its two ties go too.
    const { dataVersion, ...counts } = await preview('')
    expect(dataVersion).toBeGreaterThan(0)
    expect(counts).toEqual({
      variant: 'two-mode',
      actors: 5,
      relationships: 6,
      actorsWithoutPlace: 1,
      relationshipsWithoutPlace: 2,
    })
  })

  it.each(['', 'topic=housing', 'topic=care&variant=one-mode', 'variant=one-mode'])(
    'gives the counts of the downloaded files for %s',
    async (query) => {
      const { dataVersion: _version, variant: _variant, ...counts } = await preview(query)
      expect(counts).toEqual(await fileCounts(query))
    },
  )

  it('names the parameter it does not accept', async () => {
    const bad = await expectProblem(await api.app.request('/api/export-preview?variant=three'), 400)
    expect(bad.errors?.map((error) => error.parameter)).toContain('variant')
    const misplaced = await expectProblem(
      await api.app.request('/api/export-preview?table=nodes'),
      400,
    )
    expect(JSON.stringify(misplaced)).toContain('table')
  })
})
