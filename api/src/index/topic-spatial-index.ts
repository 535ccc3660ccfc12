/**
 * One kdbush per topic over the located actors that work on it, for the partner finder: a search for "housing,
 * seniors" within 30 km reads only those actors in the box, not everyone there. Built on first use (a partner
 * query): about 2.5 points per actor.
 */
import type { Actor, Bbox, Topic } from '@netzwerkatlas/shared'
import KDBush from 'kdbush'
import { topicBit } from '../domain/partners/partner-columns.ts'

export interface TopicSpatialIndex {
  /**
   * Positions (name order, each once, in no particular order) of located actors with any of the topics inside
   * the box.
   */
  positionsWithTopicsInBbox(topics: readonly Topic[], bbox: Bbox): readonly number[]
}

/** `topicBits`: each actor's topics as a bit mask by position (PartnerColumns.topicBits). */
export function buildTopicSpatialIndex(
  actors: readonly Actor[],
  topicBits: Uint32Array,
): TopicSpatialIndex {
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
      // An actor with two of the topics is in both trees: it is kept from the first, and skipped in a later
      // one by its topic mask. No sort and no set: each tree holds an actor once.
      let earlierTopics = 0
      for (const topic of topics) {
        const bit = 1 << topicBit(topic)
        const entry = trees.get(topic)
        if (entry && (earlierTopics & bit) === 0) {
          for (const id of entry.tree.range(minLon, minLat, maxLon, maxLat)) {
            const position = entry.positions[id]!
            if ((topicBits[position]! & earlierTopics) === 0) found.push(position)
          }
        }
        earlierTopics |= bit
      }
      return found
    },
  }
}
