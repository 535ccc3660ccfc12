/**
 * The in-memory read model, built from one store snapshot: every read that needs the whole network is answered
 * from here. One instance per data version; a write builds a new one and swaps it in (see index-holder.ts).
 */
import type {
  Actor,
  Credit,
  DatasetSummary,
  Filters,
  MetaResponse,
  Relationship,
} from '@netzwerkatlas/shared'
import { actorPlace } from '../domain/actors/actor-place.ts'
import { filterKey } from '../domain/actors/filter-key.ts'
import { matchesActorFilters } from '../domain/actors/actor-filters.ts'
import { matchingPositions } from '../domain/actors/matching-positions.ts'
import { nameSortKey } from '../domain/actors/sort-key.ts'
import {
  copiedTally,
  metaOfTally,
  tallyActor,
  tallyOf,
  tallyRelationship,
  type DistrictFacts,
  type MetaTally,
} from '../domain/meta/build-meta.ts'
import type { NetworkCatalog } from '../domain/network/network-catalog.ts'
import { buildPartnerColumns, type PartnerColumns } from '../domain/partners/partner-columns.ts'
import type { PlaceDirectory } from '../domain/places/place-directory.ts'
import { publicViewSteps } from '../domain/visibility/public-view.ts'
import {
  eachInSlices,
  mapByIdInSlices,
  runAtOnce,
  runBetweenRequests,
  type Steps,
} from '../domain/work-in-slices.ts'
import { buildNetworkGraph, type NetworkGraph } from './network-graph.ts'
import { relationshipEndPositions } from './relationship-ends.ts'
import type { SavedTextIndexes } from './saved-text-indexes.ts'
import { buildSpatialIndex } from './spatial-index.ts'
import { layeredMap } from './layered-map.ts'
import {
  movedPositions,
  patchedIndexParts,
  type ChangedRecords,
  type IndexParts,
  type NameOrder,
} from './index-patch.ts'
import { textIndexCell, type TextIndex, type TextIndexCell } from './text-index.ts'
import { buildTopicSpatialIndex, type TopicSpatialIndex } from './topic-spatial-index.ts'
import { createViewCache } from './view-cache.ts'

export interface IndexSource {
  dataVersion: number
  actors: readonly Actor[]
  relationships: readonly Relationship[]
  datasets: readonly DatasetSummary[]
  /** Names the database the snapshot came from (store.ts); response tags carry it. */
  databaseId: string
}

export interface Geography {
  districts: readonly DistrictFacts[]
  municipalityNameOf: (ags: string) => string | undefined
  credits: readonly Credit[]
  /** Places users can type (partner finder, GET /places); built once from the gazetteer. */
  places: PlaceDirectory
}

interface BuildOptions {
  /** Where text indexes are saved between starts; without it the text index is always built. */
  savedTextIndexes?: SavedTextIndexes
  /**
   * `now` (the default): the text index is ready when this returns. `on first use`: it is made by
   * `prepareTextIndex()` in slices between requests, or at once by a text query that comes first (which then
   * waits for it: answers stay exact). Start-up uses this: the port opens ~2–5 s earlier at 100k actors.
   */
  textIndex?: 'now' | 'on first use'
  /**
   * The text index to use instead of one of all actors: an incremental update (index-update.ts) passes an
   * overlay of the previous index's. Given the new index's public actors by id and how places are named.
   */
  /**
   * The previous index's derived structures and sources, and the records changed since: an incremental update
   * (index-update.ts) patches those structures (index-patch.ts) instead of deriving them from every record.
   */
  patchOf?: {
    parts: IndexParts
    source: IndexSource
    changed: ChangedRecords
    /** The previous index's cached filter results, moved along with the patch instead of dropped. */
    cachedPositions?: readonly CachedPositions[]
    /** The previous index's meta counts, if they were made: moved by the patch's changes when meta is asked. */
    metaTally?: MetaTally
  }
  textIndexCell?: (context: {
    publicActorById: (id: string) => Actor | undefined
    placeNameOf: (actor: Actor) => string
  }) => TextIndexCell
}

