/**
 * Contact data only with recorded consent (issue 12 item 6, ADR 0027): a write that sets a contact without the
 * current consent is refused at #/contact/consent and stores nothing; with it, the consent row is stored in the
 * same transaction. Withdrawing removes the contact from public reads, exports and the history; the account export
 * lists the consents; deleting the account withdraws its live ones and keeps the rows as proof.
 */
import {
  contactConsentText,
  type Actor,
  type HistoryResponse,
  type MyEntriesResponse,
} from '@netzwerkatlas/shared'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn, TEST_PASSWORD, type SignedIn } from './support/accounts.ts'
import { makeActor, realProvenance, testDataset } from './support/builders.ts'
import { expectProblem, getJson } from './support/http.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

let api: TestApi
let person: SignedIn
let stranger: SignedIn
let coordinator: SignedIn

const consent = { given: true, textVersion: contactConsentText.version }
const personalContact = { email: 'anna.beispiel@demo.invalid', phone: '+49 3501 000000' }
const importedContact = { email: 'info@tafel-demo.invalid', phone: null }

beforeAll(async () => {
  api = await startTestApi(
    testDataset([
      makeActor({
        id: 'demo-tafel',
        name: 'Demo-Tafel Pirna',
        contact: importedContact,
        provenance: realProvenance('test'),
      }),
    ]),
  )
  person = await signIn(api, 'anna@example.org', 'actor')
  stranger = await signIn(api, 'fremd@example.org', 'actor')
  coordinator = await signIn(api, 'koordination@example.org', 'coordinator')
})
afterAll(() => api.close())

/** Everything a write could touch, consents included, as one comparable value. */
async function databaseState() {
  const { rows } = await sql<{ state: string }>`
    SELECT concat_ws('|',
      (SELECT md5(string_agg(to_jsonb(a)::text, ',' ORDER BY id)) FROM actors a),
      (SELECT md5(string_agg(to_jsonb(h)::text, ',' ORDER BY id)) FROM history h),
      (SELECT md5(string_agg(to_jsonb(c)::text, ',' ORDER BY id)) FROM contact_consents c),
      (SELECT version FROM data_version)) AS state`.execute(api.store.db)
  return rows[0]!.state
}

const consentRows = (actorId: string) =>
  api.store.db
    .selectFrom('contact_consents')
    .selectAll()
    .where('actor_id', '=', actorId)
    .orderBy('id')
    .execute()

async function createWithContact(as: SignedIn, name: string) {
  const response = await api.app.request(
    '/api/actors',
    as.write('POST', {
      name,
      kind: 'organisation',
      type: 'civil_society',
      contact: { ...personalContact, consent },
    }),
  )
  expect(response.status).toBe(201)
  const created = (await response.json()) as Actor
  const accepted = await api.app.request(
    `/api/moderation/actors/${created.id}/accept`,
    coordinator.write('POST', undefined, created.version),
  )
  expect(accepted.status).toBe(200)
  return (await accepted.json()) as Actor
}

const publicActor = async (id: string) =>
  (await getJson<{ actor: Actor }>(api, `/api/actors/${id}`)).body.actor

const exportText = async () => (await api.app.request('/api/export/json')).text()

