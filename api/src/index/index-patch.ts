/**
 * The derived structures of the next index, patched from the previous index's by the changed records (ADR 0015):
 * the public view, the actors by id, the name order, the relationship ends, the lists per actor and the spatial
 * index. Each changed record costs a few binary searches and splices; what stays O(n) is copying arrays and one
 * typed-array pass that moves every position by the inserts and removals before it (no hashing, no records
 * touched), so a write at 100k actors costs milliseconds, not a derivation over every record.
 *
 * The result must be the very structures a full build of the next source gives (network-index.ts); the
 * equivalence tests compare both (index-patch.test.ts, index-incremental*.test.ts). Anything unexpected (a
 * record missing where the previous index must have it) throws, and the update falls back to a snapshot.
 */
import type { Actor, RecordStatus, Relationship } from '@netzwerkatlas/shared'
import { nameSortKey } from '../domain/actors/sort-key.ts'
import {
  countNotShownRelationship,
  isPublicRelationship,
  isPublicStatus,
  type PublicView,
} from '../domain/visibility/public-view.ts'
import { eachInSlices, type Steps } from '../domain/work-in-slices.ts'
import type { LayeredMap } from './layered-map.ts'
import { buildSpatialIndex, patchedSpatialIndex, type SpatialIndex } from './spatial-index.ts'

export interface NameOrder {
  actorsInNameOrder: readonly Actor[]
  sortKeysInNameOrder: readonly string[]
}

/** Everything an index derives from its source, kept on the index so the next one can patch it. */
export interface IndexParts {
  view: PublicView
  actorsById: LayeredMap<Actor>
  nameOrder: NameOrder
  /** The public relationships in id order (view.relationships) and their ends' positions in name order. */
  sourcePositions: Int32Array
  targetPositions: Int32Array
  relationshipsOfActor: LayeredMap<readonly Relationship[]>
  spatial: SpatialIndex
  /** How positions moved from the previous index, when these parts were patched from its parts. */
  moves?: PositionMoves
  /**
   * The public records that differ from the previous parts', each before and after (undefined: not public then),
   * when patched: meta's counts move by them.
   */
  publicChanges?: {
    actors: readonly (readonly [Actor | undefined, Actor | undefined])[]
    relationships: readonly (readonly [Relationship | undefined, Relationship | undefined])[]
  }
}

/** Where the previous index's positions went; what a cached list of positions needs to follow a patch. */
export interface PositionMoves {
  /** Per previous position: the actor's next position, or -1 (no longer public). */
  newPositionOfOld: Int32Array
  /** The previous positions of the changed actors, ascending: their entries must be decided again. */
  changedPositions: readonly number[]
  changedActorIds: ReadonlySet<string>
  publicActorById: (id: string) => Actor | undefined
  positionOf: (id: string) => number
}

/**
 * A list of previous positions (ascending) that held the actors passing a filter, moved to the next name order:
 * the unchanged actors' positions follow the patch, the changed actors are asked again (`passes`).
 */
export function movedPositions(
  previous: readonly number[],
  moves: PositionMoves,
  passes: (actor: Actor) => boolean,
): number[] {
  const kept: number[] = []
  let changed = 0
  for (const position of previous) {
    while (changed < moves.changedPositions.length && moves.changedPositions[changed]! < position) {
      changed += 1
    }
    if (moves.changedPositions[changed] === position) continue
    kept.push(moves.newPositionOfOld[position]!)
  }
  const added: number[] = []
  for (const id of moves.changedActorIds) {
    const actor = moves.publicActorById(id)
    if (actor && passes(actor)) added.push(moves.positionOf(id))
  }
  if (added.length === 0) return kept
  added.sort(ascendingNumbers)
  const merged: number[] = []
  let next = 0
  for (const position of kept) {
    while (next < added.length && added[next]! < position) merged.push(added[next++]!)
    merged.push(position)
  }
  while (next < added.length) merged.push(added[next++]!)
  return merged
}

