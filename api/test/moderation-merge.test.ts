/**
 * Merging a pending duplicate into an existing actor: its relationships move over (the moved side's
 * confirmation dropped, a tie between the two withdrawn), it is archived with a pointer, both histories record
 * it, all in one transaction; coordinators only, and a refused merge changes nothing.
 */
import type { Actor, AuditLogResponse } from '@netzwerkatlas/shared'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn, type SignedIn } from './support/accounts.ts'
import { makeActor, testDataset } from './support/builders.ts'
import { expectProblem, getJson } from './support/http.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

let api: TestApi
let member: SignedIn
let coordinator: SignedIn

beforeAll(async () => {
  api = await startTestApi(
    testDataset([
      makeActor({ id: 'demo-tafel', name: 'Tafel Pirna e. V.' }),
      makeActor({ id: 'demo-partner', name: 'Stadtteilladen Pirna' }),
    ]),
  )
  member = await signIn(api, 'verein@example.org', 'actor')
  coordinator = await signIn(api, 'koordination@example.org', 'coordinator')
})
afterAll(() => api.close())

async function post(by: SignedIn, path: string, body: unknown, version: number) {
  return api.app.request(path, by.write('POST', body, version))
}

async function rowState() {
  const { rows } = await sql<{ state: string }>`
    SELECT concat_ws('|',
      (SELECT md5(string_agg(to_jsonb(a)::text, ',' ORDER BY id)) FROM actors a),
      (SELECT md5(string_agg(to_jsonb(r)::text, ',' ORDER BY id)) FROM relationships r),
      (SELECT count(*) FROM history), (SELECT count(*) FROM actor_owners)) AS state`.execute(
    api.store.db,
  )
  return rows[0]!.state
}

describe('merging a pending entry into an existing actor', () => {
  it('moves its relationships, archives it with a pointer and records it in both histories', async () => {
    const created = await post(
      member,
      '/api/actors',
      { name: 'Tafel Pirna e.V.', kind: 'organisation', type: 'civil_society' },
      1,
    )
    const duplicate = (await created.json()) as Actor
    expect(duplicate.status).toBe('pending')
    const tie = await post(
      member,
      '/api/relationships',
      { sourceId: duplicate.id, targetId: 'demo-partner', type: 'partnership' },
      1,
    )
    expect(tie.status).toBe(201)
    const tieId = ((await tie.json()) as { id: string }).id
    const loop = await post(
      member,
      '/api/relationships',
      { sourceId: duplicate.id, targetId: 'demo-tafel', type: 'partnership' },
      1,
    )
    const loopId = ((await loop.json()) as { id: string }).id

    // An actor may not merge, and a stale version is refused; neither changes a row.
    const before = await rowState()
    const mergePath = `/api/moderation/actors/${duplicate.id}/merge`
    await expectProblem(await post(member, mergePath, { into: 'demo-tafel' }, 1), 403)
    await expectProblem(await post(coordinator, mergePath, { into: 'demo-tafel' }, 9), 412)
    const unknown = await expectProblem(
      await post(coordinator, mergePath, { into: 'demo-nirgends' }, 1),
      422,
    )
    expect(unknown.errors).toEqual([{ pointer: '#/into', detail: 'no such actor' }])
    expect(await rowState()).toBe(before)

    const merged = await post(coordinator, mergePath, { into: 'demo-tafel' }, 1)
    expect(merged.status).toBe(200)
    const result = (await merged.json()) as {
      merged: Actor
      into: Actor
      relationships: { id: string; sourceId: string; targetId: string; status: string }[]
    }
    expect(result.merged.status).toBe('archived')
    expect(result.into.version).toBe(2)
    const moved = result.relationships.find((r) => r.id === tieId)!
    expect([moved.sourceId, moved.targetId]).toEqual(['demo-tafel', 'demo-partner'])
    expect(result.relationships.find((r) => r.id === loopId)!.status).toBe('archived')

    const { rows } = await sql<{ merged_into: string | null }>`
      SELECT merged_into FROM actors WHERE id = ${duplicate.id}`.execute(api.store.db)
    expect(rows[0]!.merged_into).toBe('demo-tafel')

    // The merged entry never becomes public; the existing actor still is.
    expect((await getJson(api, '/api/actors/demo-tafel')).response.status).toBe(200)
    expect((await api.app.request(`/api/actors/${duplicate.id}`)).status).toBe(404)

    type MergeEntries = {
      entries: {
        action: string
        mergedInto: { id: string; name: string } | null
        mergedFrom: { id: string; name: string } | null
      }[]
    }
    const history = await getJson<MergeEntries>(api, '/api/actors/demo-tafel/history', {
      Cookie: coordinator.cookie,
    })
    expect(history.body.entries[0]!.action).toBe('merge')
    // Each history names the other side of the merge, so a reader can follow it.
    expect(history.body.entries[0]!.mergedFrom).toEqual({
      id: duplicate.id,
      name: 'Tafel Pirna e.V.',
    })
    expect(history.body.entries[0]!.mergedInto).toBeNull()
    const mergedHistory = await getJson<MergeEntries>(api, `/api/actors/${duplicate.id}/history`, {
      Cookie: coordinator.cookie,
    })
    expect(mergedHistory.body.entries.map((entry) => entry.action)).toEqual(['merge', 'create'])
    expect(mergedHistory.body.entries[0]!.mergedInto).toEqual({
      id: 'demo-tafel',
      name: 'Tafel Pirna e. V.',
    })
    expect(mergedHistory.body.entries[0]!.mergedFrom).toBeNull()
    expect(mergedHistory.body.entries[1]!.mergedInto).toBeNull()

    const { rows: audit } = await sql<{ action: string }>`
      SELECT action FROM audit_log WHERE subject_id = ${duplicate.id}`.execute(api.store.db)
    expect(audit.map((row) => row.action)).toEqual(['merge'])
    // The admins' audit log names the actor the entry went into, not only its id.
    const admin = await signIn(api, 'admin@example.org', 'admin')
    const log = await getJson<AuditLogResponse>(api, '/api/admin/audit-log', {
      Cookie: admin.cookie,
    })
    expect(log.body.entries.find((entry) => entry.action === 'merge')).toMatchObject({
      subjectId: duplicate.id,
      detail: { into: 'demo-tafel' },
      mergedIntoLabel: 'Tafel Pirna e. V.',
    })

    // Merged once: it is no longer pending.
    await expectProblem(await post(coordinator, mergePath, { into: 'demo-tafel' }, 2), 409)

    // It lives on in the actor it was merged into: restoring it would publish a duplicate without its ties.
    const beforeRestore = await rowState()
    const restore = await expectProblem(
      await post(coordinator, `/api/actors/${duplicate.id}/restore`, {}, 2),
      409,
    )
    expect(restore.detail).toContain('demo-tafel')
    expect(await rowState()).toBe(beforeRestore)
  })
})
