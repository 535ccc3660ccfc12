/**
 * Hubs: networks, funders and welfare umbrella organisations with many ties (30–80 at 1,500 actors,
 * growing with the square root of the network's size). Hubs in the three cities work statewide.
 */
import type { ActorType } from '@netzwerkatlas/shared'
import type { DemoActor } from './actors.ts'
import { CITY_DISTRICTS, WEAKLY_CONNECTED_DISTRICTS } from './district-profiles.ts'
import type { NetworkIndex } from './network-index.ts'
import { drawFarDistrict, openNeighbours, pickPartner } from './partners.ts'
import type { Random } from './random.ts'
import type { ChosenTie } from './tie-types.ts'
import type { TieWriter } from './tie-writer.ts'

/** Hubs are picked in this rotation: first a network, then a welfare umbrella, then a funder, … */
const HUB_TYPES: readonly ActorType[] = ['network', 'welfare_org', 'funder']
/** Scale reference: hubs have 30–80 ties at this many actors. */
const REFERENCE_SIZE = 1500
/** A hub reaches at most this share of its district's organisations and projects. */
const MAX_DISTRICT_SHARE = 0.6

function chooseHubs(pool: readonly DemoActor[], count: number, random: Random): DemoActor[] {
  const byType = HUB_TYPES.map((type) => random.shuffle(pool.filter((a) => a.record.type === type)))
  const others = random.shuffle(pool.filter((actor) => !HUB_TYPES.includes(actor.record.type)))
  const hubs: DemoActor[] = []
  for (let rank = 0; hubs.length < count && rank < count * HUB_TYPES.length; rank++) {
    const hub = byType[rank % HUB_TYPES.length]?.pop()
    if (hub) hubs.push(hub)
  }
  // Small districts may lack enough networks, umbrellas and funders: any organisation can step in.
  while (hubs.length < count && others.length > 0) hubs.push(others.pop()!)
  return hubs
}

function hubTie(hub: DemoActor, partner: DemoActor, random: Random): ChosenTie {
  const [hubType, partnerType] = [hub.record.type, partner.record.type]
  if (hubType === 'network' || (hubType === 'welfare_org' && random.chance(0.6))) {
    return { source: partner, target: hub, type: 'membership' }
  }
  if (hubType === 'funder' && partnerType !== 'funder') {
    return { source: hub, target: partner, type: 'funding' }
  }
  return { source: hub, target: partner, type: 'partnership' }
}

function drawHubDistrict(home: string, isStatewide: boolean, random: Random): string {
  if (isStatewide) return random.chance(0.5) ? home : drawFarDistrict(home, random)
  const neighbours = openNeighbours(home)
  const staysHome = WEAKLY_CONNECTED_DISTRICTS.has(home) || neighbours.length === 0
  return staysHome || random.chance(0.9) ? home : random.pick(neighbours)
}

/** Adds the hubs' ties and returns the hubs. */
export function addHubTies(index: NetworkIndex, writer: TieWriter, random: Random): Set<DemoActor> {
  const partnerCount = index.actors.filter((actor) => actor.record.kind !== 'event').length
  const hubCount = Math.round(0.5 * Math.sqrt(partnerCount))
  const scale = Math.sqrt(partnerCount / REFERENCE_SIZE)
  const hubs = new Set<DemoActor>()

  for (const [districtAgs, organisations] of index.organisationsByDistrict) {
    const districtSize = index.partnersByDistrict.get(districtAgs)?.length ?? 0
    const count = Math.max(1, Math.round((hubCount * districtSize) / partnerCount))
    chooseHubs(organisations, count, random).forEach((hub, rank) => {
      hubs.add(hub)
      const isStatewide = CITY_DISTRICTS.has(districtAgs) && rank % 2 === 0
      const wanted = Math.min(
        Math.round(random.int(30, 80) * scale),
        isStatewide ? Infinity : Math.floor(MAX_DISTRICT_SHARE * districtSize),
      )
      for (let attempt = 0, added = 0; attempt < wanted * 2 && added < wanted; attempt++) {
        const partnerDistrict = drawHubDistrict(districtAgs, isStatewide, random)
        const partner = pickPartner(index, writer, hub, partnerDistrict, random, 0.6)
        if (!partner) continue
        const tie = hubTie(hub, partner, random)
        if (writer.add(tie.source, tie.target, tie.type)) added++
      }
    })
  }
  return hubs
}