/** The records changed between the previous source and the next (index-update.ts reads them). */
export interface ChangedRecords {
  actorIds: ReadonlySet<string>
  relationshipIds: ReadonlySet<string>
}

/** Position of the first record whose id is not before `id` (records in id order). */
function lowerBoundById(records: readonly { id: string }[], id: string): number {
  let low = 0
  let high = records.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (records[middle]!.id < id) low = middle + 1
    else high = middle
  }
  return low
}

export function findById<T extends { id: string }>(records: readonly T[], id: string) {
  const record = records[lowerBoundById(records, id)]
  return record?.id === id ? record : undefined
}

/** Puts `record` in at its id (replacing the one there), or takes the id out when `record` is undefined. */
export function spliceById<T extends { id: string }>(
  records: T[],
  id: string,
  record: T | undefined,
) {
  const at = lowerBoundById(records, id)
  const isThere = records[at]?.id === id
  if (record) records.splice(at, isThere ? 1 : 0, record)
  else if (isThere) records.splice(at, 1)
}

function lowerBoundByKey(keys: readonly string[], key: string): number {
  let low = 0
  let high = keys.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (keys[middle]! < key) low = middle + 1
    else high = middle
  }
  return low
}

const ascendingNumbers = (a: number, b: number) => a - b

interface Sources {
  previous: { actors: readonly Actor[]; relationships: readonly Relationship[] }
  next: { actors: readonly Actor[]; relationships: readonly Relationship[] }
}

/** The next name order, and where each actor of the previous one went (-1: no longer public). */
function patchedNameOrder(
  previous: IndexParts,
  changedActorIds: ReadonlySet<string>,
  publicActorAfter: (id: string) => Actor | undefined,
) {
  // slice(): a native copy, several times faster than spreading 100k items through the iterator.
  const actors = previous.nameOrder.actorsInNameOrder.slice()
  const keys = previous.nameOrder.sortKeysInNameOrder.slice()
  const removedPositions: number[] = []
  for (const id of changedActorIds) {
    const before = previous.actorsById.get(id)
    if (!before) continue
    const key = nameSortKey(before.name, before.id)
    const position = lowerBoundByKey(keys, key)
    if (keys[position] !== key) throw new Error(`actor ${id} is not where its name puts it`)
    removedPositions.push(position)
  }
  removedPositions.sort(ascendingNumbers)
  for (let i = removedPositions.length - 1; i >= 0; i--) {
    actors.splice(removedPositions[i]!, 1)
    keys.splice(removedPositions[i]!, 1)
  }
  const insertedKeys: string[] = []
  for (const id of changedActorIds) {
    const after = publicActorAfter(id)
    if (!after) continue
    const key = nameSortKey(after.name, after.id)
    const position = lowerBoundByKey(keys, key)
    actors.splice(position, 0, after)
    keys.splice(position, 0, key)
    insertedKeys.push(key)
  }
  const insertedPositions = insertedKeys
    .map((key) => lowerBoundByKey(keys, key))
    .sort(ascendingNumbers)
  const positionOf = (id: string) => {
    const actor = publicActorAfter(id)
    if (!actor) return -1
    const key = nameSortKey(actor.name, actor.id)
    const position = lowerBoundByKey(keys, key)
    return keys[position] === key ? position : -1
  }
  // The unchanged actors keep their order; each moves by the removals before it and the inserts before it.
  const previousActors = previous.nameOrder.actorsInNameOrder
  const newPositionOfOld = new Int32Array(previousActors.length)
  let removed = 0
  let inserted = 0
  let position = 0
  for (let old = 0; old < previousActors.length; old++) {
    if (removed < removedPositions.length && removedPositions[removed] === old) {
      removed += 1
      newPositionOfOld[old] = positionOf(previousActors[old]!.id)
      continue
    }
    while (inserted < insertedPositions.length && insertedPositions[inserted] === position) {
      inserted += 1
      position += 1
    }
    newPositionOfOld[old] = position++
  }
  return {
    nameOrder: { actorsInNameOrder: actors, sortKeysInNameOrder: keys },
    newPositionOfOld,
    removedPositions,
    positionOf,
  }
}

