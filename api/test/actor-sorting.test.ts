import type { ActorListResponse } from '@netzwerkatlas/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeActor, makeRelationship, testDataset } from './support/builders.ts'
import { expectProblem, getJson } from './support/http.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

const inCity = (city: string | null) =>
  city ? { address: { street: null, houseNumber: null, postcode: null, city } } : {}

const actors = [
  makeActor({ id: 'anna', name: 'Anna-Haus', type: 'welfare_org', ...inCity('Zittau') }),
  makeActor({ id: 'bert', name: 'Bert-Netz', type: 'network', ...inCity('Bautzen') }),
  makeActor({ id: 'cora', name: 'Cora-Labor', type: 'research_group', ...inCity('Ölsnitz') }),
  makeActor({ id: 'dora', name: 'Dora-Verein', type: 'civil_society' }),
  makeActor({ id: 'emil', name: 'Emil-Werk', type: 'network', ...inCity('Bautzen') }),
]

// Connections: cora 3, anna 2, bert 2, emil 1, dora 0. An archived actor's tie does not count.
const relationships = [
  makeRelationship({ id: 'r-1', sourceId: 'cora', targetId: 'anna' }),
  makeRelationship({ id: 'r-2', sourceId: 'cora', targetId: 'bert' }),
  makeRelationship({ id: 'r-3', sourceId: 'cora', targetId: 'emil' }),
  makeRelationship({ id: 'r-4', sourceId: 'anna', targetId: 'bert' }),
]

let api: TestApi
beforeAll(async () => {
  api = await startTestApi(testDataset(actors, relationships))
})
afterAll(() => api.close())

async function ids(query: string) {
  const { response, body } = await getJson<ActorListResponse>(api, `/api/actors?${query}`)
  expect(response.status).toBe(200)
  return body.items.map((item) => item.id)
}

/** Every id of the list, following the cursors page by page. */
async function allPages(query: string, limit: number) {
  const seen: string[] = []
  let cursor: string | null = null
  do {
    const page: { body: ActorListResponse } = await getJson(
      api,
      `/api/actors?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
    )
    seen.push(...page.body.items.map((item) => item.id))
    cursor = page.body.nextCursor
  } while (cursor)
  return seen
}

describe('GET /api/actors?sort=', () => {
  it.each([
    ['name', ['anna', 'bert', 'cora', 'dora', 'emil']],
    ['-name', ['emil', 'dora', 'cora', 'bert', 'anna']],
    // German labels: Forschung …, Netzwerk, Wohlfahrtsverband, Zivilgesellschaft …
    ['type', ['cora', 'bert', 'emil', 'anna', 'dora']],
    ['-type', ['dora', 'anna', 'bert', 'emil', 'cora']],
    // Ö sorts as O; actors without a place come last.
    ['place', ['bert', 'emil', 'cora', 'anna', 'dora']],
    ['connections', ['dora', 'emil', 'anna', 'bert', 'cora']],
    ['-connections', ['cora', 'anna', 'bert', 'emil', 'dora']],
  ])('orders the list by %s, ties by name', async (sort, expected) => {
    expect(await ids(`sort=${sort}`)).toEqual(expected)
  })

  it.each(['name', '-name', 'type', '-type', 'place', '-place', 'connections', '-connections'])(
    'pages through the %s order with cursors, every actor exactly once and in order',
    async (sort) => {
      const whole = await ids(`sort=${sort}`)
      expect(await allPages(`sort=${sort}`, 2)).toEqual(whole)
      expect(await allPages(`sort=${sort}`, 1)).toEqual(whole)
    },
  )

  it('keeps the filters and the total when sorting', async () => {
    const { body } = await getJson<ActorListResponse>(api, '/api/actors?type=network&sort=-name')
    expect(body.items.map((item) => item.id)).toEqual(['emil', 'bert'])
    expect(body.total).toBe(2)
  })

  it('refuses an unknown order with a problem naming sort', async () => {
    const response = await api.app.request('/api/actors?sort=size')
    const problem = await expectProblem(response, 400)
    expect(JSON.stringify(problem)).toContain('sort')
  })

  it('refuses a cursor from another order instead of paging from a wrong place', async () => {
    const { body } = await getJson<ActorListResponse>(api, '/api/actors?sort=type&limit=2')
    const response = await api.app.request(`/api/actors?sort=name&cursor=${body.nextCursor}`)
    await expectProblem(response, 400)
  })
})
