/** The provenance columns that `actors` and `relationships` share, mapped to and from the shared Provenance. */
import type { Provenance } from '@netzwerkatlas/shared'

export interface ProvenanceColumns {
  dataset_id: string
  source: string
  source_url: string | null
  source_record_id: string | null
  licence: string | null
  attribution: string | null
  provenance_note: string | null
  synthetic: boolean
  last_verified: string | null
}

export function provenanceFromRow(row: ProvenanceColumns): Provenance {
  return {
    dataset: row.dataset_id,
    source: row.source,
    sourceUrl: row.source_url,
    sourceRecordId: row.source_record_id,
    licence: row.licence,
    attribution: row.attribution,
    note: row.provenance_note,
    synthetic: row.synthetic,
    lastVerified: row.last_verified,
  }
}

export function provenanceToRow(provenance: Provenance): ProvenanceColumns {
  return {
    dataset_id: provenance.dataset,
    source: provenance.source,
    source_url: provenance.sourceUrl,
    source_record_id: provenance.sourceRecordId,
    licence: provenance.licence,
    attribution: provenance.attribution,
    provenance_note: provenance.note,
    synthetic: provenance.synthetic,
    last_verified: provenance.lastVerified,
  }
}
