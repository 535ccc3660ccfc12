import {
  directedRelationshipTypes,
  NewActorSchema,
  NewRelationshipSchema,
  type NewActor,
  type NewRelationship,
} from '@netzwerkatlas/shared'
import { describe, expect, it } from 'vitest'
import { DEMO_DATASET, generateDemoNetwork } from '../demo/index.ts'
import { loadGazetteer } from '../geo/gazetteer.ts'
import { GEO_DIR } from './geo-dir.ts'

const gazetteer = loadGazetteer(GEO_DIR)
const SEED = 20_211_008
const { actors, relationships } = generateDemoNetwork({ actorCount: 1500, seed: SEED, gazetteer })
const byId = new Map(actors.map((actor) => [actor.id, actor]))
const WEAK_DISTRICTS = ['14521', '14523'] // Erzgebirgskreis, Vogtlandkreis

const endsOf = (tie: NewRelationship) => [byId.get(tie.sourceId), byId.get(tie.targetId)] as const
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
const countBy = <T>(items: readonly T[], key: (item: T) => string | null) =>
  items.reduce((counts, item) => {
    const k = key(item)
    return k === null ? counts : counts.set(k, (counts.get(k) ?? 0) + 1)
  }, new Map<string, number>())

describe('demo generator', () => {
  it('gives byte-identical records for the same seed and different records for another seed', () => {
    const options = { actorCount: 300, seed: 7, gazetteer }
    const first = JSON.stringify(generateDemoNetwork(options))
    expect(JSON.stringify(generateDemoNetwork(options))).toBe(first)
    expect(JSON.stringify(generateDemoNetwork({ ...options, seed: 8 }))).not.toBe(first)
  })

  it('produces only valid, synthetic records that name the demo generator as their source', () => {
    const provenance = {
      dataset: 'demo',
      source: 'Demo-Generator (synthetische Daten)',
      licence: 'CC0-1.0',
      synthetic: true,
    }
    expect(actors).toHaveLength(1500)
    expect(DEMO_DATASET).toMatchObject({ id: 'demo', synthetic: true, licence: 'CC0-1.0' })
    for (const actor of actors) {
      expect(NewActorSchema.parse(actor)).toBeTruthy()
      expect(actor.provenance).toMatchObject(provenance)
    }
    for (const tie of relationships) {
      expect(NewRelationshipSchema.parse(tie)).toBeTruthy()
      expect(tie.provenance).toMatchObject(provenance)
      expect(endsOf(tie).every(Boolean)).toBe(true)
    }
    expect(actors[0]?.id).toBe('demo-000001')
    expect(relationships[0]?.id).toBe('demo-rel-000001')
  })

  it('names every actor "Demo-…", each name only once, and links only to .invalid addresses', () => {
    expect(actors.every((actor) => actor.name.startsWith('Demo-'))).toBe(true)
    expect(new Set(actors.map((actor) => actor.name)).size).toBe(actors.length)
    const websites = actors.flatMap((actor) =>
      actor.website ? [new URL(actor.website).hostname] : [],
    )
    const emails = actors.flatMap((actor) => (actor.contact?.email ? [actor.contact.email] : []))
    expect(websites.length).toBeGreaterThan(0.3 * actors.length)
    expect(websites.every((hostname) => hostname === 'demo.invalid')).toBe(true)
    expect(emails.every((email) => email.endsWith('.demo.invalid'))).toBe(true)
  })

  it('mixes about 85 % organisations, 10 % projects and 5 % events', () => {
    const kinds = countBy(actors, (actor) => actor.kind)
    expect((kinds.get('organisation') ?? 0) / 1500).toBeCloseTo(0.85, 1)
    expect((kinds.get('project') ?? 0) / 1500).toBeCloseTo(0.1, 1)
    expect((kinds.get('event') ?? 0) / 1500).toBeCloseTo(0.05, 1)
  })

  it('places actors in all 13 districts, and a few nowhere, like records without a place', () => {
    expect(countBy(actors, (actor) => actor.districtAgs).size).toBe(13)
    const placeless = actors.filter((actor) => actor.municipalityAgs === null)
    expect(placeless.length).toBeGreaterThan(0)
    expect(placeless.length).toBeLessThan(0.05 * actors.length)
    expect(placeless.every((actor) => actor.location === null && actor.districtAgs === null)).toBe(
      true,
    )
  })

  it('keeps every located actor inside its own district, at its municipality’s address', () => {
    for (const actor of actors.filter((a): a is NewActor & { location: object } => !!a.location)) {
      const point = [actor.location.lon, actor.location.lat] as const
      expect(gazetteer.districtAt(point)?.ags).toBe(actor.districtAgs)
      const municipality = gazetteer.municipalityByAgs.get(actor.municipalityAgs ?? '')
      expect(actor.address).toMatchObject({ city: municipality?.name, postcode: municipality?.plz })
    }
  })

  it('has hubs: the best-connected actor has at least five times the median number of ties', () => {
    const degree = countBy(
      relationships.flatMap((tie) => [tie.sourceId, tie.targetId]),
      (id) => id,
    )
    const degrees = actors.map((actor) => degree.get(actor.id) ?? 0)
    expect(Math.max(...degrees)).toBeGreaterThanOrEqual(5 * median(degrees))
    expect(relationships.length / actors.length).toBeGreaterThan(2)
  })

  it('keeps the two weak districts apart: far fewer cross-district ties per actor than elsewhere', () => {
    const crossTies = countBy(
      relationships.flatMap((tie) => {
        const [source, target] = endsOf(tie)
        const districts = [source?.districtAgs ?? null, target?.districtAgs ?? null]
        return districts[0] && districts[1] && districts[0] !== districts[1] ? districts : []
      }),
      (ags) => ags,
    )
    const actorsIn = countBy(actors, (actor) => actor.districtAgs)
    const perActor = (ags: string) => (crossTies.get(ags) ?? 0) / (actorsIn.get(ags) ?? 1)
    const others = gazetteer.districts
      .map((d) => d.ags)
      .filter((ags) => !WEAK_DISTRICTS.includes(ags))
    const leastConnectedOther = Math.min(...others.map(perActor))
    for (const weak of WEAK_DISTRICTS)
      expect(perActor(weak)).toBeLessThan(0.25 * leastConnectedOther)
  })

  it('grows over time: ties start between 2010 and today, more of them in later years', () => {
    const years = relationships.map((tie) => Number(tie.since?.slice(0, 4)))
    expect(Math.min(...years)).toBe(2010)
    expect(Math.max(...years)).toBe(2026)
    expect(relationships.every((tie) => (tie.since ?? '') <= '2026-11-25')).toBe(true)
    expect(relationships.every((tie) => (tie.until ?? '') <= '2026-11-25')).toBe(true)
    const tiesIn = (from: number, to: number) => years.filter((y) => y >= from && y <= to).length
    expect(tiesIn(2022, 2025)).toBeGreaterThan(2 * tiesIn(2010, 2013))
    expect(tiesIn(2018, 2021)).toBeGreaterThan(tiesIn(2014, 2017))
  })

  it('never starts a tie before both actors were founded (or a project or event began)', () => {
    const tooEarly = relationships.filter((tie) =>
      endsOf(tie).some((actor) =>
        actor?.foundedYear
          ? Number(tie.since?.slice(0, 4)) < actor.foundedYear
          : (tie.since ?? '') < (actor?.startDate ?? ''),
      ),
    )
    expect(tooEarly).toEqual([])
  })

  it('has no self-loops, one tie per pair at most, and directions that follow the type', () => {
    const pairs = relationships.map((tie) => [tie.sourceId, tie.targetId].sort().join(' '))
    expect(new Set(pairs).size).toBe(relationships.length)
    for (const tie of relationships) {
      expect(tie.sourceId).not.toBe(tie.targetId)
      expect(tie.directed).toBe(directedRelationshipTypes.has(tie.type))
      expect(['names_as_example', 'related', 'unit_of', 'operates']).not.toContain(tie.type)
    }
  })

  it.each(['premises', 'volunteers', 'funding'] as const)(
    'offers and needs complement each other: some actors offer %s, others need it',
    (item) => {
      expect(actors.filter((actor) => actor.offers.includes(item)).length).toBeGreaterThan(10)
      expect(actors.filter((actor) => actor.needs.includes(item)).length).toBeGreaterThan(10)
    },
  )

  it('gives every event exactly one host, an organisation of its district, on the event day', () => {
    for (const event of actors.filter((actor) => actor.kind === 'event')) {
      const hosts = relationships.filter((tie) => tie.type === 'hosts' && tie.targetId === event.id)
      expect(hosts).toHaveLength(1)
      const host = byId.get(hosts[0]?.sourceId ?? '')
      expect(host).toMatchObject({ kind: 'organisation', districtAgs: event.districtAgs })
      expect(hosts[0]?.since).toBe(event.startDate)
    }
  })

  it('takes today from the options: nothing starts after the given day', () => {
    const earlier = generateDemoNetwork({
      actorCount: 200,
      seed: SEED,
      gazetteer,
      today: '2018-03-31',
    })
    expect(earlier.relationships.every((tie) => (tie.since ?? '') <= '2018-03-31')).toBe(true)
    expect(earlier.actors.every((actor) => (actor.startDate ?? '') <= '2018-03-31')).toBe(true)
  })

  it('grows denser on request (5 ties per actor, as the analysis bench asks), adding only everyday ties', () => {
    const dense = generateDemoNetwork({
      actorCount: 1500,
      seed: SEED,
      gazetteer,
      minimumRelationships: 5 * 1500,
    })
    expect(dense.actors).toEqual(actors)
    expect(dense.relationships.length).toBeGreaterThanOrEqual(5 * 1500)
    // The default network's ties come first, tie for tie: only further everyday passes are added.
    expect(dense.relationships.slice(0, relationships.length)).toEqual(relationships)
    const pairs = new Set(dense.relationships.map((t) => [t.sourceId, t.targetId].sort().join(' ')))
    expect(pairs.size).toBe(dense.relationships.length)
  })
})
