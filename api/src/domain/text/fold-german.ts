/**
 * Folds German text to a search key: case, umlauts written either way (ä/ae → a), ß → ss, accents dropped.
 * "Müller", "Mueller" and "MULLER" all become "muller"; index and query use the same fold.
 */
const UMLAUT_DIGRAPHS = /ae|oe|ue/g
const NON_ASCII = /[\u0080-\uffff]/

export function foldGerman(text: string): string {
  let folded = text.toLowerCase()
  // Most terms are plain ASCII: skip the Unicode normalisation for them (index build time at 100k actors).
  if (NON_ASCII.test(folded)) {
    folded = folded
      .replaceAll('ß', 'ss')
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
  }
  return folded.replace(UMLAUT_DIGRAPHS, (digraph) => digraph.charAt(0))
}
