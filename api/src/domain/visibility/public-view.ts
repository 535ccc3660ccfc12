/**
 * The one rule for what the public sees: published actors and the published relationships between two published
 * actors. The index is built from this view only, so no route, count or neighbour list can show anything else.
 */
import type { Actor, RecordStatus, Relationship } from '@netzwerkatlas/shared'
import { eachInSlices, filterInSlices, runAtOnce, type Steps } from '../work-in-slices.ts'

/** How many records of one status the public views leave out. */
interface NotShownCount {
  actors: number
  /** Relationships with this status, or with an end that has it (one can count under both statuses). */
  relationships: number
}

export interface PublicView {
  actors: readonly Actor[]
  relationships: readonly Relationship[]
  archived: NotShownCount
  pending: NotShownCount
}

/** The only status anyone may see; the others are for moderators (accounts come with a later issue). */
export function isPublicStatus(status: RecordStatus): boolean {
  return status === 'published'
}

const HIDDEN_STATUSES = ['archived', 'pending'] as const satisfies readonly RecordStatus[]

/** An actor's status by id; undefined for an actor the records do not hold. */
type StatusOf = (actorId: string) => RecordStatus | undefined

/**
 * A relationship is public when it and both its ends are published. An end missing from the records (the
 * store's foreign keys rule it out) keeps the tie out too. The index patch (index-patch.ts) asks the same rule.
 */
export function isPublicRelationship(relationship: Relationship, statusOf: StatusOf): boolean {
  const source = statusOf(relationship.sourceId)
  const target = statusOf(relationship.targetId)
  return (
    isPublicStatus(relationship.status) &&
    source !== undefined &&
    isPublicStatus(source) &&
    target !== undefined &&
    isPublicStatus(target)
  )
}

/**
 * Moves the not-shown counts by `by` for one relationship: it counts under every hidden status it or one of its
 * ends has (so under both, possibly).
 */
export function countNotShownRelationship(
  notShown: Record<(typeof HIDDEN_STATUSES)[number], NotShownCount>,
  relationship: Relationship,
  statusOf: StatusOf,
  by: number,
): void {
  const source = statusOf(relationship.sourceId)
  const target = statusOf(relationship.targetId)
  for (const status of HIDDEN_STATUSES) {
    if (relationship.status === status || source === status || target === status) {
      notShown[status].relationships += by
    }
  }
}

export function publicView(snapshot: {
  actors: readonly Actor[]
  relationships: readonly Relationship[]
}): PublicView {
  return runAtOnce(publicViewSteps(snapshot))
}

/** The same view in slices, for an index build that lets requests in between (network-index.ts). */
export function* publicViewSteps(snapshot: {
  actors: readonly Actor[]
  relationships: readonly Relationship[]
}): Steps<PublicView> {
  const statusOf = new Map<string, RecordStatus>()
  yield* eachInSlices(snapshot.actors, (actor) => statusOf.set(actor.id, actor.status))
  const notShown = {
    archived: { actors: 0, relationships: 0 },
    pending: { actors: 0, relationships: 0 },
  }
  const actors = yield* filterInSlices(snapshot.actors, (actor) => {
    if (actor.status !== 'published') notShown[actor.status].actors += 1
    return isPublicStatus(actor.status)
  })
  const statusOfActor = (id: string) => statusOf.get(id)
  const relationships = yield* filterInSlices(snapshot.relationships, (relationship) => {
    countNotShownRelationship(notShown, relationship, statusOfActor, 1)
    return isPublicRelationship(relationship, statusOfActor)
  })
  return { actors, relationships, ...notShown }
}