export interface NetworkIndex extends NetworkCatalog {
  /** Built on first use: no route needs it yet, and at 100k actors it costs seconds of start-up. */
  readonly graph: NetworkGraph
  /** How the text index came to be; reading it prepares the index if it was left for first use. */
  readonly textIndexOrigin: TextIndex['origin']
  /** What the index was built from: every record, of every status (an incremental update patches these). */
  readonly source: IndexSource
  /** The text index, for an incremental update to lay its overlay over. */
  readonly textIndexCell: TextIndexCell
  /** The derived structures, for an incremental update to patch (BuildOptions.patchOf). */
  readonly parts: IndexParts
  /** The filter results cached now, least recently used first (BuildOptions.patchOf). */
  cachedPositions(): CachedPositions[]
  /** Builds or loads the text index in slices between requests, if it is not ready yet (BuildOptions). */
  prepareTextIndex(): Promise<void>
  databaseId: string
  /** The districts as the geography lists them (name, population): what needs no count of actors. */
  districts: Geography['districts']
  meta: () => MetaResponse
  /** The counts behind meta() if it was asked of this index (else undefined): the next index moves them. */
  computedMetaTally(): MetaTally | undefined
  places: PlaceDirectory
  /** Partner finder: located actors with any of the topics in the box (topic-spatial-index.ts). */
  positionsWithTopicsInBbox: TopicSpatialIndex['positionsWithTopicsInBbox']
  /** Partner finder: the score's columns, built on the first partner query (partner-columns.ts). */
  partnerColumns(): PartnerColumns
}

const byKey = (a: { key: string }, b: { key: string }) =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : 0

function sortedByName(actors: readonly Actor[]): NameOrder {
  const keyed = actors
    .map((actor) => ({ actor, key: nameSortKey(actor.name, actor.id) }))
    .sort(byKey)
  return {
    actorsInNameOrder: keyed.map(({ actor }) => actor),
    sortKeysInNameOrder: keyed.map(({ key }) => key),
  }
}

/** A filter's result: the positions of the actors that pass it, ascending. */
interface CachedPositions {
  key: string
  filters: Filters
  positions: readonly number[]
}

/**
 * Whether a cached result can follow a patch by asking only the changed actors (movedPositions): the text and
 * radius conditions are answered by the text and spatial indexes, so those results are computed anew.
 */
const canMove = (filters: Filters) => !filters.text && !filters.near

/** The same test matchingPositions makes, for one actor: kdbush's range is inclusive on every side. */
function passesWithoutIndexes(actor: Actor, filters: Filters): boolean {
  if (filters.bbox) {
    const [minLon, minLat, maxLon, maxLat] = filters.bbox
    const at = actor.location
    if (!at || at.lon < minLon || at.lon > maxLon || at.lat < minLat || at.lat > maxLat)
      return false
  }
  return matchesActorFilters(actor, filters)
}

/**
 * Positions moved along per write, at most: about a millisecond of integer work. Every write pays for the
 * results it moves, read or not, so only the most recently used ones (the views being looked at) are moved.
 */
const MAX_MOVED_POSITIONS = 250_000

/** The movable results (least recently used first, as given), the most recent of them within `budget` positions. */
function mostRecentWithin(results: readonly CachedPositions[], budget: number) {
  const kept: CachedPositions[] = []
  let positions = 0
  for (let at = results.length - 1; at >= 0; at--) {
    const result = results[at]!
    if (!canMove(result.filters)) continue
    positions += result.positions.length
    if (positions > budget) break
    kept.push(result)
  }
  return kept.reverse()
}

/** Filter results (positions, 8 bytes each) kept per index; response bodies are kept in http/. */
const CACHED_POSITIONS_BYTES = 16 * 1024 * 1024

