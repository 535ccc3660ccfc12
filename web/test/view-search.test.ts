import { describe, expect, it } from 'vitest'
import {
  checkSearch,
  decodeSearch,
  encodeSearch,
  filtersOf,
  sanitiseSearch,
} from '../src/view-state/view-search.ts'

describe('view state in the URL', () => {
  it('keeps valid filters, including values the router already turned into booleans and numbers', () => {
    const raw = sanitiseSearch({
      synthetic: false,
      topic: 'housing,care',
      radiusKm: 30,
      near: '14.6,51.5',
    })
    expect(decodeSearch(raw)).toEqual({
      synthetic: false,
      topic: ['housing', 'care'],
      radiusKm: 30,
      near: [14.6, 51.5],
    })
  })

  it('names unknown parameters and broken values, and keeps the rest', () => {
    const checked = checkSearch({ type: 'nonsense', bbox: '1,2', colour: 'red', text: 'Caritas' })
    expect(checked.search).toEqual({ text: 'Caritas' })
    expect(checked.dropped).toEqual(['type', 'bbox', 'colour'])
  })

  it('drops a radius without its centre, as the API would refuse it', () => {
    const checked = checkSearch({ radiusKm: '30', topic: 'housing' })
    expect(checked.search).toEqual({ topic: 'housing' })
    expect(checked.dropped).toEqual(['radiusKm'])
  })

  it('reads the order and the language', () => {
    const raw = sanitiseSearch({ sort: '-connections', lang: 'en' })
    expect(decodeSearch(raw)).toEqual({
      sort: { field: 'connections', descending: true },
      lang: 'en',
    })
    expect(checkSearch({ sort: 'size', lang: 'fr' }).dropped).toEqual(['sort', 'lang'])
  })

  it('writes the same string form that it reads, so links round-trip', () => {
    const search = {
      type: ['welfare_org' as const],
      bbox: [12, 50, 13, 51] as const,
      actor: 'sms-sachsen',
    }
    const encoded = encodeSearch({ ...search, bbox: [...search.bbox] })
    expect(encoded).toEqual({ type: 'welfare_org', bbox: '12,50,13,51', actor: 'sms-sachsen' })
    expect(decodeSearch(sanitiseSearch(encoded))).toEqual({ ...search, bbox: [12, 50, 13, 51] })
  })

  it('keeps the year out of the API filters: the views apply it to their ties, the actors stay the same', () => {
    const search = decodeSearch(sanitiseSearch({ topic: 'housing', year: '2015', layers: 'ties' }))
    expect(search.year).toBe(2015)
    expect(filtersOf(search)).toEqual({ topic: ['housing'] })
  })
})
