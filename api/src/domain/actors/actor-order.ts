/**
 * Orders of the actor list other than by name. Each actor gets a position key `<primary>\u0001<name key>`;
 * the primary part is compared in the requested direction and the name key (name, then id) always ascends, so
 * every order is total and a cursor (the last row's key) marks a place in it. Keys and ranks are computed once
 * per catalog and order, then reused by every request.
 */
import { actorTypes, type Actor, type ActorSort } from '@netzwerkatlas/shared'
import type { ActorCatalog } from './actor-catalog.ts'
import { nameSortKey } from './sort-key.ts'

const SEPARATOR = '\u0001'
/** Sorts after every folded place name: actors without a place come last. */
const NO_PLACE = '\uffff'
const COUNT_DIGITS = 9

export interface Order {
  /** The order's name as in the query (`type`, `-connections`); cursors carry it. */
  name: string
  /** Position key of the actor at each name-order position. */
  keys: readonly string[]
  /** Rank of each name-order position in this order. */
  ranks: Int32Array
}

const ordersByCatalog = new WeakMap<readonly Actor[], Map<string, Order>>()

function fold(text: string): string {
  return nameSortKey(text, '').slice(0, -1)
}

function primaryOf(catalog: ActorCatalog, actor: Actor, field: ActorSort['field']): string {
  switch (field) {
    case 'name':
      return fold(actor.name)
    case 'type':
      return fold(actorTypes.labels[actor.type].de)
    case 'place': {
      const city = catalog.placeOf(actor)
      return city ? fold(city) : NO_PLACE
    }
    case 'connections':
      return String(catalog.relationshipsOf(actor.id).length).padStart(COUNT_DIGITS, '0')
  }
}

/** Negative when key `a` comes before key `b` in the order. */
export function compareKeys(a: string, b: string, descending: boolean): number {
  const [primaryA = '', nameA = ''] = splitKey(a)
  const [primaryB = '', nameB = ''] = splitKey(b)
  if (primaryA !== primaryB) return (primaryA < primaryB ? -1 : 1) * (descending ? -1 : 1)
  return nameA < nameB ? -1 : nameA > nameB ? 1 : 0
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf(SEPARATOR)
  return at < 0 ? ['', key] : [key.slice(0, at), key.slice(at + 1)]
}

export function actorOrder(catalog: ActorCatalog, sort: ActorSort): Order {
  let orders = ordersByCatalog.get(catalog.actorsInNameOrder)
  if (!orders) ordersByCatalog.set(catalog.actorsInNameOrder, (orders = new Map<string, Order>()))
  const name = `${sort.descending ? '-' : ''}${sort.field}`
  let order = orders.get(name)
  if (!order) {
    const keys = catalog.actorsInNameOrder.map(
      (actor, position) =>
        `${primaryOf(catalog, actor, sort.field)}${SEPARATOR}${catalog.sortKeysInNameOrder[position]}`,
    )
    const sorted = keys
      .map((_, position) => position)
      .sort((a, b) => compareKeys(keys[a]!, keys[b]!, sort.descending))
    const ranks = new Int32Array(keys.length)
    sorted.forEach((position, rank) => (ranks[position] = rank))
    order = { name, keys, ranks }
    orders.set(name, order)
  }
  return order
}
