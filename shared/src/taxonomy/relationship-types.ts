/**
 * Kinds of ties between actors. `directed` is the default direction of a new relationship of that type;
 * `related` is the explicit fallback for sources that only say two actors are connected.
 */
import { defineVocabulary } from './vocabulary.ts'

export const relationshipTypes = defineVocabulary([
  { id: 'partnership', de: 'Partnerschaft', en: 'Partnership' },
  { id: 'membership', de: 'Mitgliedschaft', en: 'Membership' },
  { id: 'funding', de: 'Förderung', en: 'Funding' },
  { id: 'joint_project', de: 'Gemeinsames Projekt', en: 'Joint project' },
  { id: 'participation', de: 'Teilnahme', en: 'Participation' },
  { id: 'advisory', de: 'Beratung', en: 'Advisory' },
  { id: 'spin_off', de: 'Ausgründung', en: 'Spin-off' },
  { id: 'organises', de: 'Veranstalter', en: 'Organises' },
  { id: 'hosts', de: 'Gastgeber', en: 'Hosts' },
  { id: 'operates', de: 'Betreiber oder Träger', en: 'Operates' },
  { id: 'unit_of', de: 'Teil der Organisation', en: 'Unit of' },
  { id: 'part_of', de: 'Teil von', en: 'Part of' },
  { id: 'names_as_example', de: 'Nennt als Beispiel', en: 'Names as example' },
  { id: 'related', de: 'Verbunden (ohne Angabe)', en: 'Related (unspecified)' },
])

export type RelationshipType = (typeof relationshipTypes.ids)[number]

/** Types whose direction carries meaning (who funds whom); the rest are symmetric ties. */
export const directedRelationshipTypes: ReadonlySet<RelationshipType> = new Set([
  'membership',
  'funding',
  'participation',
  'advisory',
  'spin_off',
  'organises',
  'hosts',
  'operates',
  'unit_of',
  'part_of',
  'names_as_example',
])
