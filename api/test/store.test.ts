import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrateToLatest } from '../src/store/migrate.ts'
import { openStore, type Store } from '../src/store/store.ts'
import { makeActor, makeRelationship, testDataset } from './support/builders.ts'
import { createTestDatabase, type TestDatabase } from './support/test-database.ts'

let database: TestDatabase
let store: Store
beforeEach(async () => {
  database = await createTestDatabase()
  store = await openStore({
    connectionString: database.connectionString,
    onPoolError: () => undefined,
  })
})
afterEach(async () => {
  await store.close()
  await database.drop()
})

async function countRows(table: 'actors' | 'relationships' | 'datasets' | 'history') {
  const { rows } = await sql<{
    n: number
  }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(store.db)
  return rows[0]!.n
}

describe('store', () => {
  it('records every imported row in the history, with the new data version, in the same transaction', async () => {
    const before = await store.dataVersion()
    await store.importDataset(
      testDataset(
        [makeActor({ id: 'demo-a' }), makeActor({ id: 'demo-b' })],
        [makeRelationship({ id: 'demo-rel-ab', sourceId: 'demo-a', targetId: 'demo-b' })],
      ),
      'test:importer',
    )
    const after = await store.dataVersion()
    expect(after).toBe(before + 1)
    const history = await store.db
      .selectFrom('history')
      .select(['entity_type', 'entity_id', 'action', 'changed_by', 'data_version'])
      .orderBy('id')
      .execute()
    expect(history).toEqual([
      {
        entity_type: 'dataset',
        entity_id: 'test',
        action: 'create',
        changed_by: 'test:importer',
        data_version: after,
      },
      {
        entity_type: 'actor',
        entity_id: 'demo-a',
        action: 'create',
        changed_by: 'test:importer',
        data_version: after,
      },
      {
        entity_type: 'actor',
        entity_id: 'demo-b',
        action: 'create',
        changed_by: 'test:importer',
        data_version: after,
      },
      {
        entity_type: 'relationship',
        entity_id: 'demo-rel-ab',
        action: 'create',
        changed_by: 'test:importer',
        data_version: after,
      },
    ])
    const snapshot = await store.readSnapshot()
    expect(snapshot.actors.map((actor) => [actor.id, actor.version])).toEqual([
      ['demo-a', 1],
      ['demo-b', 1],
    ])
  })

  it('leaves nothing behind when an import fails half-way', async () => {
    const before = await store.dataVersion()
    const broken = testDataset(
      [makeActor({ id: 'demo-a' })],
      [makeRelationship({ id: 'demo-rel-x', sourceId: 'demo-a', targetId: 'demo-missing' })],
    )
    await expect(store.importDataset(broken, 'test:importer')).rejects.toThrow(/foreign key/)
    expect(await store.dataVersion()).toBe(before)
    for (const table of ['actors', 'relationships', 'datasets', 'history'] as const) {
      expect(await countRows(table)).toBe(0)
    }
  })

  it('imports a dataset once: a second import finds it present and changes nothing', async () => {
    const records = testDataset([makeActor({ id: 'demo-a' })])
    expect(await store.importDataset(records, 'test:first')).toBe('imported')
    expect(await store.importDataset(records, 'test:second')).toBe('already_present')
    expect(await countRows('actors')).toBe(1)
    expect(await store.hasDataset('test')).toBe(true)
  })

  it('keeps a record as it was stored: every field survives the round trip', async () => {
    const actor = makeActor({
      id: 'demo-event',
      kind: 'event',
      name: 'Demo-Fachtag »Quartier & Pflege«',
      topics: ['care', 'neighbourhood'],
      address: {
        street: 'Am Markt',
        houseNumber: '1a',
        postcode: '02943',
        city: 'Weißwasser/O.L.',
      },
      municipalityAgs: '14626600',
      districtAgs: '14626',
      location: {
        lon: 14.63,
        lat: 51.5,
        precision: 'postcode',
        source: 'Test',
        licence: 'CC BY 4.0',
        attribution: 'GeoNames',
      },
      offers: ['premises'],
      offersText: 'Saal für 80 Personen',
      needs: ['volunteers'],
      startDate: '2021-11-09',
      startTime: '17:00',
      website: 'https://demo.invalid/fachtag',
      contact: { email: 'kontakt@demo.invalid', phone: null },
    })
    await store.importDataset(testDataset([actor]), 'test:importer')
    const [stored] = (await store.readSnapshot()).actors
    const { createdAt, updatedAt, version, ...rest } = stored!
    expect(rest).toEqual(actor)
    expect(version).toBe(1)
    expect(Date.parse(createdAt)).not.toBeNaN()
    expect(updatedAt).toBe(createdAt)
  })

  it('refuses a half-given point at the database level', async () => {
    const insert = store.write('test', ({ tx }) =>
      sql`INSERT INTO datasets (id, title, synthetic) VALUES ('x', 'x', true);
          INSERT INTO actors (id, name, kind, type, dataset_id, source, synthetic, lon)
          VALUES ('demo-x', 'x', 'organisation', 'civil_society', 'x', 'x', true, 13.7)`.execute(
        tx,
      ),
    )
    await expect(insert).rejects.toThrow(/check constraint/)
    expect(await countRows('actors')).toBe(0)
  })

  it('migrates once: running the migrations again applies nothing', async () => {
    expect(await migrateToLatest(store.db)).toEqual([])
  })
})