/**
 * The next index's derived structures from the previous index's, `sources` the records of both (all statuses,
 * id order) and `changed` the ids of the records that differ between them (changed, added or removed).
 */
export function* patchedIndexParts(
  previous: IndexParts,
  sources: Sources,
  changed: ChangedRecords,
): Steps<IndexParts> {
  const statusBefore = (id: string) => findById(sources.previous.actors, id)?.status
  const statusAfter = (id: string) => findById(sources.next.actors, id)?.status
  const publicActorAfter = (id: string) => {
    const actor = findById(sources.next.actors, id)
    return actor && isPublicStatus(actor.status) ? actor : undefined
  }

  // Actors: counts, the public list in id order, the lookup by id.
  const archived = { ...previous.view.archived }
  const pending = { ...previous.view.pending }
  const notShown = { archived, pending }
  const publicActors = previous.view.actors.slice()
  const actorChanges = new Map<string, Actor | undefined>()
  /** Actors that existed before and whose status changed: their ties may have changed visibility too. */
  const restatusedActorIds = new Set<string>()
  for (const id of changed.actorIds) {
    const before = statusBefore(id)
    const after = statusAfter(id)
    if (before && before !== 'published') notShown[before].actors -= 1
    if (after && after !== 'published') notShown[after].actors += 1
    if (before && before !== after) restatusedActorIds.add(id)
    const publicAfter = publicActorAfter(id)
    spliceById(publicActors, id, publicAfter)
    actorChanges.set(id, publicAfter)
  }
  const actorsById = previous.actorsById.with(actorChanges)
  // Looked up in the next map, not in the sources: what the index keeps (moves) must not hold the previous one.
  const publicActorById = actorsById.get
  const { nameOrder, newPositionOfOld, removedPositions, positionOf } = patchedNameOrder(
    previous,
    changed.actorIds,
    publicActorById,
  )
  yield

  // Relationships whose visibility or counts may differ: the changed ones and the ties of re-statused actors.
  const affectedIds = new Set(changed.relationshipIds)
  if (restatusedActorIds.size > 0) {
    yield* eachInSlices(sources.next.relationships, (relationship) => {
      if (
        restatusedActorIds.has(relationship.sourceId) ||
        restatusedActorIds.has(relationship.targetId)
      ) {
        affectedIds.add(relationship.id)
      }
    })
  }
  const count = (
    relationship: Relationship | undefined,
    statusOf: (id: string) => RecordStatus | undefined,
    by: number,
  ) => {
    if (relationship) countNotShownRelationship(notShown, relationship, statusOf, by)
  }
  /** Public relationships that appear, disappear or are replaced (undefined: no longer public). */
  const publicChanges = new Map<string, Relationship | undefined>()
  const touchedActorIds = new Set<string>()
  for (const id of affectedIds) {
    const before = findById(sources.previous.relationships, id)
    const after = findById(sources.next.relationships, id)
    count(before, statusBefore, -1)
    count(after, statusAfter, +1)
    const wasShown = before !== undefined && isPublicRelationship(before, statusBefore)
    const isShownNow = after !== undefined && isPublicRelationship(after, statusAfter)
    if (wasShown && isShownNow && before === after) continue
    if (!wasShown && !isShownNow) continue
    publicChanges.set(id, isShownNow ? after : undefined)
    if (wasShown) touchedActorIds.add(before.sourceId).add(before.targetId)
    if (isShownNow) touchedActorIds.add(after.sourceId).add(after.targetId)
  }

  const previousRelationships = previous.view.relationships
  const relationships =
    publicChanges.size === 0 ? previousRelationships : previousRelationships.slice()
  if (publicChanges.size > 0) {
    for (const [id, relationship] of publicChanges) {
      spliceById(relationships as Relationship[], id, relationship)
    }
  }
  const ends = patchedEnds(previous, relationships, publicChanges, newPositionOfOld, positionOf)

  const listChanges = new Map<string, readonly Relationship[] | undefined>()
  for (const actorId of touchedActorIds) {
    const kept = (previous.relationshipsOfActor.get(actorId) ?? []).filter(
      (relationship) => !publicChanges.has(relationship.id),
    )
    for (const relationship of publicChanges.values()) {
      if (
        relationship &&
        (relationship.sourceId === actorId || relationship.targetId === actorId)
      ) {
        kept.push(relationship)
      }
    }
    kept.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    listChanges.set(actorId, kept.length > 0 ? kept : undefined)
  }
  const relationshipsOfActor = previous.relationshipsOfActor.with(listChanges)

  const spatial =
    (yield* patchedSpatialIndex(previous.spatial, {
      newPositionOfOld,
      changedActorIds: changed.actorIds,
      publicActorById,
      positionOf,
    })) ?? (yield* buildSpatialIndex(nameOrder.actorsInNameOrder))

  const publicChangesOfParts: IndexParts['publicChanges'] = {
    actors: [...actorChanges].map(([id, after]) => [previous.actorsById.get(id), after] as const),
    relationships: [...publicChanges].map(
      ([id, after]) => [findById(previousRelationships, id), after] as const,
    ),
  }
  return {
    view: { actors: publicActors, relationships, archived, pending },
    publicChanges: publicChangesOfParts,
    actorsById,
    nameOrder,
    ...ends,
    relationshipsOfActor,
    spatial,
    moves: {
      newPositionOfOld,
      changedPositions: removedPositions,
      changedActorIds: changed.actorIds,
      publicActorById,
      positionOf,
    },
  }
}

