/**
 * Sampled betweenness, as served above `exactBetweennessUpTo` actors: the estimate must rank the brokers of a
 * clustered network close to the exact values, and the error it states must cover the error it makes. The graph
 * is the bench's kind (groups of 40, most ties inside), where a plain pivot sample overrates nodes near its pivots.
 */
import { generateDemoNetwork } from '@netzwerkatlas/data/demo'
import { describe, expect, it } from 'vitest'
import { maxStandardErrorOf, planBetweenness } from '../src/domain/analysis/analyse.ts'
import { normaliseBetweenness, runSources, sourceRange } from '../src/domain/analysis/brandes.ts'
import {
  allocateShared,
  buildCsrGraph,
  degreeOf,
  type CsrGraph,
} from '../src/domain/analysis/csr-graph.ts'
import { seededRandom } from '../src/domain/analysis/louvain.ts'
import type { ProjectedNetwork } from '../src/domain/analysis/projection.ts'
import {
  defaultAnalysisSettings,
  runAnalysis,
  sampledRunOptions,
} from '../src/index/analysis/run-analysis.ts'
import { createWorkerPool } from '../src/index/analysis/worker-pool.ts'
import { gazetteer } from './support/test-api.ts'

/** Seeded: `n` actors in groups of 40, 5 ties per actor, 80 % of them inside the group. */
function clusteredNetwork(n: number, seed: number): ProjectedNetwork {
  const random = seededRandom(seed)
  const sources: number[] = []
  const targets: number[] = []
  while (sources.length < n * 5) {
    const a = Math.floor(random() * n)
    const b =
      random() < 0.8
        ? Math.min(n - 1, a - (a % 40) + Math.floor(random() * 40))
        : Math.floor(random() * n)
    sources.push(a)
    targets.push(b)
  }
  return {
    ids: Array.from({ length: n }, (_, i) => String(i)),
    graph: buildCsrGraph(n, sources, targets, undefined, allocateShared),
    inDegree: new Int32Array(n),
    outDegree: new Int32Array(n),
  }
}

const ranked = (values: ArrayLike<number>) =>
  Array.from(values, (value, node) => ({ value, node }))
    .sort((a, b) => b.value - a.value || a.node - b.node)
    .map(({ node }) => node)

describe('sampled betweenness', () => {
  it('sums to the exact value over all sources, with or without linear scaling', () => {
    const network = clusteredNetwork(400, 3)
    const all = sourceRange(0, 400)
    const exact = runSources(network.graph, all).dependency
    const scaled = runSources(network.graph, all, { linearScaling: true }).dependency
    const worst = exact.reduce(
      (max, value, v) => Math.max(max, Math.abs(scaled[v]! - value) / Math.max(1, value)),
      0,
    )
    expect(worst).toBeLessThan(1e-9)
  })

  it('ranks the top brokers within 10 % of their exact values from a quarter of the actors', async () => {
    // Small, as the searches and the layout grow with n, yet clustered enough that a plain sample fails below.
    const n = 800
    const network = clusteredNetwork(n, 7)
    const exact = normaliseBetweenness(runSources(network.graph, sourceRange(0, n)).dependency, n)
    // The values are checked here, not the priority (analysis-priority.test.ts): at nice 19 the workers get
    // next to no CPU on a busy test machine.
    const pool = createWorkerPool(defaultAnalysisSettings.workers, { niceness: 0 })
    const { analysis } = await runAnalysis(network, pool, {
      ...defaultAnalysisSettings,
      exactBetweennessUpTo: 700,
      betweennessPivots: 200,
      niceness: 0,
    }).finally(() => pool.close())
    expect(analysis.betweennessEstimate).toMatchObject({ method: 'sampled', pivots: 200 })

    const exactTop = ranked(exact).slice(0, 20)
    const sampledTop = new Set(ranked(analysis.betweenness).slice(0, 20))
    const relativeErrors = exactTop.map(
      (v) => Math.abs(analysis.betweenness[v]! - exact[v]!) / exact[v]!,
    )
    const meanRelativeError = relativeErrors.reduce((sum, e) => sum + e, 0) / 20
    // A plain pivot sample (no linear scaling) misses these by 10.3 % on average and ranks 13 of the 20 with
    // this seed (seen); linearly scaled: 6.9 % and 16.
    expect(meanRelativeError).toBeLessThan(0.1)
    expect(exactTop.filter((v) => sampledTop.has(v)).length).toBeGreaterThanOrEqual(15)

    // The stated error: no actor's value is off by more than three times the largest standard error.
    const { maxStandardError } = analysis.betweennessEstimate
    expect(maxStandardError).toBeGreaterThan(0)
    const worst = exact.reduce(
      (max, value, v) => Math.max(max, Math.abs(analysis.betweenness[v]! - value)),
      0,
    )
    expect(worst).toBeLessThan(3 * maxStandardError)
  }, 300_000)
})

