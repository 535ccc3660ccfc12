/**
 * The analysis's projection (domain/analysis/projection.ts) of one index, without holding the request thread:
 * built in one piece it took 90–150 ms at 10k actors and 1.1–1.7 s at 100k, once per data version, and every read
 * that came meanwhile waited (ADR 0015, session 10). Here the request thread only does what needs the records, in
 * slices between requests (work-in-slices.ts), and reuses what the index already holds: the actors in id order
 * (the public view) and each relationship's ends as name-order positions (typed arrays), so the ends cost one
 * integer lookup each instead of two string hashes. The graph itself (pairs merged, rows sorted: most of the
 * cost) is built by an analysis worker into SharedArrayBuffers (worker-tasks.ts `graph`).
 *
 * The result is the very network `projectNetwork(index.actorsInNameOrder, index.relationshipsById)` gives
 * (index-projection.test.ts checks it).
 */
import type { ProjectedNetwork } from '../../domain/analysis/projection.ts'
import { eachInSlices, type Steps } from '../../domain/work-in-slices.ts'
import type { NetworkIndex } from '../network-index.ts'
import type { WorkerPool } from './worker-pool.ts'

/** The ends and weights of every tie as node numbers (id order), ready for the worker's graph build. */
export interface ProjectedTies {
  ids: string[]
  /** Node of each actor id: the analysis keeps it for its lookups. */
  nodeOf: Map<string, number>
  sources: Int32Array
  targets: Int32Array
  weights: Float64Array
  inDegree: Int32Array
  outDegree: Int32Array
}

/** The public actors' ids in ascending order: the view keeps them so; sorted only if it ever did not. */
function* idsInOrder(index: Pick<NetworkIndex, 'parts'>): Steps<string[]> {
  const ids: string[] = []
  let isSorted = true
  yield* eachInSlices(index.parts.view.actors, (actor, at) => {
    if (at > 0 && ids[at - 1]! >= actor.id) isSorted = false
    ids.push(actor.id)
  })
  return isSorted ? ids : ids.sort()
}

export function* projectedTiesSteps(
  index: Pick<
    NetworkIndex,
    'parts' | 'actorsInNameOrder' | 'relationshipsById' | 'sourcePositions' | 'targetPositions'
  >,
): Steps<ProjectedTies> {
  const ids = yield* idsInOrder(index)
  const nodeOf = new Map<string, number>()
  yield* eachInSlices(ids, (id, node) => nodeOf.set(id, node))
  const nodeOfPosition = new Int32Array(index.actorsInNameOrder.length)
  yield* eachInSlices(index.actorsInNameOrder, (actor, position) => {
    nodeOfPosition[position] = nodeOf.get(actor.id) ?? -1
  })
  const relationships = index.relationshipsById
  const sources = new Int32Array(relationships.length)
  const targets = new Int32Array(relationships.length)
  const weights = new Float64Array(relationships.length)
  const inDegree = new Int32Array(ids.length)
  const outDegree = new Int32Array(ids.length)
  let kept = 0
  yield* eachInSlices(relationships, (relationship, at) => {
    const sourcePosition = index.sourcePositions[at]!
    const targetPosition = index.targetPositions[at]!
    // An end that is not public (-1) leaves the tie out, as projectNetwork does; the public view keeps none.
    if (sourcePosition < 0 || targetPosition < 0) return
    const source = nodeOfPosition[sourcePosition]!
    const target = nodeOfPosition[targetPosition]!
    if (source < 0 || target < 0) return
    sources[kept] = source
    targets[kept] = target
    weights[kept] = relationship.weight
    kept += 1
    if (relationship.directed) {
      outDegree[source]! += 1
      inDegree[target]! += 1
    }
  })
  return {
    ids,
    nodeOf,
    sources: sources.subarray(0, kept),
    targets: targets.subarray(0, kept),
    weights: weights.subarray(0, kept),
    inDegree,
    outDegree,
  }
}

/** The projected network of these ties, its graph built on one of the pool's workers (shared memory). */
export async function projectedNetworkOnWorker(
  ties: ProjectedTies,
  pool: WorkerPool,
): Promise<ProjectedNetwork> {
  const [answer] = await pool.run([
    {
      kind: 'graph',
      nodeCount: ties.ids.length,
      sources: ties.sources,
      targets: ties.targets,
      weights: ties.weights,
    },
  ])
  if (answer?.kind !== 'graph') throw new Error('the analysis worker did not build the graph')
  return {
    ids: ties.ids,
    graph: answer.graph,
    inDegree: ties.inDegree,
    outDegree: ties.outDegree,
  }
}
