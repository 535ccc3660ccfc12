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
   * the box. A view of a buffer the next call overwrites: read it before searching again.
   */
  positionsWithTopicsInBbox(topics: readonly Topic[], bbox: Bbox): Int32Array
}

interface TopicTree {
  tree: KDBush
  /** The actor's position for each of the tree's points, in the tree's sorted order (`tree.ids` applied). */
  positionsInTreeOrder: Int32Array
}

/** Whether point i of the tree lies in the box (its corners as numbers: no array read per point). */
const inBox = (
  coords: KDBush['coords'],
  i: number,
  minX: number,
  minY: number,
  maxX: number,
  maxY: number,
) =>
  coords[2 * i]! >= minX &&
  coords[2 * i]! <= maxX &&
  coords[2 * i + 1]! >= minY &&
  coords[2 * i + 1]! <= maxY

/**
 * kdbush's `range`, step for step over its public `ids`/`coords`/`nodeSize`, but writing the hits' positions
 * into `into` from `count` on and returning the new count: `range` allocates an array of point ids per call,
 * which a partner search then mapped to positions, one more array, for each topic. Skips an actor whose topic
 * mask has any of `skipTopics` (it was found in an earlier topic's tree). No closure: one made per call costs
 * an allocation and, under tsx, a `__name` call.
 */
function rangeInto(
  { tree, positionsInTreeOrder }: TopicTree,
  [minX, minY, maxX, maxY]: Bbox,
  topicBits: Uint32Array,
  skipTopics: number,
  into: Int32Array,
  count: number,
  stack: Int32Array,
): number {
  const { coords, nodeSize } = tree
  let found = count
  stack[0] = 0
  stack[1] = positionsInTreeOrder.length - 1
  stack[2] = 0
  let sp = 3
  while (sp > 0) {
    const axis = stack[--sp]!
    const right = stack[--sp]!
    const left = stack[--sp]!
    if (right - left <= nodeSize) {
      for (let i = left; i <= right; i++) {
        if (!inBox(coords, i, minX, minY, maxX, maxY)) continue
        const position = positionsInTreeOrder[i]!
        if ((topicBits[position]! & skipTopics) === 0) into[found++] = position
      }
      continue
    }
    const middle = (left + right) >> 1
    if (inBox(coords, middle, minX, minY, maxX, maxY)) {
      const position = positionsInTreeOrder[middle]!
      if ((topicBits[position]! & skipTopics) === 0) into[found++] = position
    }
    const x = coords[2 * middle]!
    const y = coords[2 * middle + 1]!
    if (axis === 0 ? minX <= x : minY <= y) {
      stack[sp++] = left
      stack[sp++] = middle - 1
      stack[sp++] = 1 - axis
    }
    if (axis === 0 ? maxX >= x : maxY >= y) {
      stack[sp++] = middle + 1
      stack[sp++] = right
      stack[sp++] = 1 - axis
    }
  }
  return found
}

/** `topicBits`: each actor's topics as a bit mask by position (PartnerColumns.topicBits). */
export function buildTopicSpatialIndex(
  actors: readonly Actor[],
  topicBits: Uint32Array,
): TopicSpatialIndex {
  const positionsByTopic = new Map<Topic, number[]>()
  let located = 0
  actors.forEach((actor, position) => {
    if (!actor.location) return
    located++
    for (const topic of actor.topics) {
      const list = positionsByTopic.get(topic)
      if (list) list.push(position)
      else positionsByTopic.set(topic, [position])
    }
  })
  const trees = new Map<Topic, TopicTree>()
  for (const [topic, positions] of positionsByTopic) {
    const tree = new KDBush(positions.length)
    for (const position of positions) {
      const { lon, lat } = actors[position]!.location!
      tree.add(lon, lat)
    }
    tree.finish()
    const positionsInTreeOrder = Int32Array.from(tree.ids, (id) => positions[id]!)
    trees.set(topic, { tree, positionsInTreeOrder })
  }
  // An actor is written once whatever the topics, so the located actors bound the hits. The stack: kdbush's own
  // fixed size (96), which its range walk of the same trees never outgrows.
  const hits = new Int32Array(located)
  const stack = new Int32Array(96)
  return {
    positionsWithTopicsInBbox(topics, bbox) {
      // An actor with two of the topics is in both trees: it is kept from the first, and skipped in a later
      // one by its topic mask. No sort and no set: each tree holds an actor once.
      let count = 0
      let earlierTopics = 0
      for (const topic of topics) {
        const bit = 1 << topicBit(topic)
        const entry = trees.get(topic)
        if (entry && (earlierTopics & bit) === 0) {
          count = rangeInto(entry, bbox, topicBits, earlierTopics, hits, count, stack)
        }
        earlierTopics |= bit
      }
      return hits.subarray(0, count)
    },
  }
}
