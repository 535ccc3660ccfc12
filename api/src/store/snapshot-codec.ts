/**
 * A compact form of a snapshot's records for saving (saved-snapshots.ts): every distinct string, list and
 * provenance is written once, in tables; records refer to them by number. Decoding needs no interning (the
 * shared values come out shared, see interner.ts) and parses mostly small numbers: at 100k actors ~1/5 of
 * the JSON the database writes, and no hashing of millions of strings.
 *
 * Records are described field by field, in the key order of actorFromRow / relationshipFromRow, so that a
 * decoded record serialises exactly as one read from the database.
 */
import type { Actor, Provenance, Relationship } from '@netzwerkatlas/shared'

/** s: a string or null; r: a number, boolean or null as it is; l: a list of strings; p: a provenance. */
type Field = 's' | 'r' | 'l' | 'p' | { nullable: Shape }
type Shape = readonly (readonly [string, Field])[]

const PROVENANCE: Shape = [
  ['dataset', 's'],
  ['source', 's'],
  ['sourceUrl', 's'],
  ['sourceRecordId', 's'],
  ['licence', 's'],
  ['attribution', 's'],
  ['note', 's'],
  ['synthetic', 'r'],
  ['lastVerified', 's'],
]

const ACTOR: Shape = [
  ['id', 's'],
  ['name', 's'],
  ['kind', 's'],
  ['type', 's'],
  ['description', 's'],
  ['topics', 'l'],
  [
    'address',
    {
      nullable: [
        ['street', 's'],
        ['houseNumber', 's'],
        ['postcode', 's'],
        ['city', 's'],
      ],
    },
  ],
  ['municipalityAgs', 's'],
  ['districtAgs', 's'],
  [
    'location',
    {
      nullable: [
        ['lon', 'r'],
        ['lat', 'r'],
        ['precision', 's'],
        ['source', 's'],
        ['licence', 's'],
        ['attribution', 's'],
      ],
    },
  ],
  ['website', 's'],
  [
    'contact',
    {
      nullable: [
        ['email', 's'],
        ['phone', 's'],
      ],
    },
  ],
  ['offers', 'l'],
  ['offersText', 's'],
  ['needs', 'l'],
  ['needsText', 's'],
  ['foundedYear', 'r'],
  ['status', 's'],
  ['stage', 's'],
  ['startDate', 's'],
  ['startTime', 's'],
  ['endDate', 's'],
  ['endTime', 's'],
  ['provenance', 'p'],
  ['createdAt', 's'],
  ['updatedAt', 's'],
  ['version', 'r'],
]

const RELATIONSHIP: Shape = [
  ['id', 's'],
  ['sourceId', 's'],
  ['targetId', 's'],
  ['type', 's'],
  ['directed', 'r'],
  ['description', 's'],
  ['since', 's'],
  ['until', 's'],
  ['weight', 'r'],
  ['confirmedBy', 'l'],
  ['status', 's'],
  ['provenance', 'p'],
  ['createdAt', 's'],
  ['updatedAt', 's'],
  ['version', 'r'],
]

type Encoded = number | boolean | null | Encoded[]

export interface EncodedRecords {
  format: typeof FORMAT
  strings: string[]
  lists: number[][]
  provenances: Encoded[][]
  actors: Encoded[][]
  relationships: Encoded[][]
}

/** Change it whenever a shape changes, so that no file of an older shape is decoded. */
const FORMAT = 'snapshot-records-1'

export function encodeRecords(records: {
  actors: readonly Actor[]
  relationships: readonly Relationship[]
}): EncodedRecords {
  const strings: string[] = []
  const stringNumbers = new Map<string, number>()
  const lists: number[][] = []
  const listNumbers = new Map<string, number>()
  const provenances: Encoded[][] = []
  const provenanceNumbers = new Map<Provenance, number>()

  const stringNumber = (value: string) => {
    let number = stringNumbers.get(value)
    if (number === undefined) {
      number = strings.push(value) - 1
      stringNumbers.set(value, number)
    }
    return number
  }
  const listNumber = (values: readonly string[]) => {
    const encoded = values.map(stringNumber)
    const key = encoded.join(',')
    let number = listNumbers.get(key)
    if (number === undefined) {
      number = lists.push(encoded) - 1
      listNumbers.set(key, number)
    }
    return number
  }
  const provenanceNumber = (provenance: Provenance) => {
    let number = provenanceNumbers.get(provenance)
    if (number === undefined) {
      number = provenances.push(encode(provenance, PROVENANCE)) - 1
      provenanceNumbers.set(provenance, number)
    }
    return number
  }
  function encode(record: object, shape: Shape): Encoded[] {
    const values = record as Record<string, unknown>
    return shape.map(([name, field]): Encoded => {
      const value = values[name]
      if (field === 's') return value === null ? null : stringNumber(value as string)
      if (field === 'r') return value as Encoded
      if (field === 'l') return listNumber(value as string[])
      if (field === 'p') return provenanceNumber(value as Provenance)
      return value === null ? null : encode(value as object, field.nullable)
    })
  }

  const actors = records.actors.map((actor) => encode(actor, ACTOR))
  const relationships = records.relationships.map((relationship) =>
    encode(relationship, RELATIONSHIP),
  )
  return { format: FORMAT, strings, lists, provenances, actors, relationships }
}

/** The records, or undefined when `encoded` is not of this format. Throws on a malformed one. */
export function decodeRecords(encoded: EncodedRecords) {
  if (encoded.format !== FORMAT) return undefined
  const { strings } = encoded
  const lists = encoded.lists.map((list) => list.map((number) => strings[number]!))
  let provenances: Provenance[] = []

  function decode<T>(values: readonly Encoded[], shape: Shape): T {
    if (values.length !== shape.length) throw new Error('a record of another shape')
    const record: Record<string, unknown> = {}
    for (let at = 0; at < shape.length; at++) {
      const [name, field] = shape[at]!
      const value = values[at]!
      if (field === 'r') record[name] = value
      else if (value === null) record[name] = null
      else if (field === 's') record[name] = strings[value as number]
      else if (field === 'l') record[name] = lists[value as number]
      else if (field === 'p') record[name] = provenances[value as number]
      else record[name] = decode(value as Encoded[], field.nullable)
    }
    return record as T
  }

  provenances = encoded.provenances.map((values) => decode<Provenance>(values, PROVENANCE))
  return {
    actors: encoded.actors.map((values) => decode<Actor>(values, ACTOR)),
    relationships: encoded.relationships.map((values) =>
      decode<Relationship>(values, RELATIONSHIP),
    ),
  }
}
