/**
 * Writes are applied to the served index incrementally (index-update.ts, ADR 0015): after each kind of write
 * the served index answers exactly as one built afresh from the database (the equivalence harness), and it got
 * there without a snapshot read (the log says which path ran). A version the history does not cover falls back
 * to the full build, and says so.
 */
import type { Actor, Relationship } from '@netzwerkatlas/shared'
import { sql } from 'kysely'
import pino from 'pino'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { usersRepository } from '../src/store/accounts/users-repository.ts'
import { signIn, type SignedIn } from './support/accounts.ts'
import { locatedAt, makeActor, makeRelationship, testDataset } from './support/builders.ts'
import { expectServedIndexEqualsFreshBuild } from './support/index-equivalence.ts'
import { startTestApiWith, type TestApi } from './support/test-api.ts'

let api: TestApi
let owner: SignedIn
let neighbour: SignedIn
let coordinator: SignedIn
const logged: { msg: string; reason?: string }[] = []

beforeAll(async () => {
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => logged.push(JSON.parse(line) as (typeof logged)[number]) },
  )
  api = await startTestApiWith(
    { logger },
    testDataset(
      [
        makeActor({
          id: 'demo-eigen',
          name: 'Demo-Wohnprojekt Pirna',
          description: 'Gemeinschaftliches Wohnen im Alter',
          topics: ['housing', 'seniors'],
          ...locatedAt(13.94, 50.96, '14628310'),
        }),
        makeActor({
          id: 'demo-nachbar',
          name: 'Demo-Nachbarschaftshilfe Görlitz',
          topics: ['seniors'],
          ...locatedAt(14.99, 51.15, '14626110'),
        }),
        makeActor({
          id: 'demo-leipzig',
          name: 'Demo-Bildungswerk Leipzig',
          topics: ['education'],
          ...locatedAt(12.37, 51.34, '14713000'),
        }),
        makeActor({ id: 'demo-ohne-ort', name: 'Demo-Initiative ohne Ort' }),
      ],
      [
        makeRelationship({ id: 'demo-r1', sourceId: 'demo-eigen', targetId: 'demo-nachbar' }),
        makeRelationship({
          id: 'demo-r2',
          sourceId: 'demo-leipzig',
          targetId: 'demo-eigen',
          type: 'funding',
          directed: true,
        }),
      ],
    ),
  )
  owner = await signIn(api, 'eigen@example.org', 'actor')
  neighbour = await signIn(api, 'nachbar@example.org', 'actor')
  coordinator = await signIn(api, 'koordination@example.org', 'coordinator')
  await usersRepository.addOwner(api.store.db, owner.userId, 'demo-eigen')
  await usersRepository.addOwner(api.store.db, neighbour.userId, 'demo-nachbar')
})
afterAll(() => api.close())
beforeEach(() => {
  logged.length = 0
})

const request = (path: string, init: RequestInit) => api.app.request(path, init)

async function written<T>(response: Response, status = 200): Promise<T> {
  const body = (await response.json()) as T
  expect({ status: response.status, body }).toMatchObject({ status })
  return body
}

/** The write was served through the incremental path: no snapshot was read for it. */
function expectAppliedIncrementally() {
  const messages = logged.map(({ msg }) => msg)
  expect(messages).toContain('index updated incrementally')
  expect(messages).not.toContain('index rebuilt from a snapshot')
}

const searchIds = async (text: string) => {
  const response = await request(`/api/actors?text=${encodeURIComponent(text)}`, {})
  const body = (await response.json()) as { items: { id: string }[] }
  return body.items.map(({ id }) => id)
}

