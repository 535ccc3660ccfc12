/**
 * A person's own data (ADR 0026): the export holds everything stored about the account and nothing about
 * anyone else; deleting the account (with the password) removes it, its sessions and ownerships and nothing
 * else; its entries stay and their history names a pseudonym; the audit log is for admins only.
 */
import type { Actor, AuditLogResponse, HistoryResponse } from '@netzwerkatlas/shared'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn, TEST_PASSWORD, type SignedIn } from './support/accounts.ts'
import { makeActor, testDataset } from './support/builders.ts'
import { expectProblem, getJson } from './support/http.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

let api: TestApi
let member: SignedIn
let other: SignedIn
let coordinator: SignedIn
let admin: SignedIn
let memberActor: Actor

beforeAll(async () => {
  api = await startTestApi(testDataset([makeActor({ id: 'demo-tafel', name: 'Tafel Pirna' })]))
  member = await signIn(api, 'verein@example.org', 'actor')
  other = await signIn(api, 'nachbar@example.org', 'actor')
  coordinator = await signIn(api, 'koordination@example.org', 'coordinator')
  admin = await signIn(api, 'admin@example.org', 'admin')
  const created = await api.app.request(
    '/api/actors',
    member.write('POST', { name: 'Demo-Verein Copitz', kind: 'organisation', type: 'network' }, 1),
  )
  memberActor = (await created.json()) as Actor
  await api.app.request(
    '/api/actors',
    other.write('POST', { name: 'Demo-Nachbarn Graupa', kind: 'organisation', type: 'network' }, 1),
  )
  await api.app.request(
    `/api/moderation/actors/${memberActor.id}/accept`,
    coordinator.write('POST', undefined, 1),
  )
})
afterAll(() => api.close())

/** Every table but the accounts themselves, and the data version, as comparable values. */
async function recordsState() {
  const { rows } = await sql<{ records: string; dataVersion: string }>`
    SELECT concat_ws('|',
      (SELECT md5(string_agg(to_jsonb(a)::text, ',' ORDER BY id)) FROM actors a),
      (SELECT md5(string_agg(to_jsonb(r)::text, ',' ORDER BY id)) FROM relationships r),
      (SELECT md5(string_agg(to_jsonb(h)::text, ',' ORDER BY id)) FROM history h)) AS records,
      (SELECT version FROM data_version) AS "dataVersion"`.execute(api.store.db)
  return rows[0]!
}

const accountCounts = async () => {
  const { rows } = await sql<{ users: number; owners: number; sessions: number }>`
    SELECT (SELECT count(*)::int FROM users) AS users,
      (SELECT count(*)::int FROM actor_owners) AS owners,
      (SELECT count(*)::int FROM sessions) AS sessions`.execute(api.store.db)
  return rows[0]!
}

