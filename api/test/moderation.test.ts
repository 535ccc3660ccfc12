import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@netzwerkatlas/shared'
import { signIn, type SignedIn } from './support/accounts.ts'
import { locatedAt, makeActor, testDataset } from './support/builders.ts'
import { expectProblem, getJson } from './support/http.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

let api: TestApi
let member: SignedIn
let coordinator: SignedIn

beforeAll(async () => {
  api = await startTestApi(
    testDataset([
      makeActor({
        id: 'demo-tafel',
        name: 'Tafel Pirna e. V.',
        ...locatedAt(13.94, 50.96, '14628310'),
      }),
      makeActor({ id: 'demo-weit', name: 'Tafel Pirna', ...locatedAt(12.37, 51.34, '14713000') }),
      makeActor({ id: 'demo-anders', name: 'Nachbarschaftshilfe Görlitz' }),
    ]),
  )
  member = await signIn(api, 'mitglied@example.org', 'actor')
  coordinator = await signIn(api, 'koordination@example.org', 'coordinator')
})
afterAll(() => api.close())

async function proposeActor(name: string, extra: object = {}) {
  const response = await api.app.request(
    '/api/actors',
    member.write('POST', { name, kind: 'organisation', type: 'civil_society', ...extra }),
  )
  return (await response.json()) as Actor
}

interface Queue {
  actors: { actor: Actor; possibleDuplicates: { id: string; similarity: number }[] }[]
}

describe('the moderation queue', () => {
  it('shows pending entries with similar names nearby, folding umlauts and legal forms', async () => {
    const pending = await proposeActor('Tafel Pirna e.V.', {
      location: {
        lon: 13.95,
        lat: 50.97,
        precision: 'exact',
        source: null,
        licence: null,
        attribution: null,
      },
    })
    const { response, body } = await getJson<Queue>(api, '/api/moderation/queue', {
      Cookie: coordinator.cookie,
    })
    expect(response.status).toBe(200)
    const entry = body.actors.find((item) => item.actor.id === pending.id)!
    // "Tafel Pirna e. V." nearby matches; "Tafel Pirna" in Leipzig is too far; Görlitz is another name.
    expect(entry.possibleDuplicates.map((duplicate) => duplicate.id)).toEqual(['demo-tafel'])
    expect(entry.possibleDuplicates[0]!.similarity).toBe(1)
  })

  it('is for coordinators only', async () => {
    await expectProblem(await api.app.request('/api/moderation/queue'), 401)
    await expectProblem(
      await api.app.request('/api/moderation/queue', { headers: { Cookie: member.cookie } }),
      403,
    )
  })
})

describe('verdicts', () => {
  it('publishes an accepted entry and records the decision in history and audit log', async () => {
    const pending = await proposeActor('Demo-Neue Werkstatt')
    await expectProblem(
      await api.app.request(
        `/api/moderation/actors/${pending.id}/accept`,
        member.write('POST', undefined, 1),
      ),
      403,
    )
    const accepted = await api.app.request(
      `/api/moderation/actors/${pending.id}/accept`,
      coordinator.write('POST', undefined, 1),
    )
    expect(await accepted.json()).toMatchObject({ status: 'published', version: 2 })
    expect((await api.app.request(`/api/actors/${pending.id}`)).status).toBe(200)
    const { rows } = await sql<{ action: string }>`
      SELECT action FROM audit_log WHERE subject_id = ${pending.id}
      UNION ALL SELECT action FROM history WHERE entity_id = ${pending.id} AND action = 'accept'`.execute(
      api.store.db,
    )
    expect(rows.map((row) => row.action)).toEqual(['accept', 'accept'])
  })

  it('archives a rejected entry and keeps the reason', async () => {
    const pending = await proposeActor('Demo-Abgelehnt')
    const missingReason = await api.app.request(
      `/api/moderation/actors/${pending.id}/reject`,
      coordinator.write('POST', {}, 1),
    )
    expect((await expectProblem(missingReason, 422)).errors?.[0]?.pointer).toBe('#/reason')
    const rejected = await api.app.request(
      `/api/moderation/actors/${pending.id}/reject`,
      coordinator.write('POST', { reason: 'Kein Bezug zu Sachsen' }, 1),
    )
    expect(await rejected.json()).toMatchObject({ status: 'archived' })
    const { rows } = await sql<{ detail: { reason: string } }>`
      SELECT detail FROM audit_log WHERE subject_id = ${pending.id} AND action = 'reject'`.execute(
      api.store.db,
    )
    expect(rows[0]!.detail.reason).toBe('Kein Bezug zu Sachsen')
    const again = await api.app.request(
      `/api/moderation/actors/${pending.id}/accept`,
      coordinator.write('POST', undefined, 2),
    )
    await expectProblem(again, 409)
  })
})
