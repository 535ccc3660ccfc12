/**
 * Sampled betweenness, as served above `exactBetweennessUpTo` actors: the estimate must rank the brokers of a
 * clustered network close to the exact values, and the error it states must cover the error it makes. The graph
 * is the bench's kind (groups of 40, most ties inside), where a plain pivot sample overrates nodes near its pivots.
 */
import { describe, expect, it } from 'vitest'
import { normaliseBetweenness, runSources, sourceRange } from '../src/domain/analysis/brandes.ts'
import { allocateShared, buildCsrGraph } from '../src/domain/analysis/csr-graph.ts'
import { seededRandom } from '../src/domain/analysis/louvain.ts'
import type { ProjectedNetwork } from '../src/domain/analysis/projection.ts'
import { defaultAnalysisSettings, runAnalysis } from '../src/index/analysis/run-analysis.ts'
import { createWorkerPool } from '../src/index/analysis/worker-pool.ts'

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