describe('the index after each kind of write equals a fresh build', () => {
  let pending: Actor
  let proposal: Relationship

  it('a coordinator’s new entry (published at once, the first entry of the contributions dataset)', async () => {
    const created = await written<Actor>(
      await request(
        '/api/actors',
        coordinator.write('POST', {
          name: 'Demo-Tafel Riesa',
          kind: 'organisation',
          type: 'welfare_org',
          description: 'Lebensmittel für alle',
          topics: ['inclusion'],
        }),
      ),
      201,
    )
    expect(await searchIds('Lebensmit')).toEqual([created.id])
    expectAppliedIncrementally()
    await expectServedIndexEqualsFreshBuild(api)
  })

  it('an actor’s pending entry (invisible)', async () => {
    pending = await written<Actor>(
      await request(
        '/api/actors',
        owner.write('POST', {
          name: 'Demo-Reparaturcafé Heidenau',
          kind: 'project',
          type: 'civil_society',
        }),
      ),
      201,
    )
    expect(await searchIds('Reparaturcafe')).toEqual([])
    expectAppliedIncrementally()
    await expectServedIndexEqualsFreshBuild(api)
  })

  it('accepting the pending entry (visible, found by its words)', async () => {
    await written(
      await request(
        `/api/moderation/actors/${pending.id}/accept`,
        coordinator.write('POST', undefined, pending.version),
      ),
    )
    expect(await searchIds('Reparaturcafe')).toEqual([pending.id])
    expectAppliedIncrementally()
    await expectServedIndexEqualsFreshBuild(api)
  })

  it('an update of name, words and place (the old words find it no more)', async () => {
    await written(
      await request(
        '/api/actors/demo-eigen',
        owner.write(
          'PATCH',
          {
            name: 'Demo-Mehrgenerationenhaus Dresden',
            description: 'Treffpunkt für Jung und Alt',
            ...locatedAt(13.74, 51.05, '14612000'),
          },
          1,
        ),
      ),
    )
    expect(await searchIds('Wohnprojekt')).toEqual([])
    expect(await searchIds('Mehrgenerationenhaus')).toEqual(['demo-eigen'])
    expectAppliedIncrementally()
    await expectServedIndexEqualsFreshBuild(api)
  })

  it('archiving an actor with relationships (its ties leave the network)', async () => {
    await written(
      await request('/api/actors/demo-eigen/archive', owner.write('POST', undefined, 2)),
    )
    const network = (await (await request('/api/network', {})).json()) as { edges: unknown[] }
    expect(network.edges).toEqual([])
    expectAppliedIncrementally()
    await expectServedIndexEqualsFreshBuild(api)
  })

  it('restoring it (pending again when its owner restores it; a coordinator’s acceptance brings its ties back)', async () => {
    const restored = await written<Actor>(
      await request('/api/actors/demo-eigen/restore', owner.write('POST', undefined, 3)),
    )
    expect(restored.status).toBe('pending')
    expectAppliedIncrementally()
    await expectServedIndexEqualsFreshBuild(api)

    await written(
      await request(
        '/api/moderation/actors/demo-eigen/accept',
        coordinator.write('POST', undefined, restored.version),
      ),
    )
    const network = (await (await request('/api/network', {})).json()) as { edges: unknown[] }
    expect(network.edges).toHaveLength(2)
    expectAppliedIncrementally()
    await expectServedIndexEqualsFreshBuild(api)
  })

  it('a relationship proposal, its confirmation by the other side, and its withdrawal', async () => {
    proposal = await written<Relationship>(
      await request(
        '/api/relationships',
        owner.write('POST', {
          sourceId: 'demo-eigen',
          targetId: 'demo-leipzig',
          type: 'partnership',
        }),
      ),
      201,
    )
    expectAppliedIncrementally()
    await expectServedIndexEqualsFreshBuild(api)

    const ownTie = await written<Relationship>(
      await request(
        '/api/relationships',
        coordinator.write('POST', {
          sourceId: 'demo-eigen',
          targetId: 'demo-nachbar',
          type: 'joint_project',
        }),
      ),
      201,
    )
    logged.length = 0
    const confirmed = await written<Relationship>(
      await request(
        `/api/relationships/${ownTie.id}/confirm`,
        neighbour.write('POST', undefined, 1),
      ),
    )
    expect(confirmed.confirmedBy).toContain('target')
    expectAppliedIncrementally()
    await expectServedIndexEqualsFreshBuild(api)

    logged.length = 0
    await written(
      await request(`/api/relationships/${ownTie.id}/archive`, owner.write('POST', undefined, 2)),
    )
    expectAppliedIncrementally()
    await expectServedIndexEqualsFreshBuild(api)
  })

  it('rejecting a pending proposal in moderation', async () => {
    await written(
      await request(
        `/api/moderation/relationships/${proposal.id}/reject`,
        coordinator.write('POST', { reason: 'Doppelt eingetragen' }, proposal.version),
      ),
    )
    const another = await written<Actor>(
      await request(
        '/api/actors',
        owner.write('POST', {
          name: 'Demo-Doppelter Eintrag',
          kind: 'organisation',
          type: 'network',
        }),
      ),
      201,
    )
    await written(
      await request(
        `/api/moderation/actors/${another.id}/reject`,
        coordinator.write('POST', { reason: 'Gibt es schon' }, another.version),
      ),
    )
    expect(await searchIds('Doppelter')).toEqual([])
    expectAppliedIncrementally()
    await expectServedIndexEqualsFreshBuild(api)
  })
})

describe('falling back to the full build', () => {
  it('rebuilds from a snapshot when a version has no history entry, and says why', async () => {
    // A change outside the write path: nothing in the history names it, so only a snapshot covers it.
    const { rows } = await sql<{ version: number }>`
      WITH bumped AS (UPDATE data_version SET version = version + 1 RETURNING version),
        renamed AS (UPDATE actors SET name = 'Demo-Umbenannt ohne Historie' WHERE id = 'demo-leipzig')
      SELECT version::int AS version FROM bumped`.execute(api.store.db)
    await api.indexRefresher.refreshTo(rows[0]!.version)
    const rebuilt = logged.find(({ msg }) => msg === 'index rebuilt from a snapshot')
    expect(rebuilt?.reason).toMatch(/history names 0 of the 1 versions/)
    expect(await searchIds('Umbenannt')).toEqual(['demo-leipzig'])
    await expectServedIndexEqualsFreshBuild(api)
  })
})
