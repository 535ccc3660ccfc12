/** How an attribute value is spelt as text, the same in every format that has no native type for it. */
import { LIST_SEPARATOR, type AttributeValue } from './attributes.ts'

/** Null stays null (a format leaves the value out); lists are joined with `;`. */
export function valueText(value: AttributeValue): string | null {
  if (value === null) return null
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return value.join(LIST_SEPARATOR)
}

/**
 * JSON value: lists stay arrays, numbers and booleans stay typed. Null, numbers and booleans are spelt
 * directly (JSON.stringify's output for them, without its call): most cells of a GeoJSON or node-link file are
 * those. NaN and ±Infinity become null, as JSON.stringify spells them.
 */
function valueJson(value: AttributeValue): string {
  if (value === null) return 'null'
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return JSON.stringify(value)
}

/** Longest text a column speller remembers, and how many distinct values before it stops remembering. */
const REMEMBERED_UNITS = 64
const REMEMBERED_VALUES = 512

/**
 * `spell` for one column, remembering what it spelt: most columns are a small vocabulary repeated on every
 * row (kind, type, dataset, source, licence, tie type, dates, weights), and looking a value up costs a fraction
 * of escaping or formatting it again. A column that shows more than REMEMBERED_VALUES distinct values is free
 * text or coordinates: it stops remembering (memory stays bounded, and no lookup is spent that never hits).
 * Null, booleans and lists are spelt each time (cheap, or not comparable by value).
 */
export function rememberingSpeller(
  spell: (value: AttributeValue) => string,
): (value: AttributeValue) => string {
  let spelt: Map<string | number, string> | null = new Map()
  return (value) => {
    if (spelt === null || (typeof value !== 'number' && typeof value !== 'string')) {
      return spell(value)
    }
    const known = spelt.get(value)
    if (known !== undefined) return known
    const text = spell(value)
    if (typeof value === 'number' || value.length <= REMEMBERED_UNITS) {
      spelt.set(value, text)
      if (spelt.size > REMEMBERED_VALUES) spelt = null
    }
    return text
  }
}

/**
 * A JSON member of one column, `key` and value in one remembered text (`,"kind":"organisation"`): a row is
 * then one piece per member instead of two, and a file of 28 MB is a rope of a third fewer pieces to build and
 * flatten before encoding (session 10). Lists: their items are remembered instead (a topic list is a new array
 * on every row, its items a small vocabulary), and `[` + the spelt items + `]` is JSON.stringify's exact text
 * for an array of strings at a fraction of its cost. Null is `key` + `null`, spelt once.
 */
export function rememberingJsonMemberSpeller(key: string): (value: AttributeValue) => string {
  const spellMember = rememberingSpeller((value) => key + valueJson(value))
  const spellItem = rememberingSpeller(valueJson)
  const nullMember = key + 'null'
  return (value) => {
    if (value === null) return nullMember
    if (typeof value !== 'object') return spellMember(value)
    let text = key + '['
    for (let index = 0; index < value.length; index++) {
      text += (index === 0 ? '' : ',') + spellItem(value[index]!)
    }
    return text + ']'
  }
}

/** A JSON value alone: the member speller without a key. */
export const rememberingJsonSpeller = () => rememberingJsonMemberSpeller('')
