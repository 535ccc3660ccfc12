/**
 * Property-based bad input: malformed bodies (arbitrary JSON, broken JSON, and valid bodies with one field of
 * the shared write schemas replaced by a wrong value) against every write route. No answer may be a 5xx, every
 * one must be a refusal, and the database must be exactly as before.
 */
import fc from 'fast-check'
import {
  ActorCreateBodySchema,
  ActorPatchBodySchema,
  RelationshipCreateBodySchema,
  RelationshipPatchBodySchema,
} from '@netzwerkatlas/shared'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn, type SignedIn } from './support/accounts.ts'
import { makeActor, makeRelationship, testDataset } from './support/builders.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

// ~12 ms per request on the shared 2-core machine: 10,000 would take ~2 min, so the suite sends 2,000.
const RUNS = 2_000

let api: TestApi
let coordinator: SignedIn

beforeAll(async () => {
  api = await startTestApi(
    testDataset(
      [makeActor({ id: 'demo-a' }), makeActor({ id: 'demo-b' })],
      [makeRelationship({ id: 'demo-a-b', sourceId: 'demo-a', targetId: 'demo-b' })],
    ),
  )
  coordinator = await signIn(api, 'fuzz@example.org', 'coordinator')
})
afterAll(() => api.close())

const validBodies = {
  actorCreate: { name: 'Demo-Fuzz', kind: 'organisation', type: 'network' },
  actorPatch: { name: 'Demo-Fuzz', website: 'https://example.org/' },
  relationshipCreate: { sourceId: 'demo-a', targetId: 'demo-b', type: 'partnership' },
  relationshipPatch: { weight: 2, since: '2020-01-01' },
}

/** Values wrong for every field of the write schemas: too long, out of range, or of the wrong shape. */
const wrongValue = fc.oneof(
  fc.constant('x'.repeat(6000)),
  fc.constant(-1e308),
  fc.constant(Number.MAX_SAFE_INTEGER),
  fc.constant([{ nested: { deeper: [1, 2, 3] } }]),
  fc.constant({ $ne: null }),
)

/** Values that are wrong for one particular field although they are strings. */
const wrongForField = fc.constantFrom(
  { website: 'javascript:alert(1)' },
  { website: 'data:text/html,<script>alert(1)</script>' },
  { website: 'ftp://example.org/' },
  { startDate: '2021-02-30' },
  { name: '' },
  { sourceId: 'Nicht Erlaubt!' },
  { type: '<script>' },
)

/** A valid body with one schema field replaced by a wrong value, or an unknown field added. */
function mutated(valid: Record<string, unknown>, fields: readonly string[]) {
  return fc.oneof(
    fc
      .record({ field: fc.constantFrom(...fields), value: wrongValue })
      .map(({ field, value }) => ({ ...valid, [field]: value })),
    wrongForField.map((wrong) => ({ ...valid, ...wrong })),
    fc
      .record({ key: fc.string({ minLength: 1, maxLength: 10 }), value: fc.jsonValue() })
      .map(({ key, value }) => ({ ...valid, [`unbekannt-${key}`]: value })),
  )
}

const jsonBody = (valid: Record<string, unknown>, fields: readonly string[]) =>
  fc
    .oneof(
      { weight: 3, arbitrary: mutated(valid, fields) },
      {
        weight: 1,
        arbitrary: fc
          .jsonValue()
          .filter((value) => typeof value !== 'object' || value === null || Array.isArray(value)),
      },
    )
    .map((body) => JSON.stringify(body))

const brokenJson = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constant('{"name": "x",'),
  fc.constant('\u0000\u0001'),
)

interface FuzzRequest {
  path: string
  method: string
  body: string
  contentType: string
  ifMatch: string | undefined
}

const ifMatch = fc.oneof(
  fc.constant(undefined),
  fc.constant('"999"'),
  fc.constant('"0"'),
  fc.string({ maxLength: 20 }).filter((text) => !/^\s*(W\/)?"?\d+"?\s*$/.test(text)),
)

const contentType = fc.oneof(
  { weight: 5, arbitrary: fc.constant('application/json') },
  { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', '') },
)

const shapeKeys = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape)

