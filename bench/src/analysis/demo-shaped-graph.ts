/**
 * The analysis bench's second graph family: the demo generator's network (districts, types, hubs, brokers,
 * events, everyday ties partly drawn by degree: the default network's heavy-tailed shape) at the bench's sizes.
 * The generator gives ≈ 2.5 ties per actor; the sizes name 5, so its everyday pass is repeated until there are
 * enough (hubs, brokers and events stay as the generator makes them) and the surplus of the last pass is
 * dropped at random (seeded), so the relationship count is exactly the size's.
 */
import { generateDemoNetwork } from '../../../data/demo/index.ts'
import { loadGazetteer } from '../../../data/geo/index.ts'
import type { SyntheticGraph } from './synthetic-graph.ts'
import { seededRandom } from '../../../api/src/domain/analysis/louvain.ts'

const GEO_DIR =
  process.env.GEO_DIR ?? new URL('../../../../shared/data/geo', import.meta.url).pathname
const TODAY = '2026-11-25'

/** "demo-000001" → 0: demo ids are the generation index plus one, zero-padded. */
const indexOfDemoId = (id: string) => Number(id.slice('demo-'.length)) - 1

export function demoShapedGraph(nodes: number, edges: number, seed = 20_211_008): SyntheticGraph {
  const { relationships } = generateDemoNetwork({
    actorCount: nodes,
    seed,
    gazetteer: loadGazetteer(GEO_DIR),
    today: TODAY,
    minimumRelationships: edges,
  })
  if (relationships.length < edges) {
    throw new Error(`the demo generator made ${relationships.length} ties, fewer than ${edges}`)
  }
  // Keep `edges` of them, a seeded uniform choice (partial Fisher–Yates), then back in generation order.
  const random = seededRandom(seed)
  const order = Int32Array.from(relationships, (_, i) => i)
  for (let i = 0; i < edges; i++) {
    const j = i + Math.floor(random() * (order.length - i))
    ;[order[i], order[j]] = [order[j]!, order[i]!]
  }
  const kept = order.slice(0, edges).sort()
  const sources = new Int32Array(edges)
  const targets = new Int32Array(edges)
  kept.forEach((tie, i) => {
    sources[i] = indexOfDemoId(relationships[tie]!.sourceId)
    targets[i] = indexOfDemoId(relationships[tie]!.targetId)
  })
  return { nodes, sources, targets }
}
