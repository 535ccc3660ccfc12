/**
 * Search keys of place names: German folding (fold-german.ts) after writing out the abbreviations official
 * names use, so "Weißwasser/O.L.", "Weisswasser Oberlausitz" and "weißwasser o.l." share one key.
 */
import { foldGerman } from '../text/fold-german.ts'

/** Abbreviations in Saxon municipality and district names, and the ones people type for them. */
const ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/\bo\.\s*l\./g, ' oberlausitz '],
  [/\ba\.\s*d\./g, ' an der '],
  [/\bi\.\s*d\./g, ' in der '],
  [/\bb\.\s*/g, ' bei '],
  [/\berzgeb\./g, ' erzgebirge '],
  [/\bvogtl\./g, ' vogtland '],
  [/\bsächs\.\s*schw\./g, ' sachsische schweiz '],
  [/\bsa\./g, ' sachsen '],
  [/\bst\.\s*/g, ' sankt '],
]

/** The same abbreviations typed without their dots ("Weißwasser OL", "St Egidien"). */
const WORD_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ol: 'oberlausitz',
  erzgeb: 'erzgebirge',
  vogtl: 'vogtland',
  st: 'sankt',
  lk: 'landkreis',
  lkr: 'landkreis',
}

/** The key of a whole name: lower case, abbreviations written out, umlauts folded, punctuation as spaces. */
export function placeKey(name: string): string {
  let text = ` ${name.toLowerCase()} `
  for (const [pattern, replacement] of ABBREVIATIONS) text = text.replace(pattern, replacement)
  return foldGerman(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => WORD_ABBREVIATIONS[word] ?? word)
    .join(' ')
}

/**
 * The key of the name without what tells it apart ("Weißwasser/O.L." → "weisswasser", "Sohland a.d.Spree" →
 * "sohland"): what people type when they do not know the official suffix.
 */
export function baseKey(name: string): string {
  const base = name.split(/\/| b\.| a\.d\.| i\.d\./)[0] ?? name
  return placeKey(base)
}