/** The demo generator's network at 5 ties per actor (as the bench's demo family), every actor a node. */
function demoGraph(actorCount: number): CsrGraph {
  const { actors, relationships } = generateDemoNetwork({
    actorCount,
    seed: 11,
    gazetteer,
    minimumRelationships: actorCount * 5,
  })
  const node = new Map(actors.map((actor, i) => [actor.id, i]))
  return buildCsrGraph(
    actors.length,
    relationships.map((r) => node.get(r.sourceId)!),
    relationships.map((r) => node.get(r.targetId)!),
  )
}

describe('pivot schemes', () => {
  it('degree-stratified: every degree gets its share of the pivots, the same ones for the same seed', () => {
    const graph = demoGraph(1_200)
    const n = graph.nodeCount
    const k = 120
    const plan = planBetweenness(graph, 0, k, 5, 'degree-stratified')
    expect(plan.method).toBe('sampled')
    expect(plan.sources).toEqual(planBetweenness(graph, 0, k, 5, 'degree-stratified').sources)
    expect(new Set(plan.sources).size).toBe(k)
    expect(plan.sources).not.toEqual(planBetweenness(graph, 0, k, 6, 'degree-stratified').sources)
    // A systematic sample over the nodes sorted by degree: up to any degree, the pivots are within one of
    // the proportional share (a uniform sample of 120 misses it by ±5 typically).
    const degrees = Array.from({ length: n }, (_, v) => degreeOf(graph, v))
    const pivotDegrees = Array.from(plan.sources, (v) => degrees[v]!)
    for (const d of new Set(degrees)) {
      const nodesUpTo = degrees.filter((x) => x <= d).length
      const pivotsUpTo = pivotDegrees.filter((x) => x <= d).length
      expect(Math.abs(pivotsUpTo - (k * nodesUpTo) / n)).toBeLessThanOrEqual(1)
    }
  })

  it('served (uniform): the stated error covers the error made, seed after seed, on the demo shape', () => {
    // The demo shape's hubs make the per-pivot dependencies heavy-tailed: the case where a sample's own
    // variance is most likely to understate its error.
    const graph = demoGraph(1_500)
    const n = graph.nodeCount
    const k = 150
    const exact = normaliseBetweenness(runSources(graph, sourceRange(0, n)).dependency, n)
    const squaredErrors = new Float64Array(n)
    let statedSum = 0
    // Enough seeds that each actor's spread is known to ±11 %: the largest of 1,500 spreads from a few seeds
    // would be inflated by chance alone.
    const seeds = 40
    for (let seed = 1; seed <= seeds; seed++) {
      const { sources } = planBetweenness(graph, 0, k, seed)
      const run = runSources(graph, sources, sampledRunOptions)
      const estimate = normaliseBetweenness(run.dependency, n, k)
      const stated = maxStandardErrorOf(
        { dependency: run.dependency, squares: run.dependencySquares! },
        n,
        k,
      )
      statedSum += stated
      let worst = 0
      for (let v = 0; v < n; v++) {
        const error = estimate[v]! - exact[v]!
        worst = Math.max(worst, Math.abs(error))
        squaredErrors[v]! += error * error
      }
      // Seen: at most 1.9× with these seeds.
      expect(worst).toBeLessThan(3 * stated)
    }
    // The largest actual standard error (each actor's root mean square error over the seeds) is within the
    // stated one on average (seen: 0.87 of it; the degree-stratified scheme's 0.97).
    const largestRms = squaredErrors.reduce((max, sq) => Math.max(max, Math.sqrt(sq / seeds)), 0)
    expect(largestRms).toBeLessThan(statedSum / seeds)
  })
})