describe('a write that sets contact data', () => {
  it.each([
    ['without a consent', undefined, 'consent required for contact data'],
    [
      'with a consent not given',
      { given: false, textVersion: contactConsentText.version },
      'consent required for contact data',
    ],
    [
      'with an old consent text',
      { given: true, textVersion: '2020-01' },
      'not the current consent text',
    ],
  ])('is refused at #/contact/consent %s, and stores nothing', async (_case, given, detail) => {
    const before = await databaseState()
    const response = await api.app.request(
      '/api/actors',
      person.write('POST', {
        name: 'Demo-Initiative Heidenau',
        kind: 'organisation',
        type: 'civil_society',
        contact: { ...personalContact, consent: given },
      }),
    )
    const problem = await expectProblem(response, 422)
    expect(problem.errors).toContainEqual({ pointer: '#/contact/consent', detail })
    expect(await databaseState()).toBe(before)
  })

  it('names the consent together with the other invalid fields', async () => {
    const response = await api.app.request(
      '/api/actors',
      person.write('POST', {
        name: 'Demo-Sommerfest Pirna',
        kind: 'event',
        type: 'civil_society',
        startDate: '2027-07-02',
        endDate: '2027-07-01',
        contact: personalContact,
      }),
    )
    const problem = await expectProblem(response, 422)
    expect(problem.errors?.map((error) => error.pointer)).toEqual(
      expect.arrayContaining(['#/endDate', '#/contact/consent']),
    )
  })

  it('is stored with its consent row in the same write, and shown publicly', async () => {
    const actor = await createWithContact(person, 'Demo-Nachbarschaftshilfe Copitz')
    expect((await publicActor(actor.id)).contact).toEqual(personalContact)
    const rows = await consentRows(actor.id)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      user_id: person.userId,
      text_version: contactConsentText.version,
      withdrawn_at: null,
    })
    // The create's history row and the consent share the write: the row exists only since the create.
    const { rows: created } = await sql<{ before_consent: boolean }>`
      SELECT h.changed_at <= c.given_at AS before_consent FROM history h, contact_consents c
      WHERE h.entity_id = ${actor.id} AND h.action = 'create' AND c.actor_id = ${actor.id}`.execute(
      api.store.db,
    )
    expect(created[0]?.before_consent).toBe(true)
  })

  it('needs no new consent when the contact stays as it is, but does when it changes', async () => {
    const actor = await createWithContact(person, 'Demo-Elternverein Sebnitz')
    const renamed = await api.app.request(
      `/api/actors/${actor.id}`,
      person.write(
        'PATCH',
        { name: 'Demo-Elternverein Sebnitz e. V.', contact: personalContact },
        actor.version,
      ),
    )
    expect(renamed.status).toBe(200)
    const next = (await renamed.json()) as Actor
    const before = await databaseState()
    const changed = await api.app.request(
      `/api/actors/${actor.id}`,
      person.write(
        'PATCH',
        { contact: { ...personalContact, phone: '+49 3501 111111' } },
        next.version,
      ),
    )
    expect((await expectProblem(changed, 422)).errors?.[0]?.pointer).toBe('#/contact/consent')
    expect(await databaseState()).toBe(before)
    expect((await consentRows(actor.id)).filter((row) => row.withdrawn_at === null)).toHaveLength(1)
  })

  it('keeps an imported organisation contact on an edit that leaves it, and refuses a changed one without consent', async () => {
    const tafel = await publicActor('demo-tafel')
    const edited = await api.app.request(
      '/api/actors/demo-tafel',
      coordinator.write(
        'PATCH',
        { description: 'Lebensmittelausgabe', contact: importedContact },
        tafel.version,
      ),
    )
    expect(edited.status).toBe(200)
    expect((await publicActor('demo-tafel')).contact).toEqual(importedContact)
    const changed = await api.app.request(
      '/api/actors/demo-tafel',
      coordinator.write(
        'PATCH',
        { contact: { email: 'leitung@tafel-demo.invalid', phone: null } },
        tafel.version + 1,
      ),
    )
    expect((await expectProblem(changed, 422)).errors?.[0]?.pointer).toBe('#/contact/consent')
  })
})

