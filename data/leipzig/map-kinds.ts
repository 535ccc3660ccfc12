/**
 * What a Leipzig Data record is in our terms: its kind and type. Conservative by design: where the source does
 * not say what an actor is, the type is `unspecified`, never a guess from the name or a category.
 */
import type { ActorKind, ActorType } from '@netzwerkatlas/shared'
import type { LeipzigRecord } from './read-leipzig-data.ts'

/**
 * The source `kind` (set upstream from the RDF types and the source file) → our kind and type.
 *
 * | source kind          | kind         | type            | why |
 * |----------------------|--------------|-----------------|-----|
 * | association          | organisation | civil_society   | typed ld:Verein / Buergerverein: a registered association |
 * | company              | organisation | business        | typed Unternehmen. A gGmbH is not made a social enterprise: the source does not say so |
 * | local_authority_unit | organisation | local_authority | Stadtverwaltung.ttl: the Stadt Leipzig, its Ämter, Referate, Eigenbetriebe |
 * | research_education   | organisation | research_group  | Hochschulen.ttl: universities, their faculties and central units |
 * | project              | project      | unspecified     | Projekte.ttl says it is a project, not what sort of body runs it |
 * | place                | organisation | unspecified     | Orte.ttl: venues of every sort (Kita, church, library, bar); the runner is a relation |
 * | organisation         | organisation | unspecified     | plain org:Organization: chambers, churches, foundations, party groups: too mixed to name |
 * | service_point        | organisation | unspecified     | the 10 Seniorenbüros: service points; their Träger (a relation) has the type |
 *
 * Nothing is upgraded beyond this table: "Sozio- und Stadtteilkultur" does not make a sociocultural centre, a
 * Stiftung is not necessarily a funder, and "Caritasverband" in a name is not the source calling it a welfare
 * organisation.
 */
export const KIND_MAPPING = {
  association: { kind: 'organisation', type: 'civil_society' },
  company: { kind: 'organisation', type: 'business' },
  local_authority_unit: { kind: 'organisation', type: 'local_authority' },
  research_education: { kind: 'organisation', type: 'research_group' },
  project: { kind: 'project', type: 'unspecified' },
  place: { kind: 'organisation', type: 'unspecified' },
  organisation: { kind: 'organisation', type: 'unspecified' },
  service_point: { kind: 'organisation', type: 'unspecified' },
} as const satisfies Record<string, { kind: ActorKind; type: ActorType }>

type SourceKind = keyof typeof KIND_MAPPING

const isSourceKind = (kind: string): kind is SourceKind => Object.hasOwn(KIND_MAPPING, kind)

/**
 * Records whose RDF type or source file contradicts their kind: the source does not say unambiguously what they
 * are, so they keep their kind but get type `unspecified`.
 */
const CONTRADICTIONS: readonly {
  kind: SourceKind
  isContradicted: (record: LeipzigRecord) => boolean
}[] = [
  // "Netzwerk Energie und Umwelt e.V.": filed in Stadtverwaltung.ttl, but typed Verein, not a unit of the city.
  { kind: 'local_authority_unit', isContradicted: (r) => r.rdf_types.includes('Verein') },
  // "EGZ Schulungs- und Beratungsgesellschaft mbH": typed Verein, but filed in Unternehmen.ttl.
  { kind: 'association', isContradicted: (r) => r.source_datasets.includes('Unternehmen') },
]

export function kindAndType(record: LeipzigRecord): { kind: ActorKind; type: ActorType } {
  if (!isSourceKind(record.kind)) {
    throw new Error(
      `unknown Leipzig Data kind "${record.kind}" (${record.id}): add it to KIND_MAPPING`,
    )
  }
  const mapped = KIND_MAPPING[record.kind]
  const isContradicted = CONTRADICTIONS.some(
    (c) => c.kind === record.kind && c.isContradicted(record),
  )
  return isContradicted ? { kind: mapped.kind, type: 'unspecified' } : mapped
}
