/** SQL for datasets, with the number of actors and relationships each holds. */
import type { Dataset, DatasetSummary } from '@netzwerkatlas/shared'
import { sql } from 'kysely'
import type { Executor, WriteContext } from './write-context.ts'

export const datasetRepository = {
  async findAll(db: Executor): Promise<DatasetSummary[]> {
    const rows = await db
      .selectFrom('datasets as d')
      .select([
        'd.id',
        'd.title',
        'd.synthetic',
        'd.licence',
        'd.attribution',
        'd.source_url',
        'd.note',
        'd.loaded_at',
        sql<number>`(SELECT count(*) FROM actors a WHERE a.dataset_id = d.id)::int`.as('actors'),
        sql<number>`(SELECT count(*) FROM relationships r WHERE r.dataset_id = d.id)::int`.as(
          'relationships',
        ),
      ])
      .orderBy('d.loaded_at')
      .orderBy('d.id')
      .execute()
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      synthetic: row.synthetic,
      licence: row.licence,
      attribution: row.attribution,
      sourceUrl: row.source_url,
      note: row.note,
      loadedAt: row.loaded_at,
      actors: row.actors,
      relationships: row.relationships,
    }))
  },

  async exists(db: Executor, id: string): Promise<boolean> {
    const row = await db.selectFrom('datasets').select('id').where('id', '=', id).executeTakeFirst()
    return row !== undefined
  },

  async insert({ tx, changedBy, dataVersion }: WriteContext, dataset: Dataset, parameters: object) {
    await tx
      .insertInto('datasets')
      .values({
        id: dataset.id,
        title: dataset.title,
        synthetic: dataset.synthetic,
        licence: dataset.licence,
        attribution: dataset.attribution,
        source_url: dataset.sourceUrl,
        note: dataset.note,
        parameters: JSON.stringify(parameters),
      })
      .execute()
    await tx
      .insertInto('history')
      .values({
        entity_type: 'dataset',
        entity_id: dataset.id,
        action: 'create',
        changed_by: changedBy,
        data_version: dataVersion,
        after: JSON.stringify({ ...dataset, parameters }),
      })
      .execute()
  },
}
