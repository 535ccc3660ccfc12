import { describe, expect, it } from 'vitest'
import { decodeSearch, encodeSearch, sanitiseSearch } from '../src/view-state/view-search.ts'

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

  it('drops unknown parameters and broken values instead of failing the whole view', () => {
    const raw = sanitiseSearch({ type: 'nonsense', bbox: '1,2', colour: 'red', text: 'Caritas' })
    expect(raw).toEqual({ text: 'Caritas' })
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
})
