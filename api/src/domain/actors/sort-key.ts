/**
 * Actors are listed by name in German dictionary order (DIN 5007-1: ä sorts as a, ß as ss), case-insensitive,
 * ignoring leading quotes and punctuation (»TELUX« sorts under T); the id breaks ties.
 */
export function nameSortKey(name: string, id: string): string {
  const folded = name
    .toLocaleLowerCase('de')
    .replaceAll('ß', 'ss')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
  return `${folded}\u0000${id}`
}

const ascending = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Index of the first item whose key comes after `afterKey`; `keyAt` must follow `compare` (negative: before),
 * which is plain string order unless the list has an order of its own.
 */
export function indexAfter(
  length: number,
  keyAt: (index: number) => string,
  afterKey: string,
  compare: (a: string, b: string) => number = ascending,
): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compare(keyAt(middle), afterKey) <= 0) low = middle + 1
    else high = middle
  }
  return low
}
