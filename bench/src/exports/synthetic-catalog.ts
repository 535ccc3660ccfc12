/**
 * A seeded synthetic network in the shape the export writers read (NetworkCatalog), built in memory without
 * PostgreSQL: the bench measures the writers, not the store. Actors carry every attribute a real one has.
 */
import type { Actor, Relationship } from '@netzwerkatlas/shared'
import type { NetworkCatalog } from '../../../api/src/domain/network/network-catalog.ts'

/** Mulberry32: small, fast, seeded. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const KINDS = ['organisation', 'organisation', 'organisation', 'project', 'event'] as const
const TOPICS = ['housing', 'care', 'education', 'seniors', 'employment'] as const
const TIMESTAMP = '2021-10-08T00:00:00.000Z'

/** The default seed; another seed gives a network of the same size and shape with other places and ties. */
const SEED = 20211008

export function syntheticCatalog(
  actorCount: number,
  relationshipCount: number,
  seed = SEED,
): NetworkCatalog {
  const next = random(seed)
  const pad = (n: number) => String(n).padStart(7, '0')
  const provenance = {
    dataset: 'demo',
    source: 'Demo-Generator',
    sourceUrl: null,
    sourceRecordId: null,
    licence: 'CC0-1.0',
    attribution: null,
    note: null,
    synthetic: true,
    lastVerified: null,
  }
  const actors: Actor[] = Array.from({ length: actorCount }, (_, i) => {
    const kind = KINDS[i % KINDS.length]!
    return {
      id: `demo-${pad(i)}`,
      name: `Demo-Akteur ${pad(i)} „Soziale Innovation“ & Co`,
      kind,
      type: 'civil_society',
      description: i % 3 === 0 ? 'Fiktiver Verein für Nachbarschaftshilfe in Sachsen.' : null,
      topics: [TOPICS[i % 5]!, TOPICS[(i + 2) % 5]!],
      address: {
        street: 'Hauptstraße',
        houseNumber: String(i % 200),
        postcode: '01067',
        city: 'Dresden',
      },
      municipalityAgs: '14612000',
      districtAgs: '14612',
      location:
        i % 10 === 0
          ? null
          : {
              lon: 12 + next() * 3,
              lat: 50.2 + next() * 1.5,
              precision: 'exact',
              source: null,
              licence: null,
              attribution: null,
            },
      website: null,
      contact: null,
      offers: [],
      offersText: null,
      needs: [],
      needsText: null,
      foundedYear: kind === 'organisation' ? 1950 + (i % 70) : null,
      status: 'published',
      stage: null,
      startDate: kind === 'organisation' ? null : '2019-04-01',
      startTime: null,
      endDate: kind === 'project' ? '2023-03-31' : null,
      endTime: null,
      provenance,
      createdAt: TIMESTAMP,
      updatedAt: TIMESTAMP,
      version: 1,
    }
  })
  const sourcePositions = new Int32Array(relationshipCount)
  const targetPositions = new Int32Array(relationshipCount)
  const relationships: Relationship[] = Array.from({ length: relationshipCount }, (_, i) => {
    const source = Math.floor(next() * actorCount)
    const target = (source + 1 + Math.floor(next() * (actorCount - 1))) % actorCount
    sourcePositions[i] = source
    targetPositions[i] = target
    return {
      id: `demo-rel-${pad(i)}`,
      sourceId: actors[source]!.id,
      targetId: actors[target]!.id,
      type: 'partnership',
      directed: i % 4 === 0,
      description: null,
      since: i % 2 === 0 ? '2015-03-01' : null,
      until: null,
      weight: 1 + (i % 3),
      confirmedBy: [],
      status: 'published',
      provenance,
      createdAt: TIMESTAMP,
      updatedAt: TIMESTAMP,
      version: 1,
    }
  })
  const all = actors.map((_, index) => index)
  return {
    dataVersion: 1,
    actorById: () => undefined,
    actorsInNameOrder: actors,
    sortKeysInNameOrder: actors.map((actor) => actor.id),
    placeOf: (actor) => actor.address?.city ?? null,
    idsMatchingText: () => new Set(),
    positionsInBbox: () => all,
    positionsWithinKm: () => all,
    positionsMatching: () => all,
    relationshipsOf: () => [],
    relationshipsById: relationships,
    sourcePositions,
    targetPositions,
  }
}
