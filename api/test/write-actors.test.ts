import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@netzwerkatlas/shared'
import { usersRepository } from '../src/store/accounts/users-repository.ts'
import { signIn, type SignedIn } from './support/accounts.ts'
import { makeActor, testDataset } from './support/builders.ts'
import { expectProblem, getJson } from './support/http.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

let api: TestApi
let owner: SignedIn
let stranger: SignedIn
let coordinator: SignedIn

beforeAll(async () => {
  api = await startTestApi(
    testDataset([
      makeActor({ id: 'demo-eigen', name: 'Demo-Eigener Verein' }),
      makeActor({ id: 'demo-fremd', name: 'Demo-Fremder Verein' }),
    ]),
  )
  owner = await signIn(api, 'owner@example.org', 'actor')
  stranger = await signIn(api, 'stranger@example.org', 'actor')
  coordinator = await signIn(api, 'coordinator@example.org', 'coordinator')
  await usersRepository.addOwner(api.store.db, owner.userId, 'demo-eigen')
})
afterAll(() => api.close())

const request = (path: string, init: RequestInit) => api.app.request(path, init)
const storedActor = async (id: string) =>
  (
    await sql<{ name: string; version: number; status: string }>`
    SELECT name, version, status FROM actors WHERE id = ${id}`.execute(api.store.db)
  ).rows[0]
const historyOf = async (id: string) =>
  (
    await sql<{
      action: string
      changed_by: string
      before: Actor | null
      after: { name: string }
    }>`
      SELECT action, changed_by, before, after FROM history WHERE entity_id = ${id} ORDER BY id`.execute(
      api.store.db,
    )
  ).rows

describe('creating actors', () => {
  it('keeps an actor-role user’s new entry pending: stored and owned, but invisible to the public', async () => {
    const response = await request(
      '/api/actors',
      owner.write('POST', {
        name: 'Demo-Neue Initiative',
        kind: 'organisation',
        type: 'civil_society',
      }),
    )
    expect(response.status).toBe(201)
    const created = (await response.json()) as Actor
    expect(created).toMatchObject({ status: 'pending', version: 1, name: 'Demo-Neue Initiative' })
    expect(created.id).toMatch(/^demo-neue-initiative-[0-9a-f]{6}$/)
    expect(response.headers.get('etag')).toBe('"1"')
    await expectProblem(await request(`/api/actors/${created.id}`, {}), 404)
    const session = await getJson<{ ownedActorIds: string[] }>(api, '/api/auth/session', {
      Cookie: owner.cookie,
    })
    expect(session.body.ownedActorIds).toContain(created.id)
  })

  it('publishes a coordinator’s entry, readable as soon as the write answers', async () => {
    const response = await request(
      '/api/actors',
      coordinator.write('POST', {
        name: 'Demo-Koordinierte Stelle',
        kind: 'organisation',
        type: 'network',
        website: 'https://demo.example.org/',
      }),
    )
    expect(response.status).toBe(201)
    const created = (await response.json()) as Actor
    const read = await getJson<{ actor: Actor }>(api, `/api/actors/${created.id}`)
    expect(read.response.status).toBe(200)
    expect(read.body.actor.name).toBe('Demo-Koordinierte Stelle')
    expect((await historyOf(created.id)).map((entry) => entry.action)).toEqual(['create'])
  })

  it('names each invalid field with a JSON pointer, and rejects non-http links', async () => {
    const response = await request(
      '/api/actors',
      owner.write('POST', {
        name: '',
        kind: 'organisation',
        type: 'civil_society',
        website: 'javascript:alert(1)',
        contact: { email: 'kein-mail', phone: null },
      }),
    )
    const problem = await expectProblem(response, 422)
    const pointers = problem.errors?.map((error) => error.pointer)
    expect(pointers).toEqual(expect.arrayContaining(['#/name', '#/website', '#/contact/email']))
  })

  it('checks rules across fields on the record it would store', async () => {
    const response = await request(
      '/api/actors',
      owner.write('POST', {
        name: 'Demo-Org',
        kind: 'organisation',
        type: 'civil_society',
        stage: 'pilot',
      }),
    )
    expect((await expectProblem(response, 422)).errors).toEqual([
      { pointer: '#/stage', detail: 'only projects have a stage' },
    ])
  })

  it('refuses fields the server sets (status, id, version)', async () => {
    const response = await request(
      '/api/actors',
      owner.write('POST', {
        name: 'Demo-X',
        kind: 'organisation',
        type: 'network',
        status: 'published',
      }),
    )
    expect((await expectProblem(response, 422)).errors?.[0]?.pointer).toBe('#/status')
  })
})

