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

/** Index of the first item whose key is greater than `afterKey`; `keyAt` must ascend with the index. */
export function indexAfter(
  length: number,
  keyAt: (index: number) => string,
  afterKey: string,
): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (keyAt(middle) <= afterKey) low = middle + 1
    else high = middle
  }
  return low
}
