/**
 * The next index after a write (ours, or one another instance announced): the records changed since the served
 * data version are read (store/change-read.ts) and patched into the previous index's records, and the index is
 * built from those without a snapshot read; the text index gets an overlay of the changed actors instead of
 * being made anew. Anything the incremental path cannot vouch for (a version without history, an import, an
 * error) falls back to the full build from a snapshot, and the log says why (ADR 0015).
 */
import type { Actor, DatasetSummary, Relationship } from '@netzwerkatlas/shared'
import type { Logger } from 'pino'
import {
  buildNetworkIndex,
  buildNetworkIndexBetweenRequests,
  type Geography,
  type IndexSource,
  type NetworkIndex,
} from './network-index.ts'
import type { SavedTextIndexes } from './saved-text-indexes.ts'
import { overlaidTextIndex, type TextIndexCell } from './text-index.ts'
import { eachInSlices, runBetweenRequests, type Steps } from '../domain/work-in-slices.ts'
import { findById, spliceById } from './index-patch.ts'

/** More changed records than this (an import) are read faster as a snapshot than patched in. */
const MAX_PATCHED_RECORDS = 5_000

/**
 * Actors in the text overlay before it is folded into a new base index: every search scans the overlay's
 * small index besides the base, and indexing a few thousand actors costs well under a second, in slices.
 */
const MAX_OVERLAID_ACTORS = 2_000

/**
 * Changed records up to which the derived structures are patched (index-patch.ts): each costs a few splices
 * of arrays as long as the index; past this, deriving them anew in one pass over every record is cheaper.
 */
const MAX_CHANGES_TO_PATCH_IN_PLACE = 500

/** The records changed after a data version, as of one later moment (the store's change-read.ts). */
interface Changes {
  kind: 'changes'
  dataVersion: number
  /** The changed records as they are now, of any status. */
  actors: readonly Actor[]
  relationships: readonly Relationship[]
  removedActorIds: readonly string[]
  removedRelationshipIds: readonly string[]
  /** Every dataset, when one appeared that the previous index does not list; else undefined. */
  datasets: readonly DatasetSummary[] | undefined
}

type ChangesSince = Changes | { kind: 'rebuild'; dataVersion: number; reason: string }

