/** The dataset entries made through the API belong to; created with the first such entry. */
import type { Provenance } from '@netzwerkatlas/shared'
import { sql } from 'kysely'
import type { Executor } from './write-context.ts'

const CONTRIBUTIONS_DATASET = 'contributions'

export async function ensureContributionDataset(db: Executor): Promise<void> {
  await sql`
    INSERT INTO datasets (id, title, synthetic, licence, attribution, source_url, note)
    VALUES (${CONTRIBUTIONS_DATASET}, 'Einträge von Akteur:innen und Koordination', false, null, null, null,
      'Über den Netzwerkatlas eingetragen und bearbeitet')
    ON CONFLICT (id) DO NOTHING`.execute(db)
}

/** Provenance of an entry made through the API: its own words, not verified by anyone else yet. */
export function contributionProvenance(): Provenance {
  return {
    dataset: CONTRIBUTIONS_DATASET,
    source: 'Netzwerkatlas Sachsen (Eintrag über die Website)',
    sourceUrl: null,
    sourceRecordId: null,
    licence: null,
    attribution: null,
    note: null,
    synthetic: false,
    lastVerified: null,
  }
}
