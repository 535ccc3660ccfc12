/**
 * The demo actors: each gets a district (by population), a municipality and a fictional point, a kind,
 * type and topics, offers and needs, dates, a unique "Demo-" name and a description.
 */
import type { Address, NewActor } from '@netzwerkatlas/shared'
import type { Gazetteer, Municipality } from '../geo/gazetteer.ts'
import { drawActorDates } from './actor-dates.ts'
import { drawKind, drawTopics, drawType } from './actor-traits.ts'
import { yearOfDay } from './calendar.ts'
import { DEMO_PROVENANCE, demoActorId } from './demo-dataset.ts'
import { describeActor } from './descriptions.ts'
import { STREETS } from './name-words.ts'
import { createNamer } from './names.ts'
import { drawOffersAndNeeds } from './offers-and-needs.ts'
import { drawLocation } from './jitter.ts'
import { createMunicipalitySamplers, drawDistrictSlots } from './places.ts'
import { createRandom, type Random } from './random.ts'

/** Share of organisations and projects without any place, like real records whose source gives none. */
const UNKNOWN_PLACE_SHARE = 0.02

export interface DemoActor {
  index: number
  record: NewActor
  /** The district whose cluster the actor belongs to; set even when the record has no place. */
  homeDistrictAgs: string
  /** First day (since 1970-01-01) the actor can have ties. */
  activeFromDay: number
}

function drawAddress(municipality: Municipality, random: Random): Address {
  const letter = random.chance(0.1) ? random.pick(['a', 'b', 'c']) : ''
  return {
    street: random.pick(STREETS),
    houseNumber: `${random.int(1, 120)}${letter}`,
    postcode: municipality.plz,
    city: municipality.name,
  }
}

export function generateActors(
  gazetteer: Gazetteer,
  count: number,
  seed: number,
  todayDay: number,
): DemoActor[] {
  const random = createRandom(seed, 'actors')
  const drawPlace = createMunicipalitySamplers(gazetteer)
  const nameActor = createNamer(random)

  return drawDistrictSlots(gazetteer, count, random).map((homeDistrictAgs, index) => {
    const id = demoActorId(index)
    const kind = drawKind(random)
    const hasPlace = kind === 'event' || !random.chance(UNKNOWN_PLACE_SHARE)
    const place = hasPlace ? drawPlace(homeDistrictAgs, random) : null
    const municipality = place?.municipality ?? null
    const type = drawType(kind, municipality?.ags ?? null, random)
    const topics = drawTopics(type, homeDistrictAgs, random)
    const { activeFromDay, ...dates } = drawActorDates(kind, todayDay, random)
    const name = nameActor({
      kind,
      type,
      topics,
      municipalityName: municipality?.name ?? null,
      year: kind === 'event' ? yearOfDay(activeFromDay) : null,
    })
    const city = municipality?.name ?? null
    const record: NewActor = {
      id,
      name,
      kind,
      type,
      description: describeActor({ kind, type, topics, city, ...dates }, random),
      topics,
      address: municipality ? drawAddress(municipality, random) : null,
      municipalityAgs: municipality?.ags ?? null,
      districtAgs: municipality?.districtAgs ?? null,
      location: place ? drawLocation(place.disc, random) : null,
      website: random.chance(0.5) ? `https://demo.invalid/${id}` : null,
      contact: random.chance(0.35) ? { email: `kontakt@${id}.demo.invalid`, phone: null } : null,
      ...drawOffersAndNeeds(kind, type, topics, random),
      ...dates,
      status: random.chance(0.005) ? 'archived' : 'published',
      provenance: DEMO_PROVENANCE,
    }
    return { index, record, homeDistrictAgs, activeFromDay }
  })
}
