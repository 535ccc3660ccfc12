/**
 * Every write route in the OpenAPI document, enumerated: anonymous requests get 401, users without the right
 * role or ownership get 403, and neither changes anything in the database. A new write route fails this test
 * until it is listed below with the body that would otherwise succeed.
 */
import { contactConsentText } from '@netzwerkatlas/shared'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn, type SignedIn } from './support/accounts.ts'
import { makeActor, makeRelationship, testDataset } from './support/builders.ts'
import { expectProblem, getJson } from './support/http.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

let api: TestApi
let stranger: SignedIn

beforeAll(async () => {
  api = await startTestApi(
    testDataset(
      [makeActor({ id: 'demo-a' }), makeActor({ id: 'demo-b' })],
      [makeRelationship({ id: 'demo-a-b', sourceId: 'demo-a', targetId: 'demo-b' })],
    ),
  )
  stranger = await signIn(api, 'stranger@example.org', 'actor')
  // A consent by someone else on demo-a, so the stranger's withdrawal is refused for the right reason.
  const coordinator = await signIn(api, 'coordinator@example.org', 'coordinator')
  const consented = await api.app.request(
    '/api/actors/demo-a',
    coordinator.write(
      'PATCH',
      {
        contact: {
          email: 'kontakt@demo.invalid',
          phone: null,
          consent: { given: true, textVersion: contactConsentText.version },
        },
      },
      1,
    ),
  )
  if (consented.status !== 200) throw new Error(`consent setup: ${consented.status}`)
})
afterAll(() => api.close())

interface WriteRoute {
  path: string
  body?: unknown
  /** Open to anyone signed in (or to anyone at all): not part of the 403 check. */
  anySignedIn?: boolean
  public?: boolean
}

/** Keyed by "METHOD /path" as in the document; paths with {id} get the seeded record's id. */
const WRITE_ROUTES: Record<string, WriteRoute> = {
  'POST /auth/login': { path: '/api/auth/login', public: true },
  'POST /auth/setup': { path: '/api/auth/setup', public: true },
  'POST /auth/logout': { path: '/api/auth/logout', anySignedIn: true },
  'POST /auth/password': {
    path: '/api/auth/password',
    body: { currentPassword: 'x', newPassword: 'ein-langes-neues-passwort' },
    anySignedIn: true,
  },
  'POST /actors': {
    path: '/api/actors',
    body: { name: 'Demo-Neu', kind: 'organisation', type: 'network' },
    anySignedIn: true,
  },
  'PATCH /actors/{id}': { path: '/api/actors/demo-a', body: { name: 'Übernommen' } },
  'POST /actors/{id}/archive': { path: '/api/actors/demo-a/archive' },
  'DELETE /actors/{id}/contact-consent': { path: '/api/actors/demo-a/contact-consent' },
  'POST /actors/{id}/restore': { path: '/api/actors/demo-a/restore' },
  'POST /relationships': {
    path: '/api/relationships',
    body: { sourceId: 'demo-a', targetId: 'demo-b', type: 'partnership' },
  },
  'PATCH /relationships/{id}': { path: '/api/relationships/demo-a-b', body: { weight: 5 } },
  'POST /relationships/{id}/archive': { path: '/api/relationships/demo-a-b/archive' },
  'POST /relationships/{id}/restore': { path: '/api/relationships/demo-a-b/restore' },
  'POST /relationships/{id}/confirm': { path: '/api/relationships/demo-a-b/confirm' },
  'POST /actors/{id}/revert': { path: '/api/actors/demo-a/revert', body: { version: 1 } },
  'POST /relationships/{id}/revert': {
    path: '/api/relationships/demo-a-b/revert',
    body: { version: 1 },
  },
  'POST /moderation/actors/{id}/accept': { path: '/api/moderation/actors/demo-a/accept' },
  'POST /moderation/actors/{id}/reject': {
    path: '/api/moderation/actors/demo-a/reject',
    body: { reason: 'Dublette' },
  },
  'POST /moderation/actors/{id}/merge': {
    path: '/api/moderation/actors/demo-a/merge',
    body: { into: 'demo-b' },
  },
  'POST /moderation/relationships/{id}/accept': {
    path: '/api/moderation/relationships/demo-a-b/accept',
  },
  'DELETE /account': {
    path: '/api/account',
    body: { currentPassword: 'nicht-das-passwort' },
    anySignedIn: true,
  },
  'POST /moderation/relationships/{id}/reject': {
    path: '/api/moderation/relationships/demo-a-b/reject',
    body: { reason: 'Dublette' },
  },
}

