/**
 * The JSON spellers the GeoJSON and node-link writers use spell exactly what JSON.stringify spells, also for
 * the text that needs escaping, and also once a column has shown too many values to remember.
 */
import { describe, expect, it } from 'vitest'
import type { AttributeValue } from '../src/domain/export/attributes.ts'
import {
  rememberingJsonMemberSpeller,
  rememberingJsonSpeller,
} from '../src/domain/export/values.ts'

const awkward = [
  '',
  'Wohnen',
  'say "hi"',
  'back\\slash',
  'line\nbreak\ttab',
  '\u0000\u001f',
  '\u2028\u2029',
  '„Zitat“ & <b>',
  '\uD800 lone high',
  'lone low \uDC00',
  '😀',
  '=SUM(A1)',
]

describe('remembering JSON speller', () => {
  it('spells lists, text, numbers, booleans and null as JSON.stringify does, twice in a row', () => {
    const spell = rememberingJsonSpeller()
    const values: AttributeValue[] = [
      [],
      ['housing'],
      ['housing', 'care'],
      awkward,
      ['a;b'],
      ['a', 'b'],
      ...awkward,
      0,
      -1.5,
      51.0343,
      1e21,
      true,
      false,
    ]
    for (const value of [...values, ...values]) expect(spell(value)).toBe(JSON.stringify(value))
    expect(spell(null)).toBe('null')
    expect(spell(Number.NaN)).toBe('null')
  })

  it('stays exact after a column shows more values than it remembers (names, coordinates)', () => {
    const spell = rememberingJsonSpeller()
    for (let index = 0; index < 2000; index++) {
      const text = `Akteur ${index} "${awkward[index % awkward.length]}"`
      expect(spell(text)).toBe(JSON.stringify(text))
      expect(spell([text, 'care'])).toBe(JSON.stringify([text, 'care']))
      expect(spell(index / 7)).toBe(JSON.stringify(index / 7))
    }
  })

  it('spells a member as its key and the value JSON.stringify spells, null included', () => {
    const spell = rememberingJsonMemberSpeller(',"topics":')
    const values: AttributeValue[] = [null, ['housing', 'care'], ...awkward, 51.0343, true, null]
    for (const value of [...values, ...values]) {
      expect(spell(value)).toBe(`,"topics":${JSON.stringify(value)}`)
    }
  })
})
