/** GET /api/my/entries: the signed-in user's own entries in every state, and nobody else's. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor, MyEntriesResponse } from '@netzwerkatlas/shared'
import { signIn, type SignedIn } from './support/accounts.ts'
import { makeActor, testDataset } from './support/builders.ts'
import { expectProblem, getJson } from './support/http.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

let api: TestApi
let owner: SignedIn
let other: SignedIn
let coordinator: SignedIn

beforeAll(async () => {
  api = await startTestApi(testDataset([makeActor({ id: 'demo-fremd', name: 'Demo-Fremd' })]))
  owner = await signIn(api, 'owner@example.org', 'actor')
  other = await signIn(api, 'other@example.org', 'actor')
  coordinator = await signIn(api, 'coordinator@example.org', 'coordinator')
})
afterAll(() => api.close())

const create = async (as: SignedIn, name: string) => {
  const response = await api.app.request(
    '/api/actors',
    as.write('POST', { name, kind: 'organisation', type: 'civil_society' }),
  )
  return (await response.json()) as Actor
}

const entriesOf = (as: SignedIn) =>
  getJson<MyEntriesResponse>(api, '/api/my/entries', { Cookie: as.cookie })

describe('my entries', () => {
  it('lists the user’s own actors pending, published and archived, with their ties, and no one else’s', async () => {
    const pending = await create(owner, 'Demo-B Wartet')
    const published = await create(owner, 'Demo-A Veröffentlicht')
    const archived = await create(owner, 'Demo-C Archiviert')
    await create(other, 'Demo-Andere')
    const accept = await api.app.request(
      `/api/moderation/actors/${published.id}/accept`,
      coordinator.write('POST', undefined, 1),
    )
    expect(accept.status).toBe(200)
    const archive = await api.app.request(
      `/api/actors/${archived.id}/archive`,
      owner.write('POST', undefined, 1),
    )
    expect(archive.status).toBe(200)
    const tie = await api.app.request(
      '/api/relationships',
      owner.write('POST', { sourceId: published.id, targetId: 'demo-fremd', type: 'partnership' }),
    )
    expect(tie.status).toBe(201)

    const { response, body } = await entriesOf(owner)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(body.actors.map((actor) => [actor.name, actor.status])).toEqual([
      ['Demo-A Veröffentlicht', 'published'],
      ['Demo-B Wartet', 'pending'],
      ['Demo-C Archiviert', 'archived'],
    ])
    expect(pending.status).toBe('pending')
    expect(body.relationships).toHaveLength(1)
    expect(body.relationships[0]).toMatchObject({
      sourceName: 'Demo-A Veröffentlicht',
      targetName: 'Demo-Fremd',
      status: 'pending',
      confirmedBy: ['source'],
      mySides: ['source'],
    })
  })

  it('lists a coordinator’s entries by who created them', async () => {
    await create(coordinator, 'Demo-Koordiniert')
    const { body } = await entriesOf(coordinator)
    expect(body.actors.map((actor) => actor.name)).toEqual(['Demo-Koordiniert'])
    expect(body.relationships).toEqual([])
  })

  it('answers 401 without a session', async () => {
    await expectProblem(await api.app.request('/api/my/entries'), 401)
  })
})
