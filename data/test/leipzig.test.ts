import { NewActorSchema, NewRelationshipSchema } from '@netzwerkatlas/shared'
import { describe, expect, it } from 'vitest'
import { loadGazetteer } from '../geo/gazetteer.ts'
import { leipzigDataRecords } from '../leipzig/index.ts'
import { PLACEHOLDER_URIS } from '../leipzig/leipzig-records.ts'
import { readLeipzigData } from '../leipzig/read-leipzig-data.ts'
import { GEO_DIR, REAL_DATA_DIR } from './geo-dir.ts'

const gazetteer = loadGazetteer(GEO_DIR)
const { dataset, actors, relationships } = leipzigDataRecords(REAL_DATA_DIR, gazetteer)
const sourceData = readLeipzigData(REAL_DATA_DIR)
const source = {
  ...sourceData,
  records: sourceData.records.filter((record) => !PLACEHOLDER_URIS.has(record.id)),
}
const sourceByUri = new Map(source.records.map((record) => [record.id, record]))
const byUri = new Map(actors.map((actor) => [actor.provenance.sourceRecordId, actor]))
const actorOf = (localName: string) => byUri.get(`http://leipzig-data.de/Data/${localName}`)
const kindOf = (actor: (typeof actors)[number]) =>
  sourceByUri.get(actor.provenance.sourceRecordId ?? '')?.kind
const LEIPZIG = { municipalityAgs: '14713000', districtAgs: '14713' }