describe('changing actors', () => {
  it('needs If-Match (428), refuses a stale one with the current record (412), and stores a fresh one', async () => {
    const patch = { description: 'Neu beschrieben' }
    await expectProblem(await request('/api/actors/demo-eigen', owner.write('PATCH', patch)), 428)
    const stale = await request('/api/actors/demo-eigen', owner.write('PATCH', patch, 7))
    expect(stale.status).toBe(412)
    expect(stale.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(await stale.json()).toMatchObject({ current: { id: 'demo-eigen', version: 1 } })
    const fresh = await request('/api/actors/demo-eigen', owner.write('PATCH', patch, 1))
    expect(fresh.status).toBe(200)
    expect(await fresh.json()).toMatchObject({ version: 2, description: 'Neu beschrieben' })
    const read = await getJson<{ actor: Actor }>(api, '/api/actors/demo-eigen')
    expect(read.body.actor.description).toBe('Neu beschrieben')
    const history = await historyOf('demo-eigen')
    expect(history.at(-1)).toMatchObject({
      action: 'update',
      changed_by: `user:${owner.userId}`,
      before: { description: null, version: 1 },
      after: { description: 'Neu beschrieben', version: 2 },
    })
  })

  it('lets an actor-role user edit only what it owns, and changes nothing otherwise', async () => {
    const before = await storedActor('demo-fremd')
    const response = await request(
      '/api/actors/demo-fremd',
      stranger.write('PATCH', { name: 'Übernommen' }, 1),
    )
    await expectProblem(response, 403)
    expect(await storedActor('demo-fremd')).toEqual(before)
    expect(await historyOf('demo-fremd')).toHaveLength(1)
  })

  it('lets a coordinator edit any entry', async () => {
    const current = await storedActor('demo-fremd')
    const response = await request(
      '/api/actors/demo-fremd',
      coordinator.write('PATCH', { name: 'Demo-Fremder Verein e. V.' }, current!.version),
    )
    expect(response.status).toBe(200)
    expect((await storedActor('demo-fremd'))!.name).toBe('Demo-Fremder Verein e. V.')
  })

  it('archives and restores: hidden from the public meanwhile, each step in the history', async () => {
    let version = (await storedActor('demo-eigen'))!.version
    const archived = await request(
      '/api/actors/demo-eigen/archive',
      owner.write('POST', undefined, version),
    )
    expect(archived.status).toBe(200)
    await expectProblem(await request('/api/actors/demo-eigen', {}), 404)
    version = (await storedActor('demo-eigen'))!.version
    const again = await request(
      '/api/actors/demo-eigen/archive',
      owner.write('POST', undefined, version),
    )
    await expectProblem(again, 409)
    const restored = await request(
      '/api/actors/demo-eigen/restore',
      coordinator.write('POST', undefined, version),
    )
    expect(await restored.json()).toMatchObject({ status: 'published' })
    expect((await request('/api/actors/demo-eigen', {})).status).toBe(200)
    expect((await historyOf('demo-eigen')).slice(-2).map((entry) => entry.action)).toEqual([
      'archive',
      'restore',
    ])
  })

  it('stores markup as plain text, exactly as sent', async () => {
    const name = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    const version = (await storedActor('demo-eigen'))!.version
    const response = await request(
      '/api/actors/demo-eigen',
      coordinator.write('PATCH', { name }, version),
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect((await storedActor('demo-eigen'))!.name).toBe(name)
  })

  it('answers 404 for an actor that does not exist, and changes no data version', async () => {
    const before = await api.store.dataVersion()
    await expectProblem(
      await request('/api/actors/gibt-es-nicht', owner.write('PATCH', {}, 1)),
      404,
    )
    expect(await api.store.dataVersion()).toBe(before)
  })
})

describe('protection of cookie-authenticated writes', () => {
  it('answers 401 without a session and 403 without the CSRF token or from another site', async () => {
    const body = JSON.stringify({ description: 'x' })
    const json = { 'Content-Type': 'application/json', 'If-Match': '"1"' }
    await expectProblem(
      await request('/api/actors/demo-fremd', { method: 'PATCH', headers: json, body }),
      401,
    )
    await expectProblem(
      await request('/api/actors/demo-fremd', {
        method: 'PATCH',
        headers: { ...json, Cookie: coordinator.cookie },
        body,
      }),
      403,
    )
    const crossSite = coordinator.write('PATCH', { description: 'x' }, 1)
    crossSite.headers = {
      ...(crossSite.headers as Record<string, string>),
      Origin: 'https://evil.example',
    }
    await expectProblem(await request('/api/actors/demo-fremd', crossSite), 403)
  })

  it('refuses a body over the size limit with 413', async () => {
    const description = 'x'.repeat(api.config.bodyLimitBytes + 10)
    const response = await request(
      '/api/actors',
      coordinator.write('POST', { name: 'Demo', description }),
    )
    await expectProblem(response, 413)
  })
})
