/** Builders for test records: fictional, `synthetic: true` unless a test says otherwise. */
import {
  unknownActorFacts,
  type Dataset,
  type DatasetRecords,
  type NewActor,
  type NewRelationship,
  type Provenance,
} from '@netzwerkatlas/shared'

const TEST_DATASET: Dataset = {
  id: 'test',
  title: 'Testdaten',
  synthetic: true,
  licence: 'CC0-1.0',
  attribution: null,
  sourceUrl: null,
  note: null,
}

const testProvenance: Provenance = {
  dataset: 'test',
  source: 'Testdaten',
  sourceUrl: null,
  sourceRecordId: null,
  licence: 'CC0-1.0',
  attribution: null,
  note: null,
  synthetic: true,
  lastVerified: null,
}

/** Provenance of a record that stands for real (non-synthetic) data in a test. */
export function realProvenance(dataset: string): Provenance {
  return { ...testProvenance, dataset, source: 'Testquelle', licence: null, synthetic: false }
}

export function makeActor(overrides: Partial<NewActor> & Pick<NewActor, 'id'>): NewActor {
  return {
    name: `Demo-Verein ${overrides.id}`,
    kind: 'organisation',
    type: 'civil_society',
    description: null,
    topics: [],
    ...unknownActorFacts(),
    provenance: testProvenance,
    ...overrides,
  }
}

export function makeRelationship(
  overrides: Partial<NewRelationship> & Pick<NewRelationship, 'id' | 'sourceId' | 'targetId'>,
): NewRelationship {
  return {
    type: 'partnership',
    directed: false,
    description: null,
    since: null,
    until: null,
    weight: 1,
    confirmedBy: [],
    status: 'published',
    provenance: testProvenance,
    ...overrides,
  }
}

/** A point in a municipality, as the generator or an import would place it. */
export function locatedAt(lon: number, lat: number, municipalityAgs: string) {
  return {
    location: {
      lon,
      lat,
      precision: 'exact' as const,
      source: null,
      licence: null,
      attribution: null,
    },
    municipalityAgs,
    districtAgs: municipalityAgs.slice(0, 5),
  }
}

export function testDataset(
  actors: NewActor[],
  relationships: NewRelationship[] = [],
): DatasetRecords {
  return { dataset: TEST_DATASET, actors, relationships }
}
