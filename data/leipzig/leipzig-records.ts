/**
 * Assembles the Leipzig Data import: every record of the extract becomes an actor, every relation between two of
 * them a relationship. Nothing is added that the source does not state: no descriptions (the extract dropped
 * the prose), no contacts (personal data was dropped upstream), no founding years.
 */
import { unknownActorFacts, type NewActor } from '@netzwerkatlas/shared'
import type { DatasetRecords } from '../records.ts'
import type { Gazetteer } from '../geo/gazetteer.ts'
import { kindAndType } from './map-kinds.ts'
import { mapRelations } from './map-relations.ts'
import { topicsOf } from './map-topics.ts'
import { placeActor } from './place-actor.ts'
import { LEIPZIG_DATASET, provenanceOf } from './provenance.ts'
import { readLeipzigData, type LeipzigRecord } from './read-leipzig-data.ts'
import { actorIdsByUri, localName } from './slugs.ts'

/**
 * The name to show. The 10 Seniorenbüros have none in the source, only the label built upstream from type and
 * district. One stub (`Verein/KinderVereinigung.Leipzig`, the target of three has_supplier relations) has
 * neither: it keeps the URI's local name, the only label the source gives it.
 */
const nameOf = (record: LeipzigRecord) =>
  record.name ?? record.derived_label ?? localName(record.id)

function websiteOf(homepage: string | null): string | null {
  if (!homepage || !URL.canParse(homepage)) return null
  // A few homepages are not web addresses (one is a file:/// path on the compiler's machine).
  const { protocol } = new URL(homepage)
  return protocol === 'http:' || protocol === 'https:' ? homepage : null
}

/** "Schließt zum Jahresende 2013": the source says it closed. Other notes ("aktiv", "Seit … in Regie …") do not. */
const hasClosed = (record: LeipzigRecord) =>
  record.status_in_source.some((status) => /schließt|geschlossen|aufgelöst/i.test(status))

/**
 * Two records are placeholders the source uses as a target for "somewhere", not actors: "Ort nicht bestimmt" and
 * "Stadtweites Ereignis". They are left out (the extract has 1,320 records; the atlas shows 1,318 actors).
 */
export const PLACEHOLDER_URIS: ReadonlySet<string> = new Set([
  'http://leipzig-data.de/Data/Ort/NN',
  'http://leipzig-data.de/Data/Ort/Stadtweit',
])

export function leipzigDataRecords(realDataDir: string, gazetteer: Gazetteer): DatasetRecords {
  const data = readLeipzigData(realDataDir)
  const { coordinatesByAddress } = data
  const records = data.records.filter((record) => !PLACEHOLDER_URIS.has(record.id))
  const idsByUri = actorIdsByUri(records.map((record) => record.id))
  const idOf = (record: LeipzigRecord) => {
    const id = idsByUri.get(record.id)
    if (!id) throw new Error(`no id for ${record.id}`)
    return id
  }

  const actors = records.map((record): NewActor => ({
    ...unknownActorFacts(),
    id: idOf(record),
    name: nameOf(record),
    ...kindAndType(record),
    description: null,
    topics: topicsOf(record),
    ...placeActor(gazetteer, record.addresses, coordinatesByAddress),
    website: websiteOf(record.homepage),
    status: hasClosed(record) ? 'archived' : 'published',
    provenance: provenanceOf(record),
  }))

  const { relationships } = mapRelations(records, idsByUri)
  return { dataset: LEIPZIG_DATASET, actors, relationships }
}
