import { describe, expect, it } from 'vitest'
import { foldGerman } from '../src/domain/text/fold-german.ts'

describe('German folding for search', () => {
  it.each([
    ['Müller', 'Mueller', 'MULLER'],
    ['Straße', 'Strasse', 'STRASSE'],
    ['Weißwasser', 'Weisswasser', 'weißwasser'],
    ['Görlitz', 'Goerlitz', 'Gorlitz'],
    ['Café', 'Cafe', 'CAFÉ'],
  ])('treats %s, %s and %s as the same word', (a, b, c) => {
    expect(foldGerman(b)).toBe(foldGerman(a))
    expect(foldGerman(c)).toBe(foldGerman(a))
  })

  it('keeps different words apart', () => {
    expect(foldGerman('Hof')).not.toBe(foldGerman('Höfe'))
  })
})
