import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@netzwerkatlas/shared'
import { signIn, type SignedIn } from './support/accounts.ts'
import { makeActor, testDataset } from './support/builders.ts'
import { getJson } from './support/http.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

const ACTOR_IDS = Array.from({ length: 200 }, (_, n) => `demo-viele-${n}`)

let api: TestApi
let editorA: SignedIn
let editorB: SignedIn

beforeAll(async () => {
  api = await startTestApi(
    testDataset([
      makeActor({ id: 'demo-streit' }),
      makeActor({ id: 'demo-zaehler' }),
      ...ACTOR_IDS.map((id) => makeActor({ id })),
    ]),
  )
  editorA = await signIn(api, 'a@example.org', 'coordinator')
  editorB = await signIn(api, 'b@example.org', 'coordinator')
})
afterAll(() => api.close())

describe('concurrent writes', () => {
  it('lets exactly one of two editors of the same version win; the other gets 412 with the winner’s record', async () => {
    const [first, second] = await Promise.all([
      api.app.request(
        '/api/actors/demo-streit',
        editorA.write('PATCH', { description: 'von A' }, 1),
      ),
      api.app.request(
        '/api/actors/demo-streit',
        editorB.write('PATCH', { description: 'von B' }, 1),
      ),
    ])
    const statuses = [first.status, second.status].sort()
    expect(statuses).toEqual([200, 412])
    const winner = (await (first.status === 200 ? first : second).json()) as Actor
    const loser = (await (first.status === 412 ? first : second).json()) as { current: Actor }
    expect(loser.current).toMatchObject({ version: 2, description: winner.description })
  })

  it('loses no update among 200 concurrent writes and records each one in the history', async () => {
    const before = await api.store.dataVersion()
    const responses = await Promise.all(
      ACTOR_IDS.map(async (id, n) =>
        api.app.request(
          `/api/actors/${id}`,
          (n % 2 ? editorA : editorB).write('PATCH', { offersText: `Angebot ${n}` }, 1),
        ),
      ),
    )
    expect(responses.map((response) => response.status)).toEqual(ACTOR_IDS.map(() => 200))
    const { rows } = await sql<{ updated: number; updates: number; texts: number }>`
      SELECT
        (SELECT count(*)::int FROM actors WHERE version = 2 AND offers_text LIKE 'Angebot %') AS updated,
        (SELECT count(*)::int FROM history WHERE action = 'update' AND entity_id LIKE 'demo-viele-%') AS updates,
        (SELECT count(DISTINCT after->>'offers_text')::int FROM history
          WHERE action = 'update' AND entity_id LIKE 'demo-viele-%') AS texts`.execute(api.store.db)
    expect(rows[0]).toEqual({ updated: 200, updates: 200, texts: 200 })
    expect(await api.store.dataVersion()).toBe(before + 200)
    // Reads follow: every write is served once its answer came.
    const read = await getJson<{ actor: Actor }>(api, `/api/actors/${ACTOR_IDS[199]}`)
    expect(read.body.actor.offersText).toBe('Angebot 199')
  }, 120_000)

  it('lets one of 50 editors sending the same version win and tells the 49 others the current record', async () => {
    const responses = await Promise.all(
      Array.from({ length: 50 }, async (_, n) =>
        api.app.request(
          '/api/actors/demo-zaehler',
          (n % 2 ? editorA : editorB).write('PATCH', { offersText: `Fassung ${n}` }, 1),
        ),
      ),
    )
    const statuses = responses.map((response) => response.status)
    expect(statuses.filter((status) => status === 200)).toHaveLength(1)
    expect(statuses.filter((status) => status === 412)).toHaveLength(49)
    const { rows } = await sql<{ version: number; updates: number }>`
      SELECT (SELECT version FROM actors WHERE id = 'demo-zaehler') AS version,
        (SELECT count(*)::int FROM history WHERE entity_id = 'demo-zaehler' AND action = 'update') AS updates`.execute(
      api.store.db,
    )
    expect(rows[0]).toEqual({ version: 2, updates: 1 })
  })
})