describe('withdrawing a consent', () => {
  it('is refused to anyone but the consenting person and coordinators, changing nothing', async () => {
    const actor = await createWithContact(person, 'Demo-Seniorentreff Stolpen')
    const before = await databaseState()
    await expectProblem(
      await api.app.request(`/api/actors/${actor.id}/contact-consent`, { method: 'DELETE' }),
      401,
    )
    await expectProblem(
      await api.app.request(`/api/actors/${actor.id}/contact-consent`, stranger.write('DELETE')),
      403,
    )
    expect(await databaseState()).toBe(before)
  })

  it('removes the contact as a new version from public reads, exports and the history', async () => {
    const actor = await createWithContact(person, 'Demo-Repair-Café Freital')
    expect(await exportText()).toContain('Demo-Repair-Café Freital')
    const mine = await getJson<MyEntriesResponse>(api, '/api/my/entries', { Cookie: person.cookie })
    expect(mine.body.contactConsents.map((entry) => entry.actorId)).toContain(actor.id)

    const response = await api.app.request(
      `/api/actors/${actor.id}/contact-consent`,
      person.write('DELETE'),
    )
    expect(response.status).toBe(200)
    const withdrawn = (await response.json()) as Actor
    expect(withdrawn.contact).toBeNull()
    expect(withdrawn.version).toBe(actor.version + 1)
    // Served at once, by the incrementally updated index, like every write.
    expect((await publicActor(actor.id)).contact).toBeNull()
    const exported = await exportText()
    expect(exported).toContain('Demo-Repair-Café Freital')
    expect(exported).not.toContain(personalContact.email)

    const history = await getJson<HistoryResponse>(api, `/api/actors/${actor.id}/history`, {
      Cookie: coordinator.cookie,
    })
    expect(history.body.entries[0]?.action).toBe('withdraw_consent')
    const stored = JSON.stringify(
      await api.store.db
        .selectFrom('history')
        .selectAll()
        .where('entity_id', '=', actor.id)
        .execute(),
    )
    expect(stored).not.toContain(personalContact.email)
    expect(stored).not.toContain(personalContact.phone)

    const [row] = await consentRows(actor.id)
    expect(row?.withdrawn_at).not.toBeNull()
    expect(row).toMatchObject({ end_reason: 'withdrawn', withdrawn_by: `user:${person.userId}` })
    const after = await getJson<MyEntriesResponse>(api, '/api/my/entries', {
      Cookie: person.cookie,
    })
    expect(after.body.contactConsents.map((entry) => entry.actorId)).not.toContain(actor.id)

    // Nothing left to withdraw; and going back to the version with the contact does not bring it back.
    await expectProblem(
      await api.app.request(`/api/actors/${actor.id}/contact-consent`, person.write('DELETE')),
      409,
    )
    const reverted = await api.app.request(
      `/api/actors/${actor.id}/revert`,
      coordinator.write('POST', { version: actor.version }, withdrawn.version),
    )
    expect(reverted.status).toBe(200)
    expect((await publicActor(actor.id)).contact).toBeNull()
  })

  it('is open to a coordinator on the person’s request', async () => {
    const actor = await createWithContact(person, 'Demo-Kulturverein Bad Schandau')
    const response = await api.app.request(
      `/api/actors/${actor.id}/contact-consent`,
      coordinator.write('DELETE'),
    )
    expect(response.status).toBe(200)
    expect((await publicActor(actor.id)).contact).toBeNull()
    expect((await consentRows(actor.id))[0]).toMatchObject({
      end_reason: 'withdrawn',
      withdrawn_by: `user:${coordinator.userId}`,
    })
  })
})

describe('the account', () => {
  it('export lists every consent, live and withdrawn', async () => {
    const response = await api.app.request('/api/account/export', {
      headers: { Cookie: person.cookie },
    })
    const body = (await response.json()) as {
      consents: { actorId: string; textVersion: string; withdrawnAt: string | null }[]
    }
    const own = await api.store.db
      .selectFrom('contact_consents')
      .select('actor_id')
      .where('user_id', '=', person.userId)
      .orderBy('id')
      .execute()
    expect(body.consents.map((entry) => entry.actorId)).toEqual(own.map((row) => row.actor_id))
    expect(body.consents.some((entry) => entry.withdrawnAt === null)).toBe(true)
    expect(body.consents.some((entry) => entry.withdrawnAt !== null)).toBe(true)
    expect(body.consents.every((entry) => entry.textVersion === contactConsentText.version)).toBe(
      true,
    )
  })

  it('deletion withdraws its live consents: the contacts go, the consent rows stay as proof', async () => {
    const leaving = await signIn(api, 'geht@example.org', 'actor')
    const actor = await createWithContact(leaving, 'Demo-Jugendclub Neustadt')
    const response = await api.app.request(
      '/api/account',
      leaving.write('DELETE', { currentPassword: TEST_PASSWORD }),
    )
    expect(response.status).toBe(204)
    expect((await publicActor(actor.id)).contact).toBeNull()
    const rows = await consentRows(actor.id)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ user_id: leaving.userId, end_reason: 'account_deleted' })
    expect(rows[0]?.withdrawn_at).not.toBeNull()
  })
})
