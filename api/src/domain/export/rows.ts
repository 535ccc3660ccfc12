/**
 * The row loop every text writer shares. A writer that yields row by row pays a generator resume per row and
 * keeps its row loop inside one large generator, which V8 optimises late and throws away when a later file
 * reaches code the first never ran (a setup line, the edge loop after the node loop): each file then starts
 * over in the interpreter. Here the loop is small and the same for every file; the row is a module function
 * (one instance, so a call site sees the same few functions file after file) and what it needs per file is in
 * `parts`, made before the loop.
 */
import type { Attribute, AttributeValue } from './attributes.ts'

/** Text gathered before a yield: about what `utf8Chunks` (routes/export-stream.ts) encodes with one call. */
const BATCH_UNITS = 8 * 1024

export function* rowBatches<Item, Parts>(
  items: readonly Item[],
  rowOf: (parts: Parts, item: Item) => string,
  parts: Parts,
): Generator<string> {
  let batch = ''
  for (let index = 0; index < items.length; index++) {
    batch += rowOf(parts, items[index]!)
    if (batch.length >= BATCH_UNITS) {
      yield batch
      batch = ''
    }
  }
  if (batch !== '') yield batch
}

/** A file's columns: the attributes and each one's member speller (`,"id":` and the value in JSON). */
export interface Columns<Item> {
  attributes: readonly Attribute<Item>[]
  members: ((value: AttributeValue) => string)[]
}

/** Made with plain pushes, so the arrays hold functions from the start (one map, every file). */
export function columnsOf<Item>(
  attributes: readonly Attribute<Item>[],
  memberSpellerOf: (attribute: Attribute<Item>) => (value: AttributeValue) => string,
): Columns<Item> {
  const members: Columns<Item>['members'] = []
  for (const attribute of attributes) members.push(memberSpellerOf(attribute))
  return { attributes, members }
}
