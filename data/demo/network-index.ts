/**
 * Candidate lists for tie generation, by district, by district and topic, and by municipality. Picking a
 * partner from a list keeps the generator linear: there is never a loop over all pairs of actors.
 */
import type { Topic } from '@netzwerkatlas/shared'
import type { DemoActor } from './actors.ts'

export interface NetworkIndex {
  actors: readonly DemoActor[]
  /** Organisations and projects (events only get hosts and participants), by home district. */
  partnersByDistrict: ReadonlyMap<string, readonly DemoActor[]>
  /** The same, by home district and then topic. */
  partnersByTopic: ReadonlyMap<string, ReadonlyMap<Topic, readonly DemoActor[]>>
  /** Organisations with a place (hosts and hubs need one), by district and by municipality. */
  organisationsByDistrict: ReadonlyMap<string, readonly DemoActor[]>
  organisationsByMunicipality: ReadonlyMap<string, readonly DemoActor[]>
}

function append<K, T>(map: Map<K, T[]>, key: K, item: T) {
  const list = map.get(key)
  if (list) list.push(item)
  else map.set(key, [item])
}

export function indexNetwork(actors: readonly DemoActor[]): NetworkIndex {
  const partnersByDistrict = new Map<string, DemoActor[]>()
  const partnersByTopic = new Map<string, Map<Topic, DemoActor[]>>()
  const organisationsByDistrict = new Map<string, DemoActor[]>()
  const organisationsByMunicipality = new Map<string, DemoActor[]>()
  for (const actor of actors) {
    const { kind, topics, municipalityAgs } = actor.record
    if (kind === 'event') continue
    append(partnersByDistrict, actor.homeDistrictAgs, actor)
    let byTopic = partnersByTopic.get(actor.homeDistrictAgs)
    if (!byTopic)
      partnersByTopic.set(actor.homeDistrictAgs, (byTopic = new Map<Topic, DemoActor[]>()))
    for (const topic of topics) append(byTopic, topic, actor)
    if (kind !== 'organisation' || !municipalityAgs) continue
    append(organisationsByDistrict, actor.homeDistrictAgs, actor)
    append(organisationsByMunicipality, municipalityAgs, actor)
  }
  return {
    actors,
    partnersByDistrict,
    partnersByTopic,
    organisationsByDistrict,
    organisationsByMunicipality,
  }
}
