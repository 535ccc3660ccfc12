import { describe, expect, it } from 'vitest'
import { apiParameters, partnerSearchFromView } from '../src/features/partners/partner-search.ts'

describe('the partner finder address from another view', () => {
  it('takes the shared filters and the language, and leaves the view’s own parameters behind', () => {
    expect(
      partnerSearchFromView({
        topic: 'housing,seniors',
        type: 'welfare_org',
        district: '14626',
        synthetic: false,
        text: 'Caritas',
        lang: 'en',
        sort: '-connections',
        actor: 'sms-sachsen',
        layers: 'actors,ties',
        year: '2015',
        bbox: '12.2,51.2,12.6,51.45',
      }),
    ).toEqual({
      topic: 'housing,seniors',
      type: 'welfare_org',
      district: '14626',
      synthetic: 'false',
      text: 'Caritas',
      lang: 'en',
    })
  })

  it('drops what the views refuse, so the partner search never starts with a broken filter', () => {
    expect(partnerSearchFromView({ type: 'unknown', topic: 'housing' })).toEqual({
      topic: 'housing',
    })
  })

  it('sends neither the language nor the selected result to the API', () => {
    expect(
      apiParameters({ place: 'Leipzig', lang: 'en', actor: 'sms-sachsen', topic: '' }),
    ).toEqual({ place: 'Leipzig' })
  })
})
