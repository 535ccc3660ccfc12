/**
 * The snapshot the index is built from is read as JSON over parallel connections (snapshot-read.ts): it must
 * hold exactly the records the row-by-row read gives, value for value, and all from one moment.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateDemoNetwork } from '@netzwerkatlas/data/demo'
import { sql } from 'kysely'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadMissingDatasets } from '../src/datasets/load-datasets.ts'
import { actorRepository } from '../src/store/actor-repository.ts'
import { relationshipRepository } from '../src/store/relationship-repository.ts'
import { savedSnapshotsIn } from '../src/store/saved-snapshots.ts'
import { openStore, type Store } from '../src/store/store.ts'
import { makeActor, makeRelationship, testDataset } from './support/builders.ts'
import { gazetteer, testConfig } from './support/test-api.ts'
import { createTestDatabase, type TestDatabase } from './support/test-database.ts'

let database: TestDatabase
let store: Store
beforeAll(async () => {
  database = await createTestDatabase()
  store = await openStore({ connectionString: database.connectionString, onPoolError: () => {} })
  await loadMissingDatasets(store, { gazetteer, config: testConfig }, pino({ level: 'silent' }))
  await store.importDataset(
    generateDemoNetwork({ actorCount: 300, seed: 11, gazetteer }),
    'test:seed',
  )
  // Values whose text and JSON forms differ: times, dates, microseconds, quotes and umlauts, empty lists.
  await store.importDataset(
    testDataset(
      [
        makeActor({
          id: 'snapshot-event',
          kind: 'event',
          name: 'Fest »Ä« "quoted" \\ back\nslash',
          startDate: '2026-05-01',
          startTime: '09:30',
          endDate: '2026-05-02',
          endTime: '23:59',
          foundedYear: 1990,
          topics: [],
        }),
        makeActor({ id: 'snapshot-other', status: 'archived' }),
      ],
      [
        makeRelationship({
          id: 'snapshot-rel',
          sourceId: 'snapshot-event',
          targetId: 'snapshot-other',
          since: '2020-01-31',
          weight: 0.1 + 0.2,
          directed: true,
        }),
      ],
    ),
    'test:seed',
  )
  await sql`UPDATE actors SET updated_at = '2026-11-30 12:34:56.789999+00' WHERE id = 'snapshot-event'`.execute(
    store.db,
  )
})
afterAll(async () => {
  await store.close()
  await database.drop()
})

describe('the snapshot read', () => {
  it('gives exactly the records that reading row by row gives, in id order', async () => {
    const snapshot = await store.readSnapshot()
    const actors = await actorRepository.findAll(store.db)
    const relationships = await relationshipRepository.findAll(store.db)
    expect(actors.length).toBeGreaterThan(300)
    expect(snapshot.actors).toEqual(actors)
    expect(snapshot.relationships).toEqual(relationships)
    const event = snapshot.actors.find((actor) => actor.id === 'snapshot-event')!
    expect(event).toMatchObject({ startTime: '09:30', updatedAt: '2026-11-30T12:34:56.789Z' })
  })

  it('reads actors, relationships and the data version from one moment while writes go on', async () => {
    const writes = (async () => {
      for (let round = 0; round < 10; round++) {
        await store.write('test:writer', async ({ tx }) => {
          await sql`UPDATE actors SET name = ${`Runde ${round}`} WHERE id = 'snapshot-event'`.execute(
            tx,
          )
          await sql`UPDATE relationships SET weight = ${round + 1} WHERE id = 'snapshot-rel'`.execute(
            tx,
          )
        })
      }
    })()
    const snapshots = await Promise.all(Array.from({ length: 5 }, () => store.readSnapshot()))
    await writes
    for (const snapshot of snapshots) {
      const name = snapshot.actors.find((actor) => actor.id === 'snapshot-event')!.name
      const weight = snapshot.relationships.find((r) => r.id === 'snapshot-rel')!.weight
      // Both changed in one write: a snapshot sees both or neither, never a mix.
      const expectedWeight = name.startsWith('Runde ') ? Number(name.slice(6)) + 1 : 0.1 + 0.2
      expect(weight).toBeCloseTo(expectedWeight)
    }
  })

  it('is decoded from the file saved for the same database and data version, and read again after a write', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'nwa-snapshots-'))
    const saving = await openStore({
      connectionString: database.connectionString,
      onPoolError: () => {},
      savedSnapshots: savedSnapshotsIn(folder),
    })
    try {
      const read = await saving.readSnapshot()
      expect(read.origin).toBe('database')
      const decoded = await saving.readSnapshot()
      expect(decoded.origin).toBe('saved')
      expect(decoded.actors).toEqual(read.actors)
      expect(decoded.relationships).toEqual(read.relationships)
      // Same keys in the same order: routes serialise decoded records byte for byte as read ones.
      expect(JSON.stringify(decoded.actors)).toBe(JSON.stringify(read.actors))
      expect(JSON.stringify(decoded.relationships)).toBe(JSON.stringify(read.relationships))
      expect(decoded.dataVersion).toBe(read.dataVersion)

      await saving.write('test:writer', ({ tx }) =>
        sql`UPDATE actors SET name = 'Nach dem Schreiben' WHERE id = 'snapshot-event'`.execute(tx),
      )
      const afterWrite = await saving.readSnapshot()
      expect(afterWrite.origin).toBe('database')
      expect(afterWrite.actors.find((actor) => actor.id === 'snapshot-event')!.name).toBe(
        'Nach dem Schreiben',
      )
      expect(fs.readdirSync(folder)).toHaveLength(1)

      // A damaged file (here: cut short) is not used; the database answers.
      const [file] = fs.readdirSync(folder)
      fs.truncateSync(path.join(folder, file!), fs.statSync(path.join(folder, file!)).size - 100)
      const afterDamage = await saving.readSnapshot()
      expect(afterDamage.origin).toBe('database')
      expect(afterDamage.actors).toEqual(afterWrite.actors)
    } finally {
      await saving.close()
      fs.rmSync(folder, { recursive: true, force: true })
    }
  })
})
