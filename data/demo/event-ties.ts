/**
 * Events: exactly one host (an organisation in the event's municipality, else its district) and a
 * handful of participants, all tied on the event's days and only if they existed by then.
 */
import type { DemoActor } from './actors.ts'
import { toDay } from './calendar.ts'
import { WEAKLY_CONNECTED_DISTRICTS } from './district-profiles.ts'
import type { NetworkIndex } from './network-index.ts'
import { openNeighbours, pickPartner } from './partners.ts'
import type { Random } from './random.ts'
import type { TieWriter } from './tie-writer.ts'

function pickExisting(pool: readonly DemoActor[] | undefined, day: number, random: Random) {
  if (!pool || pool.length === 0) return undefined
  for (let attempt = 0; attempt < 8; attempt++) {
    const candidate = random.pick(pool)
    if (candidate.activeFromDay <= day) return candidate
  }
  return pool.find((candidate) => candidate.activeFromDay <= day)
}

function pickHost(index: NetworkIndex, event: DemoActor, random: Random): DemoActor | undefined {
  const { municipalityAgs } = event.record
  const local = municipalityAgs ? index.organisationsByMunicipality.get(municipalityAgs) : undefined
  const district = index.organisationsByDistrict.get(event.homeDistrictAgs)
  // WARNING: with very few actors a district may have no organisation old enough; then any will do.
  return (
    pickExisting(local, event.activeFromDay, random) ??
    pickExisting(district, event.activeFromDay, random) ??
    district?.[0] ??
    index.actors.find(
      (actor) => actor.record.kind === 'organisation' && actor.record.municipalityAgs,
    )
  )
}

export function addEventTies(index: NetworkIndex, writer: TieWriter, random: Random) {
  for (const event of index.actors) {
    if (event.record.kind !== 'event') continue
    const day = event.activeFromDay
    const lastDay = event.record.endDate ? toDay(event.record.endDate) : day
    const span = { sinceDay: day, untilDay: lastDay }
    const host = pickHost(index, event, random)
    if (host) writer.add(host, event, 'hosts', span)

    const wanted = random.int(2, 10)
    // Events in the weak districts draw only local participants: those districts stay apart.
    const neighbours = WEAKLY_CONNECTED_DISTRICTS.has(event.homeDistrictAgs)
      ? []
      : openNeighbours(event.homeDistrictAgs)
    for (let attempt = 0, added = 0; attempt < wanted * 2 && added < wanted; attempt++) {
      const districtAgs =
        neighbours.length > 0 && random.chance(0.3)
          ? random.pick(neighbours)
          : event.homeDistrictAgs
      const participant = pickPartner(index, writer, event, districtAgs, random)
      if (participant && participant.activeFromDay <= day) {
        if (writer.add(participant, event, 'participation', span)) added++
      }
    }
  }
}