/** What the update reads (the store gives it; index/ knows no SQL). */
interface ChangeSource {
  readChangesSince(
    servedVersion: number,
    limits: { maxChangedRecords: number; knownDatasetIds: ReadonlySet<string> },
  ): Promise<ChangesSince>
  readSnapshot(): Promise<IndexSource>
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * The records of `previous` (in id order) with `changed` put in and `removed` taken out, still in id order.
 * `onChange(before, after)` hears of each record replaced, added or removed.
 */
function* mergeById<T extends { id: string }>(
  previous: readonly T[],
  changed: readonly T[],
  removed: ReadonlySet<string>,
  onChange: (before: T | undefined, after: T | undefined) => void,
): Steps<T[]> {
  const incoming = [...changed].sort(byId)
  const merged: T[] = []
  let next = 0
  yield* eachInSlices(previous, (record) => {
    while (next < incoming.length && incoming[next]!.id < record.id) {
      onChange(undefined, incoming[next])
      merged.push(incoming[next++]!)
    }
    if (next < incoming.length && incoming[next]!.id === record.id) {
      onChange(record, incoming[next])
      merged.push(incoming[next++]!)
    } else if (removed.has(record.id)) {
      onChange(record, undefined)
    } else {
      merged.push(record)
    }
  })
  while (next < incoming.length) {
    onChange(undefined, incoming[next])
    merged.push(incoming[next++]!)
  }
  return merged
}

/** The dataset counts (records of any status) moved by the changes: what datasetRepository.findAll counts. */
function datasetsAfter(
  datasets: readonly DatasetSummary[],
  actorDeltas: Map<string, number>,
  relationshipDeltas: Map<string, number>,
): DatasetSummary[] {
  return datasets.map((dataset) => {
    const actors = actorDeltas.get(dataset.id) ?? 0
    const relationships = relationshipDeltas.get(dataset.id) ?? 0
    if (actors === 0 && relationships === 0) return dataset
    return {
      ...dataset,
      actors: dataset.actors + actors,
      relationships: dataset.relationships + relationships,
    }
  })
}

function countInto(deltas: Map<string, number>) {
  return (
    before: Actor | Relationship | undefined,
    after: Actor | Relationship | undefined,
  ): void => {
    if (before)
      deltas.set(before.provenance.dataset, (deltas.get(before.provenance.dataset) ?? 0) - 1)
    if (after) deltas.set(after.provenance.dataset, (deltas.get(after.provenance.dataset) ?? 0) + 1)
  }
}

/** The same as patchedSource for a few changes: copies of the lists with each change spliced in at its id. */
function splicedSource(previous: IndexSource, changes: Changes): IndexSource {
  const actorDeltas = new Map<string, number>()
  const relationshipDeltas = new Map<string, number>()
  const spliced = <T extends Actor | Relationship>(
    records: readonly T[],
    changed: readonly T[],
    removedIds: readonly string[],
    deltas: Map<string, number>,
  ) => {
    const next = records.slice()
    const countChange = countInto(deltas)
    for (const id of removedIds) {
      const before = findById(next, id)
      if (before) countChange(before, undefined)
      spliceById(next, id, undefined)
    }
    for (const record of changed) {
      countChange(findById(next, record.id), record)
      spliceById(next, record.id, record)
    }
    return next
  }
  const actors = spliced(previous.actors, changes.actors, changes.removedActorIds, actorDeltas)
  const relationships = spliced(
    previous.relationships,
    changes.relationships,
    changes.removedRelationshipIds,
    relationshipDeltas,
  )
  return {
    dataVersion: changes.dataVersion,
    databaseId: previous.databaseId,
    actors,
    relationships,
    datasets: changes.datasets ?? datasetsAfter(previous.datasets, actorDeltas, relationshipDeltas),
  }
}

/** The previous index's records with the changes applied: what a snapshot at `changes.dataVersion` holds. */
function* patchedSource(previous: IndexSource, changes: Changes): Steps<IndexSource> {
  const actorDeltas = new Map<string, number>()
  const relationshipDeltas = new Map<string, number>()
  const actors = yield* mergeById(
    previous.actors,
    changes.actors,
    new Set(changes.removedActorIds),
    countInto(actorDeltas),
  )
  const relationships = yield* mergeById(
    previous.relationships,
    changes.relationships,
    new Set(changes.removedRelationshipIds),
    countInto(relationshipDeltas),
  )
  return {
    dataVersion: changes.dataVersion,
    databaseId: previous.databaseId,
    actors,
    relationships,
    datasets: changes.datasets ?? datasetsAfter(previous.datasets, actorDeltas, relationshipDeltas),
  }
}

/** The previous text index with the changed actors overlaid; a large overlay is folded into a new base. */
function nextTextIndex(previous: TextIndexCell, changedActorIds: readonly string[]) {
  const base = previous.overlay?.base ?? previous
  const changedIds = new Set(previous.overlay?.changedIds)
  for (const id of changedActorIds) changedIds.add(id)
  if (changedIds.size > MAX_OVERLAID_ACTORS) return undefined
  return ({
    publicActorById,
    placeNameOf,
  }: {
    publicActorById: (id: string) => Actor | undefined
    placeNameOf: (actor: Actor) => string
  }) =>
    overlaidTextIndex(
      base,
      changedIds,
      () => [...changedIds].flatMap((id) => publicActorById(id) ?? []),
      placeNameOf,
    )
}

export interface IndexUpdateOptions {
  store: ChangeSource
  geography: Geography
  logger: Pick<Logger, 'info' | 'warn'>
  savedTextIndexes?: SavedTextIndexes
}

export type IndexUpdate = (previous: NetworkIndex) => Promise<NetworkIndex>

/** The full build from a fresh snapshot, logged with its duration (the bench's writes suite reads the log). */
async function rebuildFromSnapshot(
  { store, geography, logger, savedTextIndexes }: IndexUpdateOptions,
  reason: string,
) {
  const startedAt = performance.now()
  const index = buildNetworkIndex(await store.readSnapshot(), geography, { savedTextIndexes })
  logger.info(
    {
      reason,
      dataVersion: index.dataVersion,
      durationMs: Math.round(performance.now() - startedAt),
    },
    'index rebuilt from a snapshot',
  )
  return index
}

/** What the incremental update replaced: a full rebuild per write, kept as the bench's baseline (ADR 0015). */
export const createSnapshotRebuild =
  (options: IndexUpdateOptions): IndexUpdate =>
  () =>
    rebuildFromSnapshot(options, 'every write rebuilds (baseline)')

export function createIndexUpdate(options: IndexUpdateOptions): IndexUpdate {
  const { store, geography, logger, savedTextIndexes } = options
  const rebuild = (reason: string) => rebuildFromSnapshot(options, reason)

  async function patchedIndex(previous: NetworkIndex, changes: Changes) {
    const changedActorIds = [...changes.actors.map((actor) => actor.id), ...changes.removedActorIds]
    const changedRelationshipIds = [
      ...changes.relationships.map((relationship) => relationship.id),
      ...changes.removedRelationshipIds,
    ]
    const textIndexOfNext = nextTextIndex(previous.textIndexCell, changedActorIds)
    const isFewChanges =
      changedActorIds.length + changedRelationshipIds.length <= MAX_CHANGES_TO_PATCH_IN_PLACE
    // A few changes are put in by binary search and splices, and the derived structures patched: a write at
    // 100k actors cost ~3.7 s of CPU when every loop ran over every record, if in slices (ADR 0015).
    const source = isFewChanges
      ? splicedSource(previous.source, changes)
      : await runBetweenRequests(patchedSource(previous.source, changes))
    const index = await buildNetworkIndexBetweenRequests(source, geography, {
      ...(isFewChanges && {
        patchOf: {
          parts: previous.parts,
          source: previous.source,
          changed: {
            actorIds: new Set(changedActorIds),
            relationshipIds: new Set(changedRelationshipIds),
          },
          cachedPositions: previous.cachedPositions(),
          metaTally: previous.computedMetaTally(),
        },
      }),
      ...(textIndexOfNext
        ? { textIndexCell: textIndexOfNext }
        : { savedTextIndexes, textIndex: 'on first use' }),
    })
    // A folded overlay: the new base is made in slices between requests (or at once by the first search).
    if (!textIndexOfNext) void index.prepareTextIndex().catch(() => undefined)
    return index
  }

  return async (previous) => {
    const startedAt = performance.now()
    let changes: ChangesSince
    try {
      changes = await store.readChangesSince(previous.dataVersion, {
        maxChangedRecords: MAX_PATCHED_RECORDS,
        knownDatasetIds: new Set(previous.source.datasets.map((dataset) => dataset.id)),
      })
    } catch (error) {
      logger.warn({ err: error }, 'reading the changes failed; rebuilding the index')
      return rebuild('reading the changes failed')
    }
    if (changes.kind === 'rebuild') return rebuild(changes.reason)
    const readMs = performance.now() - startedAt
    let index: NetworkIndex
    try {
      index = await patchedIndex(previous, changes)
    } catch (error) {
      logger.warn({ err: error }, 'patching the index failed; rebuilding it')
      return rebuild('patching the index failed')
    }
    logger.info(
      {
        dataVersion: index.dataVersion,
        actors: changes.actors.length + changes.removedActorIds.length,
        relationships: changes.relationships.length + changes.removedRelationshipIds.length,
        readMs: Math.round(readMs),
        durationMs: Math.round(performance.now() - startedAt),
      },
      'index updated incrementally',
    )
    return index
  }
}
