/**
 * The Leipzig Data dataset and the provenance each of its records carries. The records are CC0; the coordinates'
 * own ODbL credit travels on `location.attribution` (see place-actor.ts).
 */
import type { Dataset, Provenance } from '@netzwerkatlas/shared'
import type { LeipzigRecord } from './read-leipzig-data.ts'

const SOURCE = 'Leipzig Data, Stand 2013–2018, nicht geprüft'
const ATTRIBUTION = 'Daten: The Leipzig Open Data Project (leipzig-data.de), CC0 1.0'
const SOURCE_URL = 'https://github.com/LeipzigData/RDFData'
const NOTE = 'Stand 2013–2018, nicht geprüft'

export const LEIPZIG_DATASET: Dataset = {
  id: 'leipzig-data',
  title: 'Leipzig Data: Vereine, Einrichtungen, Unternehmen und Projekte in Leipzig',
  synthetic: false,
  licence: 'CC0-1.0',
  attribution: ATTRIBUTION,
  sourceUrl: SOURCE_URL,
  // WARNING: most points are ODbL (OpenStreetMap via LinkedGeoData): share-alike for a database built from them.
  note: `${NOTE}. Koordinaten überwiegend © OpenStreetMap contributors, ODbL 1.0 (via LinkedGeoData / Leipzig Data GeoDaten 2013).`,
}

/** Provenance of a record, and of the relations it states. */
export function provenanceOf(record: LeipzigRecord): Provenance {
  const modified = record.last_modified_in_source
  return {
    dataset: LEIPZIG_DATASET.id,
    source: SOURCE,
    sourceUrl: SOURCE_URL,
    sourceRecordId: record.id,
    licence: 'CC0-1.0',
    attribution: ATTRIBUTION,
    note: modified ? `${NOTE}; zuletzt geändert in der Quelle: ${modified}` : NOTE,
    synthetic: false,
    lastVerified: null,
  }
}
