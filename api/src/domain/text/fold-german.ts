/**
 * Folds German text to a search key: case, umlauts written either way (ä/ae → a), ß → ss, accents dropped.
 * "Müller", "Mueller" and "MULLER" all become "muller"; index and query use the same fold.
 */
const UMLAUT_DIGRAPHS = /ae|oe|ue/g

export function foldGerman(text: string): string {
  return text
    .toLocaleLowerCase('de')
    .replaceAll('ß', 'ss')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(UMLAUT_DIGRAPHS, (digraph) => digraph.charAt(0))
}