describe('Leipzig Data import', () => {
  it('loads the 1,318 records that are actors (all but two placeholders), with relationships only between them', () => {
    expect(actors).toHaveLength(1318)
    expect(actors.map((actor) => actor.name)).not.toContain('Ort nicht bestimmt')
    for (const actor of actors) expect(NewActorSchema.parse(actor)).toBeTruthy()
    const ids = new Set(actors.map((actor) => actor.id))
    for (const relationship of relationships) {
      expect(NewRelationshipSchema.parse(relationship)).toBeTruthy()
      expect(ids.has(relationship.sourceId) && ids.has(relationship.targetId)).toBe(true)
    }
  })

  it('credits Leipzig Data on every record as real, unverified and CC0, keeping the source URI', () => {
    expect(dataset).toMatchObject({ id: 'leipzig-data', synthetic: false, licence: 'CC0-1.0' })
    for (const { provenance } of [...actors, ...relationships]) {
      expect(provenance).toMatchObject({
        dataset: 'leipzig-data',
        source: 'Leipzig Data, Stand 2013–2018, nicht geprüft',
        sourceUrl: 'https://github.com/LeipzigData/RDFData',
        licence: 'CC0-1.0',
        attribution: 'Daten: The Leipzig Open Data Project (leipzig-data.de), CC0 1.0',
        synthetic: false,
        lastVerified: null,
      })
      expect(provenance.note).toMatch(
        /^Stand 2013–2018, nicht geprüft(; zuletzt geändert in der Quelle: \d{4}-\d\d-\d\d)?$/,
      )
    }
    expect([...byUri.keys()].sort()).toEqual([...sourceByUri.keys()].sort())
    expect(actorOf('Verein/Caritas.Leipzig')?.provenance.note).toBe(
      'Stand 2013–2018, nicht geprüft; zuletzt geändert in der Quelle: 2014-12-27',
    )
  })

  it('gives every actor a unique id from its URI, identical on a second run', () => {
    expect(actorOf('Buergerverein/Baalsdorf')?.id).toBe('ld-buergerverein-baalsdorf')
    expect(new Set(actors.map((a) => a.id)).size).toBe(actors.length)
    expect(new Set(relationships.map((r) => r.id)).size).toBe(relationships.length)
    expect(leipzigDataRecords(REAL_DATA_DIR, gazetteer)).toEqual({ dataset, actors, relationships })
  })

  it('keeps apart URIs that differ only in case', () => {
    const [upper, lower] = [actorOf('Verein/PIKANTA'), actorOf('Verein/Pikanta')]
    expect(upper?.id).toMatch(/^ld-verein-pikanta-[0-9a-f]{8}$/)
    expect(lower?.id).toMatch(/^ld-verein-pikanta-[0-9a-f]{8}$/)
    expect(upper?.id).not.toBe(lower?.id)
  })

  it('places exactly every actor whose first address has a coordinate row, with that row’s licence and credit', () => {
    const withRow = source.records.filter(
      (r) => r.addresses[0] && source.coordinatesByAddress.has(r.addresses[0].uri),
    )
    const exact = actors.filter((actor) => actor.location?.precision === 'exact')
    expect(exact).toHaveLength(withRow.length)
    expect(exact).toHaveLength(993)
    for (const { location } of exact) {
      expect(location?.attribution).toBe(
        location?.licence === 'ODbL-1.0'
          ? '© OpenStreetMap contributors, ODbL 1.0 (via LinkedGeoData / Leipzig Data GeoDaten 2013)'
          : 'Leipzig Data (WeitereAdressen.ttl), CC0 1.0',
      )
    }
    expect(exact.filter((actor) => actor.location?.licence === 'ODbL-1.0')).toHaveLength(984)
  })

  it('places actors without coordinates at their Saxon postcode, and those without an address nowhere', () => {
    for (const actor of actors.filter((a) => !a.address)) {
      expect(actor).toMatchObject({ location: null, municipalityAgs: null, districtAgs: null })
    }
    const placeableByPostcode = actors.filter(
      (a) =>
        a.location?.precision !== 'exact' &&
        a.address?.postcode &&
        gazetteer.postcodeByPlz.has(a.address.postcode),
    )
    for (const actor of placeableByPostcode) expect(actor.location?.precision).toBe('postcode')
    expect(actors.filter((a) => a.location?.precision === 'postcode')).toHaveLength(151)
    expect(actors.filter((a) => !a.address)).toHaveLength(173)
  })

  it('gives an address with an unknown postcode no point, but the municipality its city names', () => {
    // 04019 is a Postfach postcode: GeoNames has no place for it.
    expect(actorOf('Ort/BohemianKids')).toMatchObject({ location: null, ...LEIPZIG })
  })

  it('puts every located actor inside Saxony', () => {
    for (const { location, districtAgs } of actors.filter((actor) => actor.location)) {
      expect(gazetteer.districtAt([location?.lon ?? 0, location?.lat ?? 0])).toBeDefined()
      expect(districtAgs).not.toBeNull()
    }
  })

  it('takes the municipality from the address where the point lies across a border', () => {
    expect(actorOf('Ort/ForsthausRaschwitz')).toMatchObject({
      location: { precision: 'exact' },
      municipalityAgs: '14729260',
      districtAgs: '14729',
    })
  })

  it('names the ten Seniorenbüros by their derived label and gives them the topic seniors', () => {
    const offices = actors.filter((actor) => kindOf(actor) === 'service_point')
    expect(offices).toHaveLength(10)
    for (const office of offices) {
      expect(office.name).toMatch(/^Seniorenbüro \(Stadtbezirk .+\)$/)
      expect(office).toMatchObject({ kind: 'organisation', type: 'unspecified' })
      expect(office.topics).toContain('seniors')
    }
  })

  it('describes Caritasverband Leipzig as the source does: a Verein in Leipzig, at its address', () => {
    expect(actorOf('Verein/Caritas.Leipzig')).toMatchObject({
      id: 'ld-verein-caritas-leipzig',
      name: 'Caritasverband Leipzig e.V.',
      kind: 'organisation',
      type: 'civil_society',
      address: { street: 'Johannisplatz', houseNumber: '2', postcode: '04103', city: 'Leipzig' },
      location: { precision: 'exact', licence: 'ODbL-1.0' },
      website: 'http://www.caritas-leipzig.de',
      status: 'published',
      ...LEIPZIG,
    })
    expect(actorOf('Verein/Caritas.Leipzig')?.topics).toEqual(
      expect.arrayContaining(['seniors', 'youth', 'family']),
    )
  })

  it('gives no specific type to places, plain organisations, service points and projects', () => {
    const vague = actors.filter((a) =>
      ['place', 'organisation', 'service_point', 'project'].includes(kindOf(a) ?? ''),
    )
    expect(vague).toHaveLength(425 - 2 + 50 + 10 + 72) // two placeholder places are left out
    for (const actor of vague) expect(actor.type).toBe('unspecified')
    expect(actorOf('Ort/Villa')?.type).toBe('unspecified')
  })

  it('leaves records that contradict their own kind unspecified', () => {
    expect(actorOf('StadtLeipzig/NetzwerkEnergieUmwelt')?.type).toBe('unspecified')
    expect(actorOf('Firma/EGZSchulungBeratung')?.type).toBe('unspecified')
    expect(actorOf('StadtLeipzig/Sozialamt')?.type).toBe('local_authority')
  })

  it('archives only the place the source says closed at the end of 2013', () => {
    expect(actors.filter((actor) => actor.status === 'archived').map((actor) => actor.id)).toEqual([
      'ld-ort-zfi',
    ])
  })

  it('invents no descriptions, contacts, founding years or dates, and links only web homepages', () => {
    for (const actor of actors) {
      expect(actor).toMatchObject({
        description: null,
        contact: null,
        foundedYear: null,
        startDate: null,
      })
    }
    for (const { website } of actors.filter((actor) => actor.website)) {
      expect(website).toMatch(/^https?:\/\//)
    }
    expect(actorOf('Verein/VDE.LeipzigHalle')?.website).toBeNull()
    expect(actors.filter((actor) => actor.website)).toHaveLength(460)
  })

  it('names the one record without any name by its URI', () => {
    expect(actorOf('Verein/KinderVereinigung.Leipzig')?.name).toBe(
      'Verein/KinderVereinigung.Leipzig',
    )
  })
})