describe('the account export', () => {
  it('refuses anonymous requests', async () => {
    await expectProblem(await api.app.request('/api/account/export'), 401)
  })

  it('is a download of the account, its role, entries, sessions and authored history, and nothing of others', async () => {
    const response = await api.app.request('/api/account/export', {
      headers: { Cookie: member.cookie },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=/)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const text = await response.text()
    const body = JSON.parse(text) as {
      account: { id: string; email: string; role: string }
      roles: { current: string; changes: { action: string }[] }
      ownedActorIds: string[]
      entries: { actors: { id: string }[] }
      consents: unknown[]
      sessions: unknown[]
      history: { entityId: string; action: string }[]
    }
    expect(body.account).toMatchObject({ id: member.userId, email: 'verein@example.org' })
    expect(body.roles.current).toBe('actor')
    expect(body.roles.changes.map((row) => row.action)).toEqual(['account_created'])
    expect(body.ownedActorIds).toEqual([memberActor.id])
    expect(body.entries.actors.map((actor) => actor.id)).toEqual([memberActor.id])
    expect(body.consents).toEqual([])
    expect(body.sessions).toHaveLength(1)
    expect(body.history).toEqual([
      expect.objectContaining({ entityId: memberActor.id, action: 'create' }),
    ])
    // Nothing about the other people: not their addresses, not their entries, not the coordinator's verdict.
    expect(text).not.toContain('nachbar@example.org')
    expect(text).not.toContain('Demo-Nachbarn Graupa')
    expect(text).not.toContain('koordination@example.org')
    expect(text).not.toContain('$argon2')
  })
})

describe('the audit log', () => {
  it('is for admins only and names who decided what', async () => {
    await expectProblem(await api.app.request('/api/admin/audit-log'), 401)
    for (const notAdmin of [member, coordinator])
      await expectProblem(
        await api.app.request('/api/admin/audit-log', { headers: { Cookie: notAdmin.cookie } }),
        403,
      )
    const { body } = await getJson<AuditLogResponse>(api, '/api/admin/audit-log?limit=200', {
      Cookie: admin.cookie,
    })
    const accepted = body.entries.find((entry) => entry.action === 'accept')!
    expect(accepted).toMatchObject({
      by: 'koordination@example.org',
      subjectType: 'actor',
      subjectId: memberActor.id,
      subjectLabel: 'Demo-Verein Copitz',
    })
    expect(body.entries.map((entry) => entry.id)).toEqual(
      [...body.entries.map((entry) => entry.id)].sort((a, b) => b - a),
    )
    const page = await getJson<AuditLogResponse>(api, '/api/admin/audit-log?limit=2', {
      Cookie: admin.cookie,
    })
    expect(page.body.entries).toHaveLength(2)
    const next = await getJson<AuditLogResponse>(
      api,
      `/api/admin/audit-log?limit=2&before=${page.body.nextBefore}`,
      { Cookie: admin.cookie },
    )
    expect(next.body.entries[0]!.id).toBeLessThan(page.body.entries[1]!.id)
    const invalid = await expectProblem(
      await api.app.request('/api/admin/audit-log?limit=0', { headers: { Cookie: admin.cookie } }),
      400,
    )
    expect(invalid.errors?.[0]).toMatchObject({ parameter: 'limit' })
  })
})

describe('deleting the account', () => {
  it('refuses anonymous requests and a wrong password, changing nothing', async () => {
    const before = [await recordsState(), await accountCounts()]
    await expectProblem(
      await api.app.request('/api/account', {
        method: 'DELETE',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ currentPassword: TEST_PASSWORD }),
      }),
      401,
    )
    const wrong = await expectProblem(
      await api.app.request(
        '/api/account',
        member.write('DELETE', { currentPassword: 'nicht-das-passwort' }),
      ),
      422,
    )
    expect(wrong.errors).toEqual([
      { pointer: '#/currentPassword', detail: 'not the current password' },
    ])
    expect([await recordsState(), await accountCounts()]).toEqual(before)
  })

  it('removes the account, its session and ownership; its entry and history stay under a pseudonym', async () => {
    const records = await recordsState()
    const counts = await accountCounts()
    const response = await api.app.request(
      '/api/account',
      member.write('DELETE', { currentPassword: TEST_PASSWORD }),
    )
    expect(response.status).toBe(204)
    expect(response.headers.get('set-cookie')).toMatch(/Max-Age=0/)
    // A deletion is a write (it may remove consented contacts, ADR 0027); these entries had none.
    expect((await recordsState()).records).toBe(records.records)
    expect(await accountCounts()).toEqual({
      users: counts.users - 1,
      owners: counts.owners - 1,
      sessions: counts.sessions - 1,
    })
    // The old cookie opens nothing any more.
    const session = await getJson<{ signedIn: boolean }>(api, '/api/auth/session', {
      Cookie: member.cookie,
    })
    expect(session.body).toEqual({ signedIn: false })
    await expectProblem(
      await api.app.request('/api/account/export', { headers: { Cookie: member.cookie } }),
      401,
    )
    // The published entry stays public; its history names no one.
    expect((await api.app.request(`/api/actors/${memberActor.id}`)).status).toBe(200)
    const history = await getJson<HistoryResponse>(api, `/api/actors/${memberActor.id}/history`, {
      Cookie: coordinator.cookie,
    })
    const created = history.body.entries.find((entry) => entry.action === 'create')!
    expect(created.changedBy).toEqual({
      email: null,
      role: null,
      isSelf: false,
      system: null,
      accountDeleted: true,
    })
    expect(JSON.stringify(history.body)).not.toContain('verein@example.org')
    const audit = await getJson<AuditLogResponse>(api, '/api/admin/audit-log', {
      Cookie: admin.cookie,
    })
    expect(audit.body.entries[0]).toMatchObject({
      action: 'account_deleted',
      subjectId: member.userId,
      subjectLabel: null,
    })
    expect(JSON.stringify(audit.body)).not.toContain('verein@example.org')
  })

  it('refuses the last admin (nobody could manage roles then)', async () => {
    const before = await accountCounts()
    await expectProblem(
      await api.app.request(
        '/api/account',
        admin.write('DELETE', { currentPassword: TEST_PASSWORD }),
      ),
      409,
    )
    expect(await accountCounts()).toEqual(before)
  })
})
