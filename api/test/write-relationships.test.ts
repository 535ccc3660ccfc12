import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Relationship } from '@netzwerkatlas/shared'
import { usersRepository } from '../src/store/accounts/users-repository.ts'
import { signIn, type SignedIn } from './support/accounts.ts'
import { makeActor, testDataset } from './support/builders.ts'
import { expectProblem, getJson } from './support/http.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

let api: TestApi
let sourceOwner: SignedIn
let targetOwner: SignedIn
let coordinator: SignedIn

beforeAll(async () => {
  api = await startTestApi(
    testDataset([
      makeActor({ id: 'demo-quelle' }),
      makeActor({ id: 'demo-ziel' }),
      makeActor({ id: 'demo-dritter' }),
    ]),
  )
  sourceOwner = await signIn(api, 'quelle@example.org', 'actor')
  targetOwner = await signIn(api, 'ziel@example.org', 'actor')
  coordinator = await signIn(api, 'koordination@example.org', 'coordinator')
  await usersRepository.addOwner(api.store.db, sourceOwner.userId, 'demo-quelle')
  await usersRepository.addOwner(api.store.db, targetOwner.userId, 'demo-ziel')
})
afterAll(() => api.close())

const propose = (by: SignedIn, body: object) =>
  api.app.request('/api/relationships', by.write('POST', body))

describe('relationship proposals', () => {
  it('records who confirmed a tie: the proposing side first, then the other side', async () => {
    const proposed = await propose(sourceOwner, {
      sourceId: 'demo-quelle',
      targetId: 'demo-ziel',
      type: 'partnership',
    })
    expect(proposed.status).toBe(201)
    const tie = (await proposed.json()) as Relationship
    expect(tie).toMatchObject({ status: 'pending', confirmedBy: ['source'], version: 1 })

    const confirmed = await api.app.request(
      `/api/relationships/${tie.id}/confirm`,
      targetOwner.write('POST', undefined, 1),
    )
    expect(await confirmed.json()).toMatchObject({ confirmedBy: ['source', 'target'], version: 2 })
    const twice = await api.app.request(
      `/api/relationships/${tie.id}/confirm`,
      targetOwner.write('POST', undefined, 2),
    )
    await expectProblem(twice, 409)
  })

  it('refuses a proposal between two actors the user does not own', async () => {
    const response = await propose(sourceOwner, {
      sourceId: 'demo-ziel',
      targetId: 'demo-dritter',
      type: 'partnership',
    })
    await expectProblem(response, 403)
  })

  it('names a missing end by pointer', async () => {
    const response = await propose(sourceOwner, {
      sourceId: 'demo-quelle',
      targetId: 'gibt-es-nicht',
      type: 'partnership',
    })
    expect((await expectProblem(response, 422)).errors?.[0]?.pointer).toBe('#/targetId')
  })

  it('lets either side withdraw a tie; a coordinator’s tie is public until withdrawn', async () => {
    const created = await propose(coordinator, {
      sourceId: 'demo-quelle',
      targetId: 'demo-ziel',
      type: 'funding',
      directed: true,
    })
    const tie = (await created.json()) as Relationship
    expect(tie.status).toBe('published')
    const before = await getJson<{ relationships: { id: string }[] }>(api, '/api/actors/demo-ziel')
    expect(before.body.relationships.map((r) => r.id)).toContain(tie.id)

    const stranger = await signIn(api, 'fremd@example.org', 'actor')
    await expectProblem(
      await api.app.request(
        `/api/relationships/${tie.id}/archive`,
        stranger.write('POST', undefined, 1),
      ),
      403,
    )
    const withdrawn = await api.app.request(
      `/api/relationships/${tie.id}/archive`,
      targetOwner.write('POST', undefined, 1),
    )
    expect(await withdrawn.json()).toMatchObject({ status: 'archived' })
    const after = await getJson<{ relationships: { id: string }[] }>(api, '/api/actors/demo-ziel')
    expect(after.body.relationships.map((r) => r.id)).not.toContain(tie.id)
  })

  it('checks dates across fields when a tie is changed', async () => {
    const created = await propose(sourceOwner, {
      sourceId: 'demo-quelle',
      targetId: 'demo-dritter',
      type: 'membership',
      since: '2020-01-01',
    })
    const tie = (await created.json()) as Relationship
    const response = await api.app.request(
      `/api/relationships/${tie.id}`,
      sourceOwner.write('PATCH', { until: '2019-01-01' }, 1),
    )
    expect((await expectProblem(response, 422)).errors).toEqual([
      { pointer: '#/until', detail: 'ends before it starts' },
    ])
  })
})
