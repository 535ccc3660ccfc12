/**
 * On start-up, loads every configured dataset that the store does not hold yet: the press-release seed, Leipzig
 * Data and the demo generator. A second start finds them all present and loads nothing (no re-seed).
 */
import type { Gazetteer } from '@netzwerkatlas/data/geo'
import { generateDemoNetwork } from '@netzwerkatlas/data/demo'
import { leipzigDataRecords } from '@netzwerkatlas/data/leipzig'
import { pressReleaseRecords } from '@netzwerkatlas/data/seed'
import { NewActorSchema, NewRelationshipSchema, type DatasetRecords } from '@netzwerkatlas/shared'
import type { Logger } from 'pino'
import type { Config } from '../config.ts'
import type { Store } from '../store/store.ts'
import type { DatasetId } from './dataset-ids.ts'

export interface DatasetSources {
  gazetteer: Gazetteer
  config: Pick<Config, 'datasets' | 'realDataDir' | 'demoActors' | 'demoSeed'>
}

function recordsOf(
  id: DatasetId,
  { gazetteer, config }: DatasetSources,
): DatasetRecords | undefined {
  switch (id) {
    case 'press-release':
      return pressReleaseRecords(gazetteer)
    case 'leipzig-data':
      return leipzigDataRecords(config.realDataDir, gazetteer)
    case 'demo':
      if (config.demoActors === 0) return undefined
      return {
        ...generateDemoNetwork({ actorCount: config.demoActors, seed: config.demoSeed, gazetteer }),
        parameters: { actorCount: config.demoActors, seed: config.demoSeed },
      }
  }
}

/** Every record is checked against the shared schemas before it reaches the store. */
function assertValid(records: DatasetRecords) {
  for (const actor of records.actors) NewActorSchema.parse(actor)
  for (const relationship of records.relationships) NewRelationshipSchema.parse(relationship)
}

export async function loadMissingDatasets(store: Store, sources: DatasetSources, logger: Logger) {
  for (const id of sources.config.datasets) {
    if (await store.hasDataset(id)) continue
    const started = performance.now()
    const records = recordsOf(id, sources)
    if (!records) continue
    assertValid(records)
    const outcome = await store.importDataset(records, `system:load-${id}`)
    logger.info(
      {
        dataset: id,
        outcome,
        actors: records.actors.length,
        relationships: records.relationships.length,
        durationMs: Math.round(performance.now() - started),
      },
      'dataset loaded',
    )
  }
}