const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc.oneof(
  fc.record({
    path: fc.constant('/api/actors'),
    method: fc.constant('POST'),
    body: fc.oneof(
      jsonBody(validBodies.actorCreate, [
        'name',
        'kind',
        'type',
        ...shapeKeys(ActorCreateBodySchema),
      ]),
      brokenJson,
    ),
    contentType,
    ifMatch: fc.constant(undefined),
  }),
  fc.record({
    path: fc.constant('/api/actors/demo-a'),
    method: fc.constant('PATCH'),
    body: fc.oneof(jsonBody(validBodies.actorPatch, shapeKeys(ActorPatchBodySchema)), brokenJson),
    contentType,
    ifMatch,
  }),
  fc.record({
    path: fc.constant('/api/relationships'),
    method: fc.constant('POST'),
    body: fc.oneof(
      jsonBody(validBodies.relationshipCreate, [
        'sourceId',
        'targetId',
        'type',
        ...shapeKeys(RelationshipCreateBodySchema),
      ]),
      brokenJson,
    ),
    contentType,
    ifMatch: fc.constant(undefined),
  }),
  fc.record({
    path: fc.constant('/api/relationships/demo-a-b'),
    method: fc.constant('PATCH'),
    body: fc.oneof(
      jsonBody(validBodies.relationshipPatch, shapeKeys(RelationshipPatchBodySchema)),
      brokenJson,
    ),
    contentType,
    ifMatch,
  }),
  fc.record({
    path: fc.constantFrom(
      '/api/actors/demo-a/archive',
      '/api/actors/demo-a/restore',
      '/api/relationships/demo-a-b/archive',
      '/api/relationships/demo-a-b/confirm',
    ),
    method: fc.constant('POST'),
    body: fc.oneof(fc.constant(''), brokenJson),
    contentType,
    ifMatch,
  }),
  fc.record({
    path: fc.constantFrom('/api/auth/login', '/api/auth/setup', '/api/auth/password'),
    method: fc.constant('POST'),
    body: fc.oneof(
      fc.jsonValue().map((value) => JSON.stringify(value)),
      brokenJson,
    ),
    contentType,
    ifMatch: fc.constant(undefined),
  }),
)

async function databaseState() {
  const { rows } = await sql<{ state: string }>`
    SELECT concat_ws('|',
      (SELECT md5(string_agg(to_jsonb(a)::text, ',' ORDER BY id)) FROM actors a),
      (SELECT md5(string_agg(to_jsonb(r)::text, ',' ORDER BY id)) FROM relationships r),
      (SELECT count(*) FROM history), (SELECT version FROM data_version),
      (SELECT md5(string_agg(to_jsonb(u)::text, ',' ORDER BY id)) FROM users u),
      (SELECT count(*) FROM actor_owners), (SELECT count(*) FROM datasets),
      (SELECT count(*) FROM sessions), (SELECT count(*) FROM account_tokens WHERE used_at IS NULL)) AS state`.execute(
    api.store.db,
  )
  return rows[0]!.state
}

describe('malformed bodies on the write routes', () => {
  it(`answers ${RUNS} malformed requests with 4xx only and changes nothing`, async () => {
    const before = await databaseState()
    const statuses = new Map<number, number>()
    await fc.assert(
      fc.asyncProperty(fuzzRequest, async (request) => {
        const headers: Record<string, string> = {
          Cookie: coordinator.cookie,
          'X-CSRF-Token': coordinator.csrfToken,
        }
        if (request.contentType) headers['Content-Type'] = request.contentType
        if (request.ifMatch !== undefined) headers['If-Match'] = request.ifMatch
        const response = await api.app.request(request.path, {
          method: request.method,
          headers,
          body: request.body,
        })
        await response.arrayBuffer()
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        expect(response.status).toBeGreaterThanOrEqual(400)
        expect(response.status).toBeLessThan(500)
      }),
      { numRuns: RUNS, seed: 20211008 },
    )
    expect(await databaseState()).toBe(before)
    // Every kind of refusal was reached, not only the first check.
    expect([...statuses.keys()].sort()).toEqual(expect.arrayContaining([400, 403, 412, 422, 428]))
  }, 180_000)
})
