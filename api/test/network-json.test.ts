/**
 * GET /network for a small box reads the kept actors' own relationship lists instead of scanning every
 * relationship (network-json.ts): the answer must be byte for byte the scan's, for boxes of every size (both
 * paths) and with relationship filters, also on an index patched by a write.
 */
import type { Filters } from '@netzwerkatlas/shared'
import { describe, expect, it } from 'vitest'
import { networkJson } from '../src/domain/network/network-json.ts'
import { matchesRelationshipFilters } from '../src/domain/relationships/relationship-filters.ts'
import { geographyOf } from '../src/geography.ts'
import { buildNetworkIndex, type NetworkIndex } from '../src/index/network-index.ts'
import { demoIndexSource } from './support/demo-index-source.ts'
import { gazetteer } from './support/test-api.ts'

const source = demoIndexSource({ actorCount: 3_000, seed: 11, databaseId: 'network-json-test' })
const geography = geographyOf(gazetteer)

/** What networkJson answered before: every relationship whose two ends are kept, in id order. */
function edgeIdsByScan(index: NetworkIndex, filters: Filters) {
  const kept = new Set(index.positionsMatching(filters))
  return index.relationshipsById
    .filter(
      (relationship, at) =>
        kept.has(index.sourcePositions[at]!) &&
        kept.has(index.targetPositions[at]!) &&
        matchesRelationshipFilters(relationship, filters),
    )
    .map((relationship) => relationship.id)
}

function expectSameAsScan(index: NetworkIndex, filters: Filters) {
  const body = JSON.parse(networkJson(index, filters)) as {
    nodes: { id: string }[]
    edges: { id: string }[]
  }
  expect(body.edges.map((edge) => edge.id)).toEqual(edgeIdsByScan(index, filters))
  expect(body.nodes.length).toBe(index.positionsMatching(filters).length)
  return body
}

describe('the network of a box', () => {
  it('has the edges a scan of every relationship finds, for small and large boxes and with filters', () => {
    const index = buildNetworkIndex(source, geography)
    let withEdges = 0
    // Boxes around actors (a few nodes: the lists), and growing ones up to all of Saxony (the scan).
    for (const [at, half] of [
      [0, 0.01],
      [50, 0.02],
      [300, 0.05],
      [900, 0.1],
      [1500, 0.3],
      [2000, 1],
      [2500, 5],
    ] as const) {
      const actor = index.actorsInNameOrder.filter((candidate) => candidate.location)[at]!
      const { lon, lat } = actor.location!
      const bbox = [lon - half, lat - half, lon + half, lat + half] as [
        number,
        number,
        number,
        number,
      ]
      const body = expectSameAsScan(index, { bbox })
      if (body.edges.length > 0) withEdges += 1
      expectSameAsScan(index, { bbox, relationshipType: ['partnership', 'funding'] })
    }
    expect(withEdges).toBeGreaterThanOrEqual(4)
    expectSameAsScan(index, {})
  })

  it('is the same on an index patched by a write that removes a tie and archives an actor', () => {
    const served = buildNetworkIndex(source, geography)
    const removed = served.relationshipsById[3]!
    const archived = served.relationshipsById[40]!.targetId
    const next = {
      ...source,
      dataVersion: 2,
      actors: source.actors.map((actor) =>
        actor.id === archived ? { ...actor, status: 'archived' as const } : actor,
      ),
      relationships: source.relationships.filter((relationship) => relationship.id !== removed.id),
    }
    const patched = buildNetworkIndex(next, geography, {
      patchOf: {
        parts: served.parts,
        source: served.source,
        changed: { actorIds: new Set([archived]), relationshipIds: new Set([removed.id]) },
      },
    })
    for (const id of [removed.sourceId, removed.targetId, archived]) {
      const actor = served.actorById(id)!
      if (!actor.location) continue
      const { lon, lat } = actor.location
      const body = expectSameAsScan(patched, {
        bbox: [lon - 0.05, lat - 0.05, lon + 0.05, lat + 0.05],
      })
      // The write shows: the removed tie and the archived actor are gone from the box.
      expect(body.edges.map((edge) => edge.id)).not.toContain(removed.id)
      expect(body.nodes.map((node) => node.id)).not.toContain(archived)
    }
  })
})
