/**
 * Where an actor finds partners: mostly in its own district and on a shared topic, sometimes next door,
 * rarely far away. The weakly connected districts keep to themselves and are seldom chosen from outside.
 */
import type { DemoActor } from './actors.ts'
import { DISTRICT_PROFILES, WEAKLY_CONNECTED_DISTRICTS } from './district-profiles.ts'
import type { NetworkIndex } from './network-index.ts'
import type { Random } from './random.ts'
import type { TieWriter } from './tie-writer.ts'

const OPEN_DISTRICTS = Object.keys(DISTRICT_PROFILES).filter(
  (d) => !WEAKLY_CONNECTED_DISTRICTS.has(d),
)

/** Neighbours an actor from outside may reach: the weak districts only reach out themselves. */
export function openNeighbours(districtAgs: string): readonly string[] {
  const neighbours = DISTRICT_PROFILES[districtAgs]?.neighbours ?? []
  return WEAKLY_CONNECTED_DISTRICTS.has(districtAgs)
    ? neighbours
    : neighbours.filter((d) => !WEAKLY_CONNECTED_DISTRICTS.has(d))
}

/** Any open district other than `districtAgs`. */
export function drawFarDistrict(districtAgs: string, random: Random): string {
  const others = OPEN_DISTRICTS.filter((d) => d !== districtAgs)
  return others.length > 0 ? random.pick(others) : districtAgs
}

/** Home 75 %, a neighbour 18 %, anywhere 7 %; from a weak district: home 97 %, neighbour 2.5 %. */
export function drawPartnerDistrict(home: string, random: Random): string {
  const [stayHome, nextDoor] = WEAKLY_CONNECTED_DISTRICTS.has(home) ? [0.97, 0.995] : [0.75, 0.93]
  const roll = random.next()
  if (roll < stayHome) return home
  if (roll < nextDoor) {
    const neighbours = openNeighbours(home)
    return neighbours.length > 0 ? random.pick(neighbours) : home
  }
  return drawFarDistrict(home, random)
}

/**
 * A partner for `actor` in `districtAgs` it has no tie with yet: with probability `topicShare` one who
 * shares a topic, else anyone there. Null after a few failed draws (small or saturated districts).
 */
export function pickPartner(
  index: NetworkIndex,
  writer: TieWriter,
  actor: DemoActor,
  districtAgs: string,
  random: Random,
  topicShare = 0.85,
): DemoActor | null {
  const topics = actor.record.topics
  for (let attempt = 0; attempt < 4; attempt++) {
    const topic = topics.length > 0 && random.chance(topicShare) ? random.pick(topics) : null
    const pool =
      (topic && index.partnersByTopic.get(districtAgs)?.get(topic)) ||
      index.partnersByDistrict.get(districtAgs)
    if (!pool || pool.length === 0) return null
    const candidate = random.pick(pool)
    if (candidate !== actor && !writer.hasTie(actor, candidate)) return candidate
  }
  return null
}

/** A partner drawn in proportion to its number of ties in the district (preferential attachment). */
export function pickPopularPartner(
  writer: TieWriter,
  actor: DemoActor,
  districtAgs: string,
  random: Random,
): DemoActor | null {
  const endpoints = writer.endpointsIn(districtAgs)
  if (endpoints.length === 0) return null
  const candidate = random.pick(endpoints)
  const isFree = candidate !== actor && !writer.hasTie(actor, candidate)
  return isFree && candidate.record.kind !== 'event' ? candidate : null
}
