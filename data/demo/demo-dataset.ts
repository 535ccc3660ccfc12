/** The demo dataset's metadata and the provenance every generated actor and relationship carries. */
import type { Dataset, Provenance } from '@netzwerkatlas/shared'

export const DEMO_DATASET: Dataset = {
  id: 'demo',
  title: 'Demodaten (synthetisch)',
  synthetic: true,
  licence: 'CC0-1.0',
  attribution: null,
  sourceUrl: null,
  note: 'Fiktive Akteure und Beziehungen, vom Demo-Generator erzeugt',
}

/**
 * WARNING: one shared object for all records (100,000 copies would cost memory for nothing); treat it
 * as read-only and copy it before changing one record's provenance.
 */
export const DEMO_PROVENANCE: Provenance = Object.freeze({
  dataset: DEMO_DATASET.id,
  source: 'Demo-Generator (synthetische Daten)',
  sourceUrl: null,
  sourceRecordId: null,
  licence: 'CC0-1.0',
  attribution: null,
  note: 'Fiktiver Datensatz zu Demonstrationszwecken',
  synthetic: true,
  lastVerified: null,
})

/** Ids are zero-padded to six digits ("demo-000001"), so they sort in generation order. */
export const demoActorId = (index: number) => `demo-${String(index + 1).padStart(6, '0')}`
export const demoRelationshipId = (index: number) =>
  `demo-rel-${String(index + 1).padStart(6, '0')}`
