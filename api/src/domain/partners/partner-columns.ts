/**
 * What the partner score reads of each actor, as typed arrays by name-order position: a search at 100k actors
 * scores thousands of candidates, and reading numbers from arrays costs a fraction of following each actor's
 * object (its topics, offers and needs arrays, its provenance). Built once per index, on the first partner query.
 */
import { actorTypes, offersNeeds, topics, type Actor } from '@netzwerkatlas/shared'

export interface PartnerColumns {
  /** NaN where the actor has no location. */
  lon: Float64Array
  lat: Float64Array
  /**
   * cos(lat) as haversineKm computes it (shared/geo/distance.ts): the one trigonometric term of a candidate's
   * distance that does not depend on the centre, so a search takes it from here instead of per candidate.
   */
  cosLat: Float64Array
  /** Bit `topicBit(topic)` is set if the actor works on the topic. */
  topicBits: Uint32Array
  /** Bit `offerNeedBit(item)` is set if the actor offers (needs) it. */
  offerBits: Uint32Array
  needBits: Uint32Array
  /** `actorTypes.ids` index of the actor's type. */
  typeCode: Uint8Array
  /** Date.parse of provenance.lastVerified; NaN if never verified. */
  verifiedMs: Float64Array
  positionOf: ReadonlyMap<string, number>
  /**
   * Each actor's partners as positions, in one array (compressed sparse rows): those of the actor at position
   * p are `neighbours[neighbourStart[p]]` up to `neighbours[neighbourStart[p + 1]]`, ascending, each once, the
   * actor itself left out. Shared partners of a search from my organisation are counted on these, by binary
   * search, instead of walking relationship objects by id and collecting them in a Set per candidate.
   */
  neighbourStart: Int32Array
  neighbours: Int32Array
}

/** Both ends of each relationship as name-order positions (relationship-ends.ts); -1: no public actor. */
export interface RelationshipEnds {
  sourcePositions: Int32Array
  targetPositions: Int32Array
}

const bitsOf = <Id extends string>(ids: readonly Id[]) =>
  new Map(ids.map((id, bit) => [id, bit] as const))
const TOPIC_BITS = bitsOf(topics.ids)
const OFFER_NEED_BITS = bitsOf(offersNeeds.ids)
const TYPE_CODES = bitsOf(actorTypes.ids)

export const topicBit = (topic: Actor['topics'][number]) => TOPIC_BITS.get(topic)!
export const offerNeedBit = (item: Actor['offers'][number]) => OFFER_NEED_BITS.get(item)!
export const actorTypeCode = (type: Actor['type']) => TYPE_CODES.get(type)!

function maskOf<Id extends string>(items: readonly Id[], bits: ReadonlyMap<Id, number>): number {
  let mask = 0
  for (const item of items) mask |= 1 << bits.get(item)!
  return mask >>> 0
}

/** The partners of every actor (PartnerColumns.neighbours): a tie counted once however often it is recorded. */
function neighbourRows(count: number, { sourcePositions, targetPositions }: RelationshipEnds) {
  const degree = new Int32Array(count + 1)
  const isTie = (i: number) =>
    sourcePositions[i]! >= 0 &&
    targetPositions[i]! >= 0 &&
    sourcePositions[i] !== targetPositions[i]
  for (let i = 0; i < sourcePositions.length; i++) {
    if (!isTie(i)) continue
    degree[sourcePositions[i]!]!++
    degree[targetPositions[i]!]!++
  }
  const start = new Int32Array(count + 1)
  for (let p = 0; p < count; p++) start[p + 1] = start[p]! + degree[p]!
  const filled = start.slice(0, count)
  const all = new Int32Array(start[count]!)
  for (let i = 0; i < sourcePositions.length; i++) {
    if (!isTie(i)) continue
    all[filled[sourcePositions[i]!]!++] = targetPositions[i]!
    all[filled[targetPositions[i]!]!++] = sourcePositions[i]!
  }
  // Each row sorted, a partner recorded twice kept once.
  const neighbourStart = new Int32Array(count + 1)
  const neighbours = new Int32Array(all.length)
  let kept = 0
  for (let p = 0; p < count; p++) {
    const row = all.subarray(start[p], start[p + 1]).sort()
    neighbourStart[p] = kept
    for (let i = 0; i < row.length; i++) {
      if (i === 0 || row[i] !== row[i - 1]) neighbours[kept++] = row[i]!
    }
  }
  neighbourStart[count] = kept
  return { neighbourStart, neighbours: neighbours.slice(0, kept) }
}

export function buildPartnerColumns(
  actorsInNameOrder: readonly Actor[],
  ends: RelationshipEnds,
): PartnerColumns {
  const count = actorsInNameOrder.length
  const columns = {
    lon: new Float64Array(count),
    lat: new Float64Array(count),
    cosLat: new Float64Array(count),
    topicBits: new Uint32Array(count),
    offerBits: new Uint32Array(count),
    needBits: new Uint32Array(count),
    typeCode: new Uint8Array(count),
    verifiedMs: new Float64Array(count),
    positionOf: new Map<string, number>(),
    ...neighbourRows(count, ends),
  }
  actorsInNameOrder.forEach((actor, position) => {
    columns.lon[position] = actor.location?.lon ?? NaN
    const lat = actor.location?.lat ?? NaN
    columns.lat[position] = lat
    columns.cosLat[position] = Math.cos((lat * Math.PI) / 180)
    columns.topicBits[position] = maskOf(actor.topics, TOPIC_BITS)
    columns.offerBits[position] = maskOf(actor.offers, OFFER_NEED_BITS)
    columns.needBits[position] = maskOf(actor.needs, OFFER_NEED_BITS)
    columns.typeCode[position] = TYPE_CODES.get(actor.type)!
    const lastVerified = actor.provenance.lastVerified
    columns.verifiedMs[position] = lastVerified ? Date.parse(lastVerified) : NaN
    columns.positionOf.set(actor.id, position)
  })
  return columns
}
