/**
 * Property: after any sequence of writes (random kinds, random records, random words; refused writes
 * included), the incrementally updated index answers as one built afresh from the database, after every
 * single write (the equivalence harness). The runs share one database, so later runs start from the state
 * earlier ones left: overlays grow over dozens of versions.
 */
import fc from 'fast-check'
import { sql } from 'kysely'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { usersRepository } from '../src/store/accounts/users-repository.ts'
import { signIn, type SignedIn } from './support/accounts.ts'
import { locatedAt, makeActor, makeRelationship, testDataset } from './support/builders.ts'
import { expectServedIndexEqualsFreshBuild } from './support/index-equivalence.ts'
import { startTestApiWith, type TestApi } from './support/test-api.ts'

let api: TestApi
let member: SignedIn
let coordinator: SignedIn

const WORDS = ['Tafel', 'Wohnen', 'Nachbarschaft', 'Jugendhilfe', 'Görlitz', 'Straße', 'Kultur']
const PLACES = [
  locatedAt(13.94, 50.96, '14628310'),
  locatedAt(14.99, 51.15, '14626110'),
  locatedAt(12.37, 51.34, '14713000'),
  { location: null, municipalityAgs: null, districtAgs: null },
]

const logged: string[] = []

beforeAll(async () => {
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => logged.push((JSON.parse(line) as { msg: string }).msg) },
  )
  api = await startTestApiWith(
    { logger },
    testDataset(
      [
        makeActor({ id: 'demo-a', name: 'Demo-Tafel Pirna', ...PLACES[0]! }),
        makeActor({
          id: 'demo-b',
          name: 'Demo-Wohnen Görlitz',
          topics: ['housing'],
          ...PLACES[1]!,
        }),
        makeActor({ id: 'demo-c', name: 'Demo-Kultur Leipzig', ...PLACES[2]! }),
      ],
      [makeRelationship({ id: 'demo-ab', sourceId: 'demo-a', targetId: 'demo-b' })],
    ),
  )
  member = await signIn(api, 'mitglied@example.org', 'actor')
  coordinator = await signIn(api, 'koordination@example.org', 'coordinator')
  await usersRepository.addOwner(api.store.db, member.userId, 'demo-a')
})
afterAll(() => api.close())

const stored = async <T>(table: 'actors' | 'relationships') =>
  (await sql<T>`SELECT * FROM ${sql.table(table)} ORDER BY id`.execute(api.store.db)).rows

type Step =
  | { kind: 'create'; byCoordinator: boolean; word: string; place: number; topic: boolean }
  | { kind: 'update'; pick: number; word: string; place: number }
  | { kind: 'archive' | 'restore' | 'accept' | 'reject'; pick: number }
  | { kind: 'propose'; pick: number; other: number; byCoordinator: boolean }
  | { kind: 'withdraw' | 'confirm' | 'acceptTie'; pick: number }

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    byCoordinator: fc.boolean(),
    word: fc.constantFrom(...WORDS),
    place: fc.nat(PLACES.length - 1),
    topic: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('update' as const),
    pick: fc.nat(),
    word: fc.constantFrom(...WORDS),
    place: fc.nat(PLACES.length - 1),
  }),
  fc.record({
    kind: fc.constantFrom(
      'archive' as const,
      'restore' as const,
      'accept' as const,
      'reject' as const,
    ),
    pick: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('propose' as const),
    pick: fc.nat(),
    other: fc.nat(),
    byCoordinator: fc.boolean(),
  }),
  fc.record({
    kind: fc.constantFrom('withdraw' as const, 'confirm' as const, 'acceptTie' as const),
    pick: fc.nat(),
  }),
)

let created = 0

/** Runs one step through the API; refusals (409, 412, 422 …) are fine: they must change nothing. */
async function run(step: Step): Promise<number> {
  const actors = await stored<{ id: string; version: number; status: string }>('actors')
  const ties = await stored<{ id: string; version: number }>('relationships')
  const actor = 'pick' in step ? actors[step.pick % actors.length]! : undefined
  const tie = 'pick' in step && ties.length ? ties[step.pick % ties.length]! : undefined
  const post = (path: string, by: SignedIn, version?: number, body?: unknown) =>
    api.app.request(path, by.write('POST', body, version))
  let response: Response
  switch (step.kind) {
    case 'create':
      response = await api.app.request(
        '/api/actors',
        (step.byCoordinator ? coordinator : member).write('POST', {
          name: `Demo-${step.word} ${++created}`,
          kind: 'organisation',
          type: 'civil_society',
          description: `Rund um ${step.word}`,
          topics: step.topic ? ['seniors'] : [],
          ...PLACES[step.place]!,
        }),
      )
      break
    case 'update':
      response = await api.app.request(
        `/api/actors/${actor!.id}`,
        coordinator.write(
          'PATCH',
          { name: `Demo-${step.word} neu ${++created}`, ...PLACES[step.place]! },
          actor!.version,
        ),
      )
      break
    case 'archive':
    case 'restore':
      response = await post(`/api/actors/${actor!.id}/${step.kind}`, coordinator, actor!.version)
      break
    case 'accept':
      response = await post(
        `/api/moderation/actors/${actor!.id}/accept`,
        coordinator,
        actor!.version,
      )
      break
    case 'reject':
      response = await post(
        `/api/moderation/actors/${actor!.id}/reject`,
        coordinator,
        actor!.version,
        {
          reason: 'Test',
        },
      )
      break
    case 'propose':
      response = await post(
        '/api/relationships',
        step.byCoordinator ? coordinator : member,
        undefined,
        {
          sourceId: step.byCoordinator ? actor!.id : 'demo-a',
          targetId: actors[step.other % actors.length]!.id,
          type: 'partnership',
        },
      )
      break
    case 'withdraw':
    case 'confirm':
    case 'acceptTie':
      if (!tie) return 0
      response = await post(
        step.kind === 'acceptTie'
          ? `/api/moderation/relationships/${tie.id}/accept`
          : `/api/relationships/${tie.id}/${step.kind === 'withdraw' ? 'archive' : 'confirm'}`,
        step.kind === 'confirm' ? member : coordinator,
        tie.version,
      )
      break
  }
  await response.body?.cancel()
  return response.status
}

describe('random sequences of writes', () => {
  // ~10 s on an idle machine (60 harness comparisons); the default 30 s is too tight under load.
  it(
    'leave the incrementally updated index equal to a fresh build after every write',
    { timeout: 180_000 },
    async () => {
      const statuses: number[] = []
      await fc.assert(
        fc.asyncProperty(fc.array(stepArbitrary, { minLength: 1, maxLength: 6 }), async (steps) => {
          for (const step of steps) {
            statuses.push(await run(step))
            await expectServedIndexEqualsFreshBuild(api, { searchWords: 12 })
          }
        }),
        // Each run builds on the state the last one left, so shrinking would replay against another state.
        { numRuns: 10, endOnFailure: true },
      )
      // The runs made real changes, not only refusals, and never failed on the server.
      expect(statuses.filter((status) => status < 300).length).toBeGreaterThan(5)
      expect(statuses.filter((status) => status >= 500)).toEqual([])
      // …and every change was patched in, none read as a snapshot.
      expect(logged.filter((message) => message === 'index rebuilt from a snapshot')).toEqual([])
      expect(logged.filter((message) => message === 'index updated incrementally').length).toBe(
        statuses.filter((status) => status < 300).length,
      )
    },
  )
})
