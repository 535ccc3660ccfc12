/**
 * One kdbush per topic over the located actors that work on it, for the partner finder: a search for "housing,
 * seniors" within 30 km reads only those actors in the box, not everyone there. Built on first use (a partner
 * query): about 2.5 points per actor.
 */
import type { Actor, Bbox, Topic } from '@netzwerkatlas/shared'
import KDBush from 'kdbush'

export interface TopicSpatialIndex {
  /** Positions (name order, ascending, each once) of located actors with any of the topics inside the box. */
  positionsWithTopicsInBbox(topics: readonly Topic[], bbox: Bbox): readonly number[]
}

export function buildTopicSpatialIndex(actors: readonly Actor[]): TopicSpatialIndex {
  const positionsByTopic = new Map<Topic, number[]>()
  actors.forEach((actor, position) => {
    if (!actor.location) return
    for (const topic of actor.topics) {
      const list = positionsByTopic.get(topic)
      if (list) list.push(position)
      else positionsByTopic.set(topic, [position])
    }
  })
  const trees = new Map<Topic, { tree: KDBush; positions: number[] }>()
  for (const [topic, positions] of positionsByTopic) {
    const tree = new KDBush(positions.length)
    for (const position of positions) {
      const { lon, lat } = actors[position]!.location!
      tree.add(lon, lat)
    }
    tree.finish()
    trees.set(topic, { tree, positions })
  }
  return {
    positionsWithTopicsInBbox(topics, [minLon, minLat, maxLon, maxLat]) {
      const found: number[] = []
      for (const topic of new Set(topics)) {
        const entry = trees.get(topic)
        if (!entry) continue
        for (const id of entry.tree.range(minLon, minLat, maxLon, maxLat)) {
          found.push(entry.positions[id]!)
        }
      }
      // An actor with two of the topics is found twice: sort (typed, no comparator) and keep each once.
      const sorted = Uint32Array.from(found).sort()
      const unique: number[] = []
      for (let i = 0; i < sorted.length; i++) {
        if (i === 0 || sorted[i] !== sorted[i - 1]) unique.push(sorted[i]!)
      }
      return unique
    },
  }
}