/**
 * The ends' positions for the next public relationships: an unchanged relationship's ends moved by the name
 * order's inserts and removals, a new or replaced one's looked up by its actors' keys.
 */
function patchedEnds(
  previous: IndexParts,
  relationships: readonly Relationship[],
  publicChanges: ReadonlyMap<string, Relationship | undefined>,
  newPositionOfOld: Int32Array,
  positionOf: (id: string) => number,
): { sourcePositions: Int32Array; targetPositions: Int32Array } {
  // A plain function, not a generator, run at once: integer work only, a few milliseconds at 250k relationships.
  const previousRelationships = previous.view.relationships
  const previousSources = previous.sourcePositions
  const previousTargets = previous.targetPositions
  // Which indexes of the previous and the next list hold a changed relationship, ascending.
  const changedOld: number[] = []
  const changedNew: number[] = []
  for (const id of publicChanges.keys()) {
    const old = lowerBoundById(previousRelationships, id)
    if (previousRelationships[old]?.id === id) changedOld.push(old)
    const next = lowerBoundById(relationships, id)
    if (relationships[next]?.id === id) changedNew.push(next)
  }
  changedOld.sort(ascendingNumbers)
  changedNew.sort(ascendingNumbers)
  const sourcePositions = new Int32Array(relationships.length)
  const targetPositions = new Int32Array(relationships.length)
  let old = 0
  let skipped = 0
  let computed = 0
  for (let next = 0; next < relationships.length; next++) {
    if (computed < changedNew.length && changedNew[computed] === next) {
      computed += 1
      sourcePositions[next] = positionOf(relationships[next]!.sourceId)
      targetPositions[next] = positionOf(relationships[next]!.targetId)
      continue
    }
    while (skipped < changedOld.length && changedOld[skipped] === old) {
      skipped += 1
      old += 1
    }
    sourcePositions[next] = newPositionOfOld[previousSources[old]!]!
    targetPositions[next] = newPositionOfOld[previousTargets[old]!]!
    old += 1
  }
  // Every previous relationship kept or skipped exactly once, else the lists were not what this assumed. (An
  // identity check per relationship would cost ~10× the loop: two arrays of 250k pointers loaded.)
  while (skipped < changedOld.length && changedOld[skipped] === old) {
    skipped += 1
    old += 1
  }
  if (old !== previousRelationships.length || skipped !== changedOld.length) {
    throw new Error('the relationship ends do not line up with the previous index')
  }
  return { sourcePositions, targetPositions }
}