/** Each actor's relationships, in id order: a plain map is ~5× faster to build than the graph. */
function* relationshipsByActor(
  relationshipsInIdOrder: readonly Relationship[],
): Steps<Map<string, Relationship[]>> {
  const byActor = new Map<string, Relationship[]>()
  const add = (actorId: string, relationship: Relationship) => {
    const list = byActor.get(actorId)
    if (list) list.push(relationship)
    else byActor.set(actorId, [relationship])
  }
  yield* eachInSlices(relationshipsInIdOrder, (relationship) => {
    add(relationship.sourceId, relationship)
    if (relationship.targetId !== relationship.sourceId) add(relationship.targetId, relationship)
  })
  return byActor
}

export function buildNetworkIndex(
  snapshot: IndexSource,
  geography: Geography,
  options: BuildOptions = {},
): NetworkIndex {
  return runAtOnce(networkIndexSteps(snapshot, geography, options))
}

/**
 * The same index, built in slices of a few thousand records each (work-in-slices.ts) with the requests that
 * queued up meanwhile answered between them: start-up builds it while the port is open (ADR 0016), and every
 * write's update too, so reads during a burst of writes wait behind a slice, not a whole build.
 */
export function buildNetworkIndexBetweenRequests(
  snapshot: IndexSource,
  geography: Geography,
  options: BuildOptions = {},
): Promise<NetworkIndex> {
  return runBetweenRequests(networkIndexSteps(snapshot, geography, options))
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Records in id order as they are: the snapshot reads them so and an update keeps the order (index-update.ts). */
function* inIdOrder<T extends { id: string }>(records: readonly T[]): Steps<readonly T[]> {
  let isSorted = true
  yield* eachInSlices(records, (record, index) => {
    if (index > 0 && records[index - 1]!.id > record.id) isSorted = false
  })
  // One sort in one piece (a snapshot from an older reader): 10–50 ms at 100k, only then.
  return isSorted ? records : [...records].sort(byId)
}

/** Every derived structure from every record: start-up, and an update with too many changes to patch. */
function* derivedIndexParts(snapshot: IndexSource): Steps<IndexParts> {
  // The public view is all any reader of this index sees: no route can show an archived or pending record.
  const publicView = yield* publicViewSteps(snapshot)
  const relationships = yield* inIdOrder(publicView.relationships)
  const view = { ...publicView, relationships }
  const actorsById = yield* mapByIdInSlices(view.actors)
  const nameOrder = sortedByName(view.actors)
  yield
  const ends = yield* relationshipEndPositions(nameOrder.actorsInNameOrder, relationships)
  const relationshipsOfActor = yield* relationshipsByActor(relationships)
  yield
  const spatial = yield* buildSpatialIndex(nameOrder.actorsInNameOrder)
  return {
    view,
    actorsById: layeredMap(actorsById),
    nameOrder,
    ...ends,
    relationshipsOfActor: layeredMap<readonly Relationship[]>(relationshipsOfActor),
    spatial,
  }
}

/** The build of buildNetworkIndex; each `yield` is a point where requests may be answered in between. */
function* networkIndexSteps(
  snapshot: IndexSource,
  geography: Geography,
  options: BuildOptions,
): Generator<void, NetworkIndex, void> {
  const parts = options.patchOf
    ? yield* patchedIndexParts(
        options.patchOf.parts,
        { previous: options.patchOf.source, next: snapshot },
        options.patchOf.changed,
      )
    : yield* derivedIndexParts(snapshot)
  const { view, actorsById, relationshipsOfActor, spatial } = parts
  const { actorsInNameOrder, sortKeysInNameOrder } = parts.nameOrder
  const source = { ...snapshot, actors: view.actors, relationships: view.relationships }
  const sortedRelationships = view.relationships
  const ends = { sourcePositions: parts.sourcePositions, targetPositions: parts.targetPositions }

  const placeNameOf = (actor: Actor) =>
    [
      actor.address?.city,
      actor.municipalityAgs && geography.municipalityNameOf(actor.municipalityAgs),
    ]
      .filter(Boolean)
      .join(' ')
  const text = options.textIndexCell
    ? options.textIndexCell({ publicActorById: (id) => actorsById.get(id), placeNameOf })
    : textIndexCell(source.actors, placeNameOf, options.savedTextIndexes)
  const textIndex = () => text.get()
  if (options.textIndex !== 'on first use' && !options.textIndexCell) textIndex()

  const positionsCache = createViewCache<CachedPositions>({
    maxBytes: CACHED_POSITIONS_BYTES,
    sizeOf: ({ positions }) => 64 + positions.length * 8,
  })
  // A write used to leave every filter's result to be computed again by the next read: a scan of every actor
  // (the list by district after each write in the bench). Now they follow the patch, least recent first.
  const { moves } = parts
  if (moves && options.patchOf?.cachedPositions) {
    for (const cached of mostRecentWithin(options.patchOf.cachedPositions, MAX_MOVED_POSITIONS)) {
      const positions = movedPositions(cached.positions, moves, (actor) =>
        passesWithoutIndexes(actor, cached.filters),
      )
      positionsCache.get(cached.key, () => ({ ...cached, positions }))
      // One result at a time: together they held reads up to 30 ms at 10k on a loaded machine (bench writes).
      yield
    }
  }
  const catalog: NetworkCatalog = {
    dataVersion: source.dataVersion,
    actorById: (id) => actorsById.get(id),
    actorsInNameOrder,
    sortKeysInNameOrder,
    placeOf: (actor) => actorPlace(actor, geography.municipalityNameOf),
    relationshipsById: sortedRelationships,
    ...ends,
    idsMatchingText: (query) => textIndex().idsMatching(query),
    positionsInBbox: (bbox) => spatial.positionsInBbox(bbox),
    positionsWithinKm: (point, radiusKm) => spatial.positionsWithinKm(point, radiusKm),
    positionsMatching: (filters) => {
      const key = filterKey(filters)
      return positionsCache.get(key, () => ({
        key,
        filters,
        positions: matchingPositions(catalog, filters),
      })).positions
    },
    relationshipsOf: (actorId) => relationshipsOfActor.get(actorId) ?? [],
  }

  let meta: MetaResponse | undefined
  let metaTally: MetaTally | undefined
  // Captured now (a few records), so that the next index holds no reference to the previous one.
  const previousMetaTally = options.patchOf?.metaTally
  const { publicChanges } = parts
  const tallyOfIndex = () => {
    if (!previousMetaTally || !publicChanges) return tallyOf(view)
    const tally = copiedTally(previousMetaTally)
    for (const [before, after] of publicChanges.actors) {
      if (before) tallyActor(tally, before, -1)
      if (after) tallyActor(tally, after, 1)
    }
    for (const [before, after] of publicChanges.relationships) {
      if (before) tallyRelationship(tally, before, -1)
      if (after) tallyRelationship(tally, after, 1)
    }
    return tally
  }
  let graph: NetworkGraph | undefined
  let topicSpatial: TopicSpatialIndex | undefined
  let partnerColumns: PartnerColumns | undefined
  const partnerColumnsOfIndex = () =>
    (partnerColumns ??= buildPartnerColumns(actorsInNameOrder, ends))
  return {
    ...catalog,
    get graph() {
      return (graph ??= buildNetworkGraph(source.actors, source.relationships))
    },
    get textIndexOrigin() {
      return textIndex().origin
    },
    prepareTextIndex: () => text.prepare(),
    source: snapshot,
    textIndexCell: text,
    parts,
    cachedPositions: () => positionsCache.entries().map(([, cached]) => cached),
    databaseId: source.databaseId,
    districts: geography.districts,
    places: geography.places,
    positionsWithTopicsInBbox: (topics, bbox) =>
      (topicSpatial ??= buildTopicSpatialIndex(
        actorsInNameOrder,
        partnerColumnsOfIndex().topicBits,
      )).positionsWithTopicsInBbox(topics, bbox),
    partnerColumns: partnerColumnsOfIndex,
    meta: () =>
      (meta ??= metaOfTally((metaTally ??= tallyOfIndex()), {
        dataVersion: source.dataVersion,
        view,
        datasets: source.datasets,
        districts: geography.districts,
        geoCredits: geography.credits,
      })),
    computedMetaTally: () => metaTally,
  }
}
