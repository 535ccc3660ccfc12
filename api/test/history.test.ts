/**
 * History of actors and relationships: who may read it (owners and moderators), what it says (who, when, field by
 * field; the create entry keeps the whole first version), and restoring an earlier version as a new one.
 */
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor, HistoryResponse, Relationship } from '@netzwerkatlas/shared'
import { signIn, type SignedIn } from './support/accounts.ts'
import { makeActor, testDataset } from './support/builders.ts'
import { expectProblem, getJson } from './support/http.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

let api: TestApi
let owner: SignedIn
let stranger: SignedIn
let coordinator: SignedIn
let actor: Actor

beforeAll(async () => {
  api = await startTestApi(testDataset([makeActor({ id: 'demo-partner' })]))
  owner = await signIn(api, 'owner@example.org', 'actor')
  stranger = await signIn(api, 'stranger@example.org', 'actor')
  coordinator = await signIn(api, 'coordinator@example.org', 'coordinator')
  const created = await api.app.request(
    '/api/actors',
    owner.write('POST', {
      name: 'Demo-Stadtteilladen',
      kind: 'organisation',
      type: 'civil_society',
      description: 'Erste Fassung',
      topics: ['housing'],
      website: 'https://laden.example.org/',
    }),
  )
  actor = (await created.json()) as Actor
  const patched = await api.app.request(
    `/api/actors/${actor.id}`,
    owner.write('PATCH', { name: 'Demo-Stadtteilladen Nord', topics: ['housing', 'youth'] }, 1),
  )
  if (patched.status !== 200) throw new Error(`patch: ${patched.status}`)
  const edited = await api.app.request(
    `/api/actors/${actor.id}`,
    coordinator.write('PATCH', { description: 'Von der Koordination ergänzt' }, 2),
  )
  if (edited.status !== 200) throw new Error(`edit: ${edited.status}`)
})
afterAll(() => api.close())

const historyOf = (path: string, as?: SignedIn) =>
  api.app.request(path, { headers: as ? { Cookie: as.cookie } : {} })

const storedActor = async (id: string) =>
  (
    await sql<{ row: Actor }>`SELECT to_jsonb(a) AS row FROM actors a WHERE id = ${id}`.execute(
      api.store.db,
    )
  ).rows[0]!.row

describe('reading the history', () => {
  it('tells the owner who changed what, when, field by field, newest first', async () => {
    const response = await historyOf(`/api/actors/${actor.id}/history`, owner)
    expect(response.status).toBe(200)
    const history = (await response.json()) as HistoryResponse
    expect(history.currentVersion).toBe(3)
    expect(history.entries.map((entry) => [entry.version, entry.action])).toEqual([
      [3, 'update'],
      [2, 'update'],
      [1, 'create'],
    ])
    const [byCoordinator, byOwner] = history.entries
    expect(byOwner!.changes).toEqual([
      { field: 'name', before: 'Demo-Stadtteilladen', after: 'Demo-Stadtteilladen Nord' },
      { field: 'topics', before: ['housing'], after: ['housing', 'youth'] },
    ])
    expect(byOwner!.changedBy).toEqual({
      email: 'owner@example.org',
      role: 'actor',
      isSelf: true,
      system: null,
      accountDeleted: false,
    })
    // The owner learns that a coordinator changed it, not who.
    expect(byCoordinator!.changedBy).toEqual({
      email: null,
      role: 'coordinator',
      isSelf: false,
      system: null,
      accountDeleted: false,
    })
    expect(Date.parse(byCoordinator!.changedAt)).toBeGreaterThan(Date.parse('2026-01-01'))
  })

  it('keeps the whole first version in the create entry', async () => {
    const { body } = await getJson<HistoryResponse>(api, `/api/actors/${actor.id}/history`, {
      Cookie: coordinator.cookie,
    })
    const created = body.entries.at(-1)!
    const fields = Object.fromEntries(created.changes.map((change) => [change.field, change.after]))
    expect(fields).toMatchObject({
      id: actor.id,
      name: 'Demo-Stadtteilladen',
      kind: 'organisation',
      type: 'civil_society',
      description: 'Erste Fassung',
      topics: ['housing'],
      website: 'https://laden.example.org/',
      status: 'pending',
    })
    expect(created.changes.every((change) => change.before === null)).toBe(true)
    const { rows } = await sql<{ after: Record<string, unknown> }>`
      SELECT after FROM history WHERE entity_id = ${actor.id} AND action = 'create'`.execute(
      api.store.db,
    )
    // Every column of the row as it was stored, not only the fields a client sent.
    expect(Object.keys(rows[0]!.after).sort()).toEqual(
      Object.keys(await storedActor(actor.id)).sort(),
    )
  })

  it('shows coordinators every author’s email', async () => {
    const { body } = await getJson<HistoryResponse>(api, `/api/actors/${actor.id}/history`, {
      Cookie: coordinator.cookie,
    })
    expect(body.entries.map((entry) => entry.changedBy.email)).toEqual([
      'coordinator@example.org',
      'owner@example.org',
      'owner@example.org',
    ])
  })

  it('refuses strangers (403) and anonymous visitors (401), and says 404 only to moderators', async () => {
    await expectProblem(await historyOf(`/api/actors/${actor.id}/history`), 401)
    await expectProblem(await historyOf(`/api/actors/${actor.id}/history`, stranger), 403)
    await expectProblem(await historyOf('/api/actors/gibt-es-nicht/history', stranger), 403)
    await expectProblem(await historyOf('/api/actors/gibt-es-nicht/history', coordinator), 404)
  })
})

