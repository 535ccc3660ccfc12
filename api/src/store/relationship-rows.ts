/** Maps between the `relationships` table and the shared Relationship schema. */
import { provenanceFromRow, provenanceToRow } from './provenance-columns.ts'
import type { NewRelationship, Relationship } from '@netzwerkatlas/shared'
import type { Insertable, Selectable } from 'kysely'
import type { RelationshipsTable } from './database.ts'
import { noInterning, type Interner } from './interner.ts'

export type RelationshipRow = Selectable<RelationshipsTable>

/** `intern` shares repeated values across the rows of one snapshot (see interner.ts). */
export function relationshipFromRow(
  row: RelationshipRow,
  intern: Interner = noInterning,
): Relationship {
  const t = intern.text
  return {
    id: row.id,
    // The same strings as the actors' ids, read earlier in the snapshot.
    sourceId: t(row.source_id),
    targetId: t(row.target_id),
    type: t(row.type) as Relationship['type'],
    directed: row.directed,
    description: t(row.description),
    since: t(row.since),
    until: t(row.until),
    weight: row.weight,
    confirmedBy: intern.list(row.confirmed_by) as Relationship['confirmedBy'],
    status: t(row.status) as Relationship['status'],
    provenance: intern.provenance(provenanceFromRow(row)),
    createdAt: t(row.created_at),
    updatedAt: t(row.updated_at),
    version: row.version,
  }
}

export function relationshipToRow(relationship: NewRelationship): Insertable<RelationshipsTable> {
  return {
    id: relationship.id,
    source_id: relationship.sourceId,
    target_id: relationship.targetId,
    type: relationship.type,
    directed: relationship.directed,
    description: relationship.description,
    since: relationship.since,
    until: relationship.until,
    weight: relationship.weight,
    confirmed_by: relationship.confirmedBy,
    status: relationship.status,
    ...provenanceToRow(relationship.provenance),
  }
}
