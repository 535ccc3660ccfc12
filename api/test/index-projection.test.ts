/**
 * The analysis projects each index off the request thread (index-projection.ts): the ties from the index's
 * name-order positions in slices, the graph on a worker. Every metric, community and layout is computed from that
 * network, so it must be exactly the one `projectNetwork` makes of the same index, also of a patched index
 * (a write's), and reads must get turns while it is made.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { projectNetwork, type ProjectedNetwork } from '../src/domain/analysis/projection.ts'
import { runBetweenRequests } from '../src/domain/work-in-slices.ts'
import { geographyOf } from '../src/geography.ts'
import {
  projectedNetworkOnWorker,
  projectedTiesSteps,
} from '../src/index/analysis/index-projection.ts'
import { createWorkerPool } from '../src/index/analysis/worker-pool.ts'
import { buildNetworkIndex, type NetworkIndex } from '../src/index/network-index.ts'
import { demoIndexSource } from './support/demo-index-source.ts'
import { gazetteer } from './support/test-api.ts'

const source = demoIndexSource({ actorCount: 5_000, seed: 3, databaseId: 'projection-test' })
const { actors, relationships } = source
const geography = geographyOf(gazetteer)
const pool = createWorkerPool(1, { niceness: 0 })
afterAll(() => pool.close())

const plain = (network: ProjectedNetwork) => ({
  ids: network.ids,
  nodeCount: network.graph.nodeCount,
  offsets: [...network.graph.offsets],
  neighbours: [...network.graph.neighbours],
  weights: [...network.graph.weights],
  inDegree: [...network.inDegree],
  outDegree: [...network.outDegree],
})

async function expectSameAsProjectNetwork(index: NetworkIndex) {
  const ties = await runBetweenRequests(projectedTiesSteps(index))
  const network = await projectedNetworkOnWorker(ties, pool)
  expect(plain(network)).toEqual(
    plain(projectNetwork(index.actorsInNameOrder, index.relationshipsById)),
  )
  expect([...ties.nodeOf]).toEqual(network.ids.map((id, node) => [id, node]))
  // Shared, so the other workers read the same copy.
  expect(network.graph.neighbours.buffer).toBeInstanceOf(SharedArrayBuffer)
}

describe('the analysis projection of an index', () => {
  it('is the network projectNetwork makes, and lets readers in while the ties are read', async () => {
    const index = buildNetworkIndex(source, geography)
    let turns = 0
    let isProjecting = true
    const read = () => {
      if (!isProjecting) return
      turns += 1
      setImmediate(read)
    }
    setImmediate(read)
    await runBetweenRequests(projectedTiesSteps(index))
    isProjecting = false
    // One turn per 2,000 records at least in the loops over actors (three) and relationships (one).
    const perSlice = 2_000
    expect(turns).toBeGreaterThanOrEqual(
      Math.floor(index.actorsInNameOrder.length / perSlice) * 3 +
        Math.floor(index.relationshipsById.length / perSlice),
    )
    await expectSameAsProjectNetwork(index)
  }, 60_000)

  it('is the same for an index patched by a write: an actor archived, one renamed, a tie removed', async () => {
    const served = buildNetworkIndex(source, geography)
    const archived = served.relationshipsById[0]!.sourceId
    const renamed = served.actorsInNameOrder[10]!.id
    const removedTie = served.relationshipsById[5]!
    const next = {
      ...source,
      dataVersion: 2,
      actors: actors.map((actor) =>
        actor.id === archived
          ? { ...actor, status: 'archived' as const }
          : actor.id === renamed
            ? { ...actor, name: 'AAA zuerst' }
            : actor,
      ),
      relationships: relationships.filter((relationship) => relationship.id !== removedTie.id),
    }
    const patched = buildNetworkIndex(next, geography, {
      patchOf: {
        parts: served.parts,
        source: served.source,
        changed: {
          actorIds: new Set([archived, renamed]),
          relationshipIds: new Set([removedTie.id]),
        },
      },
    })
    expect(patched.actorById(archived)).toBeUndefined()
    expect(patched.actorsInNameOrder[0]!.id).toBe(renamed)
    await expectSameAsProjectNetwork(patched)
  }, 60_000)
})