/** Reads that need a session (they show what is not public); `owned`: refused to users who own no record. */
const SIGNED_IN_READS: Record<string, { path: string; owned: boolean }> = {
  'GET /my/entries': { path: '/api/my/entries', owned: false },
  'GET /moderation/queue': { path: '/api/moderation/queue', owned: true },
  'GET /account/export': { path: '/api/account/export', owned: false },
  'GET /admin/audit-log': { path: '/api/admin/audit-log', owned: true },
  'GET /actors/{id}/history': { path: '/api/actors/demo-a/history', owned: true },
  'GET /relationships/{id}/history': {
    path: '/api/relationships/demo-a-b/history',
    owned: true,
  },
}

/** A security list with an empty requirement (`{}`) allows anonymous requests (GET /auth/session). */
const needsSession = (security: unknown[] | undefined) =>
  (security?.length ?? 0) > 0 &&
  !security!.some((requirement) => Object.keys(requirement as object).length === 0)

async function signedInReadsOfDocument(): Promise<string[]> {
  const { body } = await getJson<{
    paths: Record<string, Record<string, { security?: unknown[] }>>
  }>(api, '/api/openapi.json')
  return Object.entries(body.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([method, operation]) => method === 'get' && needsSession(operation.security))
      .map(([method]) => `${method.toUpperCase()} ${path}`),
  )
}

async function writeRoutesOfDocument(): Promise<string[]> {
  const { body } = await getJson<{ paths: Record<string, Record<string, unknown>> }>(
    api,
    '/api/openapi.json',
  )
  return Object.entries(body.paths).flatMap(([path, operations]) =>
    Object.keys(operations)
      .filter((method) => ['post', 'put', 'patch', 'delete'].includes(method))
      .map((method) => `${method.toUpperCase()} ${path}`),
  )
}

/** Everything a write could touch, as one comparable value. */
async function databaseState() {
  const { rows } = await sql<{ state: string }>`
    SELECT concat_ws('|',
      (SELECT md5(string_agg(to_jsonb(a)::text, ',' ORDER BY id)) FROM actors a),
      (SELECT md5(string_agg(to_jsonb(r)::text, ',' ORDER BY id)) FROM relationships r),
      (SELECT count(*) FROM history), (SELECT version FROM data_version),
      (SELECT count(*) FROM actor_owners), (SELECT count(*) FROM datasets),
      (SELECT md5(string_agg(to_jsonb(c)::text, ',' ORDER BY id)) FROM contact_consents c)) AS state`.execute(
    api.store.db,
  )
  return rows[0]!.state
}

function requestOf(route: WriteRoute, method: string, as?: SignedIn): RequestInit {
  if (as) return as.write(method, route.body, 1)
  return {
    method,
    headers: { 'Content-Type': 'application/json', 'If-Match': '"1"' },
    body: route.body === undefined ? undefined : JSON.stringify(route.body),
  }
}

describe('the write route table', () => {
  it('lists every write route of the OpenAPI document', async () => {
    expect((await writeRoutesOfDocument()).sort()).toEqual(Object.keys(WRITE_ROUTES).sort())
  })

  it.each(Object.entries(WRITE_ROUTES).filter(([, route]) => !route.public))(
    '%s answers 401 to an anonymous request and changes nothing',
    async (key, route) => {
      const before = await databaseState()
      const method = key.split(' ')[0]!
      await expectProblem(await api.app.request(route.path, requestOf(route, method)), 401)
      expect(await databaseState()).toBe(before)
    },
  )

  it.each(Object.entries(WRITE_ROUTES).filter(([, route]) => !route.public && !route.anySignedIn))(
    '%s answers 403 to a user who owns neither record and changes nothing',
    async (key, route) => {
      const before = await databaseState()
      const method = key.split(' ')[0]!
      await expectProblem(
        await api.app.request(route.path, requestOf(route, method, stranger)),
        403,
      )
      expect(await databaseState()).toBe(before)
    },
  )

  it('lists every read that needs a session', async () => {
    expect((await signedInReadsOfDocument()).sort()).toEqual(Object.keys(SIGNED_IN_READS).sort())
  })

  it.each(Object.entries(SIGNED_IN_READS))(
    '%s answers 401 to an anonymous request',
    async (_key, read) => {
      await expectProblem(await api.app.request(read.path), 401)
    },
  )

  it.each(Object.entries(SIGNED_IN_READS).filter(([, read]) => read.owned))(
    '%s answers 403 to a user who owns no record in it',
    async (_key, read) => {
      await expectProblem(
        await api.app.request(read.path, { headers: { Cookie: stranger.cookie } }),
        403,
      )
    },
  )
})
