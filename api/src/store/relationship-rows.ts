/** Maps between the `relationships` table and the shared Relationship schema. */
import { provenanceFromRow, provenanceToRow } from './provenance-columns.ts'
import type { NewRelationship, Relationship } from '@netzwerkatlas/shared'
import type { Insertable, Selectable } from 'kysely'
import type { RelationshipsTable } from './database.ts'

export type RelationshipRow = Selectable<RelationshipsTable>

export function relationshipFromRow(row: RelationshipRow): Relationship {
  return {
    id: row.id,
    sourceId: row.source_id,
    targetId: row.target_id,
    type: row.type as Relationship['type'],
    directed: row.directed,
    description: row.description,
    since: row.since,
    until: row.until,
    weight: row.weight,
    confirmedBy: row.confirmed_by as Relationship['confirmedBy'],
    status: row.status as Relationship['status'],
    provenance: provenanceFromRow(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
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