describe('restoring an earlier version', () => {
  it('stores version 1’s facts as a new version, keeping the status, with a revert entry', async () => {
    const before = await storedActor(actor.id)
    const response = await api.app.request(
      `/api/actors/${actor.id}/revert`,
      owner.write('POST', { version: 1 }, 3),
    )
    expect(response.status).toBe(200)
    const restored = (await response.json()) as Actor
    expect(restored).toMatchObject({
      version: 4,
      name: 'Demo-Stadtteilladen',
      description: 'Erste Fassung',
      topics: ['housing'],
      status: before.status,
    })
    expect(response.headers.get('etag')).toBe('"4"')
    const { body } = await getJson<HistoryResponse>(api, `/api/actors/${actor.id}/history`, {
      Cookie: owner.cookie,
    })
    expect(body.entries[0]).toMatchObject({ version: 4, action: 'revert' })
    expect(body.entries[0]!.changes.map((change) => change.field)).toEqual([
      'name',
      'description',
      'topics',
    ])
  })

  it('answers a stale If-Match with 412 and the current record, and changes nothing', async () => {
    const before = await storedActor(actor.id)
    const response = await api.app.request(
      `/api/actors/${actor.id}/revert`,
      owner.write('POST', { version: 2 }, 3),
    )
    const problem = (await response.json()) as { status: number; current: Actor }
    expect(response.status).toBe(412)
    expect(problem.current.version).toBe(4)
    expect(await storedActor(actor.id)).toEqual(before)
  })

  it('names #/version for a version the record never had, and changes nothing', async () => {
    const before = await storedActor(actor.id)
    for (const version of [4, 99]) {
      const response = await api.app.request(
        `/api/actors/${actor.id}/revert`,
        owner.write('POST', { version }, 4),
      )
      const problem = await expectProblem(response, 422)
      expect(problem.errors).toEqual([{ pointer: '#/version', detail: 'no such earlier version' }])
    }
    const malformed = await api.app.request(
      `/api/actors/${actor.id}/revert`,
      owner.write('POST', { version: 'eins' }, 4),
    )
    expect((await expectProblem(malformed, 422)).errors?.[0]?.pointer).toBe('#/version')
    expect(await storedActor(actor.id)).toEqual(before)
  })

  it('refuses a stranger’s restore (403) and needs If-Match (428)', async () => {
    const before = await storedActor(actor.id)
    await expectProblem(
      await api.app.request(
        `/api/actors/${actor.id}/revert`,
        stranger.write('POST', { version: 1 }, 4),
      ),
      403,
    )
    await expectProblem(
      await api.app.request(`/api/actors/${actor.id}/revert`, owner.write('POST', { version: 1 })),
      428,
    )
    expect(await storedActor(actor.id)).toEqual(before)
  })
})

describe('the history of a relationship', () => {
  it('lets either side read it and restores an earlier weight', async () => {
    const proposed = await api.app.request(
      '/api/relationships',
      coordinator.write('POST', {
        sourceId: actor.id,
        targetId: 'demo-partner',
        type: 'partnership',
        weight: 2,
      }),
    )
    const relationship = (await proposed.json()) as Relationship
    const patched = await api.app.request(
      `/api/relationships/${relationship.id}`,
      coordinator.write('PATCH', { weight: 5 }, 1),
    )
    expect(patched.status).toBe(200)
    const { response, body } = await getJson<HistoryResponse>(
      api,
      `/api/relationships/${relationship.id}/history`,
      { Cookie: owner.cookie },
    )
    expect(response.status).toBe(200)
    expect(body.entries[0]!.changes).toEqual([{ field: 'weight', before: 2, after: 5 }])
    await expectProblem(
      await historyOf(`/api/relationships/${relationship.id}/history`, stranger),
      403,
    )
    const reverted = await api.app.request(
      `/api/relationships/${relationship.id}/revert`,
      owner.write('POST', { version: 1 }, 2),
    )
    expect(reverted.status).toBe(200)
    expect((await reverted.json()) as Relationship).toMatchObject({ weight: 2, version: 3 })
  })
})
