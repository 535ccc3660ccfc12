/**
 * The in-memory read model, built from one store snapshot: every read that needs the whole network is answered
 * from here. One instance per data version; a write builds a new one and swaps it in (see index-holder.ts).
 */
import type {
  Actor,
  Credit,
  DatasetSummary,
  MetaResponse,
  Relationship,
} from '@netzwerkatlas/shared'
import { filterKey } from '../domain/actors/filter-key.ts'
import { matchingPositions } from '../domain/actors/list-actors.ts'
import { nameSortKey } from '../domain/actors/sort-key.ts'
import { buildMeta, type DistrictFacts } from '../domain/meta/build-meta.ts'
import type { NetworkCatalog } from '../domain/network/network-catalog.ts'
import { buildNetworkGraph, type NetworkGraph } from './network-graph.ts'
import { buildSpatialIndex } from './spatial-index.ts'
import { buildTextIndex } from './text-index.ts'
import { createViewCache } from './view-cache.ts'

export interface IndexSource {
  /** Names the database the snapshot came from (store.ts); response tags carry it. */
  databaseId: string
  dataVersion: number
  actors: readonly Actor[]
  relationships: readonly Relationship[]
  datasets: readonly DatasetSummary[]
}

export interface Geography {
  districts: readonly DistrictFacts[]
  municipalityNameOf: (ags: string) => string | undefined
  credits: readonly Credit[]
}

export interface NetworkIndex extends NetworkCatalog {
  graph: NetworkGraph
  databaseId: string
  meta: () => MetaResponse
}

/** Filter results (positions, 8 bytes each) kept per index; response bodies are kept in http/. */
const CACHED_POSITIONS_BYTES = 16 * 1024 * 1024

export function buildNetworkIndex(source: IndexSource, geography: Geography): NetworkIndex {
  const actorsById = new Map(source.actors.map((actor) => [actor.id, actor]))
  const relationshipsById = new Map(source.relationships.map((r) => [r.id, r]))
  const graph = buildNetworkGraph(source.actors, source.relationships)

  const keyed = source.actors
    .map((actor) => ({ actor, key: nameSortKey(actor.name, actor.id) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))

  const placeNameOf = (actor: Actor) =>
    [
      actor.address?.city,
      actor.municipalityAgs && geography.municipalityNameOf(actor.municipalityAgs),
    ]
      .filter(Boolean)
      .join(' ')
  const text = buildTextIndex(source.actors, placeNameOf)
  const spatial = buildSpatialIndex(source.actors)

  const positionsCache = createViewCache<readonly number[]>({
    maxBytes: CACHED_POSITIONS_BYTES,
    sizeOf: (positions) => 64 + positions.length * 8,
  })
  const catalog: NetworkCatalog = {
    dataVersion: source.dataVersion,
    actorById: (id) => actorsById.get(id),
    actorsInNameOrder: keyed.map(({ actor }) => actor),
    sortKeysInNameOrder: keyed.map(({ key }) => key),
    relationshipsById: [...source.relationships].sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    ),
    idsMatchingText: (query) => text.idsMatching(query),
    idsInBbox: (bbox) => spatial.idsInBbox(bbox),
    idsWithinKm: (point, radiusKm) => spatial.idsWithinKm(point, radiusKm),
    positionsMatching: (filters) =>
      positionsCache.get(filterKey(filters), () => matchingPositions(catalog, filters)),
    relationshipsOf: (actorId) =>
      graph.hasNode(actorId)
        ? graph.edges(actorId).map((edgeId) => relationshipsById.get(edgeId)!)
        : [],
  }

  let meta: MetaResponse | undefined
  return {
    ...catalog,
    databaseId: source.databaseId,
    graph,
    meta: () =>
      (meta ??= buildMeta({
        dataVersion: source.dataVersion,
        actors: source.actors,
        relationships: source.relationships,
        datasets: source.datasets,
        districts: geography.districts,
        geoCredits: geography.credits,
      })),
  }
}
