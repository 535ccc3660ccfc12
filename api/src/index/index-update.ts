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

/** More changed records than this (an import) are read faster as a snapshot than patched in. */
const MAX_PATCHED_RECORDS = 5_000

/**
 * Actors in the text overlay before it is folded into a new base index: every search scans the overlay's
 * small index besides the base, and indexing a few thousand actors costs well under a second, in slices.
 */
const MAX_OVERLAID_ACTORS = 2_000

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
    const textIndexOfNext = nextTextIndex(previous.textIndexCell, changedActorIds)
    // In steps with the waiting requests answered between them: built in one go, the derived structures
    // (public view, name order, ends, spatial index) held every read behind them for the whole build, which
    // made read p99 during a burst of writes 21.7× idle (bench writes, 10k).
    const index = await buildNetworkIndexBetweenRequests(
      await runBetweenRequests(patchedSource(previous.source, changes)),
      geography,
      {
        previousRelationships: previous.relationshipLists,
        previousNameOrder: {
          actorsInNameOrder: previous.actorsInNameOrder,
          sortKeysInNameOrder: previous.sortKeysInNameOrder,
          changedActorIds: new Set(changedActorIds),
        },
        ...(textIndexOfNext
          ? { textIndexCell: textIndexOfNext }
          : { savedTextIndexes, textIndex: 'on first use' }),
      },
    )
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
