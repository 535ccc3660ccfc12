/**
 * Leipzig Data's relations between records → our relationships. Only ties between two actors of the extract;
 * each skipped relation is returned with its reason, so the counts can be checked against the source.
 */
import type { NewRelationship, RelationshipType } from '@netzwerkatlas/shared'
import { provenanceOf } from './provenance.ts'
import type { LeipzigRecord } from './read-leipzig-data.ts'
import { boundSlug } from './slugs.ts'

interface RelationMapping {
  type: RelationshipType
  /** The source points from the place to its operator; ours points from the operator to the place. */
  isReversed: boolean
  directed: boolean
  description: string
}

/**
 * | source       | ours      | direction                | why |
 * |--------------|-----------|--------------------------|-----|
 * | has_supplier | operates  | operator → place/project | the organisation that runs a place or project |
 * | has_carrier  | operates  | Träger → Seniorenbüro    | the Träger of a Seniorenbüro |
 * | unit_of      | unit_of   | unit → parent            | faculty → university, Amt → Stadt Leipzig |
 * | related_to   | related   | undirected               | the source says only that the two are connected |
 * | in_district  | (skipped) |                          | its 10 targets are Stadtbezirke (`…/Stadtbezirk/Nord`): areas, not actors |
 */
const RELATION_MAPPING: Record<string, RelationMapping | null> = {
  has_supplier: {
    type: 'operates',
    isReversed: true,
    directed: true,
    description: 'Leipzig Data: Anbieter (has_supplier)',
  },
  has_carrier: {
    type: 'operates',
    isReversed: true,
    directed: true,
    description: 'Leipzig Data: Träger (has_carrier)',
  },
  unit_of: {
    type: 'unit_of',
    isReversed: false,
    directed: true,
    description: 'Leipzig Data: Teil von (unit_of)',
  },
  related_to: {
    type: 'related',
    isReversed: false,
    directed: false,
    description: 'Leipzig Data: verbunden (related_to)',
  },
  in_district: null,
}

type SkipReason = 'not_between_actors' | 'target_not_in_extract' | 'self_loop' | 'duplicate'

interface SkippedRelation {
  sourceUri: string
  relation: string
  targetUri: string
  reason: SkipReason
}

const withoutPrefix = (actorId: string) => actorId.replace(/^ld-/, '')

function toRelationship(
  record: LeipzigRecord,
  relation: string,
  target: string,
  idsByUri: ReadonlyMap<string, string>,
): NewRelationship | SkipReason {
  if (!Object.hasOwn(RELATION_MAPPING, relation)) {
    throw new Error(
      `unknown Leipzig Data relation "${relation}" (${record.id}): add it to RELATION_MAPPING`,
    )
  }
  const mapping = RELATION_MAPPING[relation]
  const ownId = idsByUri.get(record.id)
  const otherId = idsByUri.get(target)
  if (!mapping) return 'not_between_actors'
  if (!ownId || !otherId) return 'target_not_in_extract'
  if (ownId === otherId) return 'self_loop'
  const [sourceId, targetId] = mapping.isReversed ? [otherId, ownId] : [ownId, otherId]
  const typeSlug = mapping.type.replaceAll('_', '-')
  return {
    id: boundSlug(`ld-rel-${withoutPrefix(sourceId)}-${typeSlug}-${withoutPrefix(targetId)}`),
    sourceId,
    targetId,
    type: mapping.type,
    directed: mapping.directed,
    description: mapping.description,
    since: null,
    until: null,
    weight: 1,
    confirmedBy: [],
    status: 'published',
    provenance: provenanceOf(record),
  }
}

/** An undirected tie is the same whichever end states it. */
function tieKey({ type, sourceId, targetId, directed }: NewRelationship): string {
  const ends = directed ? [sourceId, targetId] : [sourceId, targetId].sort()
  return `${type} ${ends.join(' ')}`
}

export function mapRelations(
  records: readonly LeipzigRecord[],
  idsByUri: ReadonlyMap<string, string>,
) {
  const relationshipsByKey = new Map<string, NewRelationship>()
  const skipped: SkippedRelation[] = []
  for (const record of records) {
    for (const { relation, target } of record.relations) {
      const skip = (reason: SkipReason) =>
        skipped.push({ sourceUri: record.id, relation, targetUri: target, reason })
      const result = toRelationship(record, relation, target, idsByUri)
      if (typeof result === 'string') skip(result)
      else if (relationshipsByKey.has(tieKey(result))) skip('duplicate')
      else relationshipsByKey.set(tieKey(result), result)
    }
  }
  const relationships = [...relationshipsByKey.values()]
  if (new Set(relationships.map((r) => r.id)).size !== relationships.length) {
    throw new Error('two Leipzig Data relationships got the same id')
  }
  return { relationships, skipped }
}
