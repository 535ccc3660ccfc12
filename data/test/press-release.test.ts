import { NewActorSchema, NewRelationshipSchema } from '@netzwerkatlas/shared'
import { describe, expect, it } from 'vitest'
import { loadGazetteer } from '../geo/gazetteer.ts'
import { pressReleaseRecords } from '../seed/press-release.ts'
import { GEO_DIR } from './geo-dir.ts'

const { actors, relationships } = pressReleaseRecords(loadGazetteer(GEO_DIR))
const byId = new Map(actors.map((actor) => [actor.id, actor]))

describe('press-release seed', () => {
  it('holds only valid, real records that name the press release as their source', () => {
    for (const actor of actors) {
      expect(NewActorSchema.parse(actor)).toBeTruthy()
      expect(actor.provenance).toMatchObject({
        synthetic: false,
        source: 'Medieninformation SMS, 08.10.2021',
      })
    }
    for (const relationship of relationships) {
      expect(NewRelationshipSchema.parse(relationship)).toBeTruthy()
      expect(byId.has(relationship.sourceId) && byId.has(relationship.targetId)).toBe(true)
    }
  })

  it('places the ministry at its postcode in Dresden and gives bring-together no place', () => {
    const ministry = byId.get('sms-sachsen')
    expect(ministry?.address).toEqual({
      street: 'Albertstraße',
      houseNumber: '10',
      postcode: '01097',
      city: 'Dresden',
    })
    expect(ministry).toMatchObject({ municipalityAgs: '14612000', districtAgs: '14612' })
    expect(ministry?.location?.precision).toBe('postcode')
    expect(byId.get('bring-together')?.location).toBeNull()
    expect(byId.get('bring-together')?.municipalityAgs).toBeNull()
  })

  it.each([
    ['sozial-innovativ-dresden-2021-10-07', '2021-10-07', null, '14612000'],
    ['sozial-innovativ-leipzig-2021-10-21', '2021-10-21', '17:00', '14713000'],
    ['sozial-innovativ-weisswasser-2021-11-09', '2021-11-09', '17:00', '14626600'],
  ])('dates event %s on %s at %s in %s', (id, date, time, municipality) => {
    expect(byId.get(id)).toMatchObject({
      kind: 'event',
      startDate: date,
      startTime: time,
      municipalityAgs: municipality,
    })
  })

  it('links the venues, the example and the funding as the source states them', () => {
    const ties = relationships.map((r) => `${r.sourceId} ${r.type} ${r.targetId}`)
    expect(ties).toEqual(
      expect.arrayContaining([
        'impact-hub-leipzig hosts sozial-innovativ-leipzig-2021-10-21',
        'telux-weisswasser hosts sozial-innovativ-weisswasser-2021-11-09',
        'sms-sachsen names_as_example bring-together',
        'europaeischer-sozialfonds funding zukunftsplattform-soziale-innovationen',
      ]),
    )
    // The source names bring-together as an example; it does not say it took part in any event.
    expect(ties.filter((t) => t.includes('bring-together'))).toEqual([
      'sms-sachsen names_as_example bring-together',
    ])
  })
})
